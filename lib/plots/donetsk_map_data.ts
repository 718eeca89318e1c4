/**
 * The geometry the Donetsk map needs: the oblast's outline (OCHA ADM1) and the area DeepState
 * shows as occupied as of several dates, read from the derived `data/derived/map_donetsk.geojson`
 * (month-end maps, clipped to a box around the oblast), with the same "as of" rule as every
 * claim: the latest stored map on or before the date, a note naming any stand-in. For
 * orientation: the neighbouring oblasts, DeepState's grey zone as of the last date (the monthly
 * rsparks3 maps: one at most {@link GREY_STAND_IN_DAYS} days older stands in) and the cities of
 * `data/facts/cities.csv`.
 *
 * @module
 */
import {
  addMonths,
  daysBetween,
  DEFAULT_DATA_DIR,
  lastDayOfMonth,
  latestOnOrBefore,
  loadDonetskMapGeometry,
  MAP_DONETSK_FILE,
  mapSnapshotAsOf,
} from "../data/mod.ts";
import type { MultiPolygon } from "../geo/types.ts";
import { DataError } from "../io/data_error.ts";
import { loadFacts } from "../data/facts.ts";
import type { DonetskMapOrientation, OccupiedSnapshot } from "./donetsk_map.ts";

/** How much older than the as-of date the grey-zone map may be (the maps are monthly). */
export const GREY_STAND_IN_DAYS = 31;

/** The outline of one unit and the occupied area as of each date asked for. */
export interface DonetskMapData {
  oblast: MultiPolygon;
  /** One per date asked for; `date` is the snapshot's map date (a stand-in may be earlier). */
  snapshots: OccupiedSnapshot[];
  /** Which file stood in for which date, when not the exact day. */
  notes: string[];
  /** Neighbours, grey zone and cities, for {@link donetskMapFigure}'s options. */
  orientation: Required<Pick<DonetskMapOrientation, "neighbours" | "cities">> & {
    greyZone?: OccupiedSnapshot;
  };
}

/**
 * Loads the map geometry of Donetsk Oblast (`UA14`, the only unit the derived file holds) as of
 * each date. A comparison date before the first stored map is left out with a note; the last date
 * (the as-of date) before the first map or after the series' end, or another `pcode`, throws a
 * `DataError`.
 *
 * @example
 * ```ts
 * import { loadDonetskMapData } from "./donetsk_map_data.ts";
 * const { oblast, snapshots } = await loadDonetskMapData(["2024-12-31", "2025-12-31"]);
 * snapshots.map((s) => s.date); // ["2024-12-30", "2025-12-31"] (no file shows 2024-12-31)
 * ```
 */
export async function loadDonetskMapData(
  dates: readonly string[],
  options: { dataDir?: string; pcode?: string } = {},
): Promise<DonetskMapData> {
  const map = await loadDonetskMapGeometry(options.dataDir ?? DEFAULT_DATA_DIR);
  const pcode = options.pcode ?? "UA14";
  if (map.outline.pcode !== pcode) {
    throw new DataError(MAP_DONETSK_FILE, "the outline", `unit ${pcode}`, map.outline.pcode);
  }
  const snapshots: OccupiedSnapshot[] = [];
  const notes: string[] = [];
  const first = map.snapshots[0].map_date;
  for (const date of dates) {
    // An earlier comparison date than the maps reach is left out (said in a note), so that a late
    // as-of date near the start of the series still gets its map.
    if (date < first && date !== dates.at(-1)) {
      notes.push(`No map is stored before ${first}: the map of ${date} is left out.`);
      continue;
    }
    const asOf = mapSnapshotAsOf(map, date);
    if (asOf.standIn) notes.push(asOf.note);
    snapshots.push({ date: asOf.snapshot.map_date, geometry: asOf.snapshot.geometry });
  }
  const last = dates.at(-1);
  let greyZone: OccupiedSnapshot | undefined;
  if (last !== undefined) {
    const index = latestOnOrBefore(map.greyZones, (g) => g.map_date, last);
    const grey = index < 0 ? undefined : map.greyZones[index];
    if (grey !== undefined && daysBetween(grey.map_date, last) <= GREY_STAND_IN_DAYS) {
      greyZone = { date: grey.map_date, geometry: grey.geometry };
      if (grey.map_date !== last) {
        notes.push(`The grey zone is DeepState's of ${grey.map_date} (${grey.file}).`);
      }
    } else {
      notes.push(
        `No grey-zone map within ${GREY_STAND_IN_DAYS} days before ${last}: the grey zone is ` +
          "not drawn.",
      );
    }
  }
  const cities = (await loadFacts("cities", options.dataDir ?? DEFAULT_DATA_DIR))
    .filter((row) => row.map === "donetsk")
    .map((row) => ({ name: row.name, lat: row.lat, lon: row.lon }));
  return {
    oblast: map.outline.geometry,
    snapshots,
    notes,
    orientation: {
      neighbours: map.neighbours.map((n) => ({
        name: neighbourName(n.name_en),
        geometry: n.geometry,
      })),
      greyZone,
      cities,
    },
  };
}

// OCHA's transliterated adjectives ("Kharkivska") as the oblasts are called in English.
const ENGLISH_NAMES: Record<string, string> = {
  Dnipropetrovska: "Dnipropetrovsk",
  Kharkivska: "Kharkiv",
  Luhanska: "Luhansk",
  Zaporizka: "Zaporizhzhia",
};

function neighbourName(nameEn: string): string {
  return ENGLISH_NAMES[nameEn] ?? nameEn;
}

/**
 * The dates the Donetsk map shows as of `asOf`: the ends of the months `monthsBack` before its
 * month (month-end maps are stored, so no stand-in is needed), then `asOf` itself.
 *
 * @example
 * ```ts
 * import { donetskMapDates } from "./donetsk_map_data.ts";
 * donetskMapDates("2025-12-31"); // ["2024-12-31", "2025-06-30", "2025-12-31"]
 * ```
 */
export function donetskMapDates(
  asOf: string,
  monthsBack: readonly number[] = [12, 6],
): string[] {
  const month = asOf.slice(0, 7);
  return [...monthsBack.map((back) => lastDayOfMonth(addMonths(month, -back))), asOf];
}
