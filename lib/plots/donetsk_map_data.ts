/**
 * The geometry the Donetsk map needs: the oblast's outline (OCHA ADM1 shapefile) and the area
 * DeepState shows as occupied as of several dates. No derived file holds geometry, so this reads
 * the raw files in `../shared/data/raw/`; which DeepState file stands for which date comes from
 * the derived `deepstate_daily.csv`, with the same "as of" rule as every claim.
 *
 * @module
 */
import { DEFAULT_DATA_DIR, loadDeepStateDaily, occupiedAsOf } from "../data/mod.ts";
import { readPolygonFeatures } from "../geo/read_geojson.ts";
import { readShapefile } from "../geo/read_shapefile.ts";
import type { MultiPolygon } from "../geo/types.ts";
import { DataError } from "../io/data_error.ts";
import type { OccupiedSnapshot } from "./donetsk_map.ts";

/** The raw-data folder beside the repository (`../shared/data/raw/`). */
export const DEFAULT_RAW_DIR: string = decodeURIComponent(
  new URL("../../../shared/data/raw/", import.meta.url).pathname,
);

const OBLASTS_SHP = "boundaries/ukr_admbnda_adm1_q2_sspe_20171221.shp";

/** The outline of one unit and the occupied area as of each date asked for. */
export interface DonetskMapData {
  oblast: MultiPolygon;
  /** One per date asked for; `date` is the snapshot's map date (a stand-in may be earlier). */
  snapshots: OccupiedSnapshot[];
  /** Which file stood in for which date, when not the exact day. */
  notes: string[];
}

/**
 * Loads the map geometry of a unit (default Donetsk, `UA14`) as of each date. A date the
 * DeepState series does not reach, or a missing raw file, throws a `DataError`.
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
  options: { dataDir?: string; rawDir?: string; pcode?: string } = {},
): Promise<DonetskMapData> {
  const rawDir = (options.rawDir ?? DEFAULT_RAW_DIR).replace(/\/+$/, "");
  const pcode = options.pcode ?? "UA14";
  const shp = `${rawDir}/${OBLASTS_SHP}`;
  const unit = (await readShapefile(shp)).find((f) => f.properties.ADM1_PCODE === pcode);
  if (unit === undefined) throw new DataError(shp, "ADM1_PCODE", `a unit ${pcode}`, "none");
  const rows = await loadDeepStateDaily(options.dataDir ?? DEFAULT_DATA_DIR);
  const snapshots: OccupiedSnapshot[] = [];
  const notes: string[] = [];
  for (const date of dates) {
    const snapshot = occupiedAsOf(rows, date);
    if (snapshot.standIn) notes.push(snapshot.note);
    const features = await readPolygonFeatures(`${rawDir}/deepstate/${snapshot.row.file}`);
    snapshots.push({
      date: snapshot.row.map_date,
      geometry: features.flatMap((feature) => feature.geometry),
    });
  }
  return { oblast: unit.geometry, snapshots, notes };
}
