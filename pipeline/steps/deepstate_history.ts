/**
 * Step: the monthly occupied area back to 2022 from DeepState's raw history (full maps, one
 * version per month start). Occupied = union of the occupied categories (they are separate
 * polygons, some GeometryCollections); grey = union of the grey-zone categories, clipped to the
 * 27 units, minus its overlap with the occupied union. Labels are read on their Ukrainian part
 * (see `deepstate_labels.ts`). Saved as `deepstate_history_monthly.csv`; rows are reused for files
 * whose sha256 is unchanged.
 *
 * @module
 */
import { DataError } from "../../lib/io/data_error.ts";
import { ellipsoidalArea } from "../../lib/geo/ellipsoidal_area.ts";
import { parseFeatureCollection, toMultiPolygon } from "../../lib/geo/read_geojson.ts";
import { union } from "../../lib/geo/union.ts";
import type { MultiPolygon } from "../../lib/geo/types.ts";
import { DEEPSTATE_HISTORY_MONTHLY } from "../../lib/schemas/deepstate_history_monthly.ts";
import { columnNames } from "../../lib/schemas/derived_schema.ts";
import { historyCategory } from "../deepstate_labels.ts";
import { OBLAST_FILES, oblastUnits } from "../oblast_units.ts";
import { checkedGeometry, UKRAINE_BOX } from "../checked_geometry.ts";
import { readRaw } from "../read_raw.ts";
import { perFileRows } from "../per_file_rows.ts";
import { km2 } from "../round.ts";
import { filesIn, type Step } from "../step.ts";
import { greyRow } from "./grey_zone.ts";

/** The raw folder of the history versions. */
export const HISTORY_FOLDER = "deepstate-history-danielrose";

/** Columns of `deepstate_history_monthly.csv`, from its schema (`lib/schemas/`). */
export const HISTORY_COLUMNS: readonly string[] = columnNames(DEEPSTATE_HISTORY_MONTHLY);

/**
 * The version time (ISO, UTC, seconds) and the map date a version stands for: like a daily file
 * scraped at 03:00 UTC on D (map date D-1), a version created before 03:00 on D counts for D-1.
 *
 * @example
 * ```ts
 * import { versionDates } from "./deepstate_history.ts";
 * versionDates("1677630637.geojson");
 * // { versionId: 1677630637, versionTime: "2023-03-01T00:30:37Z", mapDate: "2023-02-28" }
 * ```
 */
export function versionDates(name: string): {
  versionId: number;
  versionTime: string;
  mapDate: string;
} {
  const match = /^(\d{9,11})\.geojson$/.exec(name);
  if (!match) {
    throw new DataError(name, "the file name", "'<unix seconds>.geojson'", name);
  }
  const versionId = Number(match[1]);
  const versionTime = new Date(versionId * 1000).toISOString().replace(".000Z", "Z");
  const mapDate = new Date((versionId - 3 * 3600) * 1000).toISOString().slice(0, 10);
  return { versionId, versionTime, mapDate };
}

/**
 * The occupied and grey polygons of one history version, by label (GeometryCollections
 * included; points and other categories dropped). A version without occupied polygons throws a
 * {@link DataError}.
 *
 * @example
 * ```ts
 * import { historyPolygons } from "./deepstate_history.ts";
 * const text = '{"type":"FeatureCollection","features":[{"type":"Feature",' +
 *   '"properties":{"name":"Окуповано /// Occupied"},' +
 *   '"geometry":{"type":"Polygon","coordinates":[[[37,47,0],[38,47,0],[38,48,0],[37,47,0]]]}}]}';
 * historyPolygons(text, "1700000000.geojson").occupied.length; // 1
 * ```
 */
export function historyPolygons(
  text: string,
  file: string,
): { occupied: MultiPolygon[]; grey: MultiPolygon[] } {
  const found = { occupied: [] as MultiPolygon[], grey: [] as MultiPolygon[] };
  parseFeatureCollection(text, file).forEach((feature, index) => {
    const type = feature.geometry?.type;
    if (type !== "Polygon" && type !== "MultiPolygon" && type !== "GeometryCollection") return;
    const name = feature.properties.name;
    const category = typeof name === "string" ? historyCategory(name) : "other";
    if (category === "other") return;
    const where = `feature ${index} (${name})`;
    const geometry = toMultiPolygon(feature.geometry, file, where);
    // Grey features are clipped to the 27 units before any area, and from 2023 the history holds
    // "Unknown status" features far from Ukraine (e.g. at 64.5° E, 14.6° N): rings checked only.
    const box = category === "occupied" ? UKRAINE_BOX : undefined;
    found[category].push(checkedGeometry(geometry, file, where, box));
  });
  if (found.occupied.length === 0) {
    throw new DataError(file, "the features", "polygons labelled as occupied", "none");
  }
  return found;
}

/**
 * The step that writes `deepstate_history_monthly.csv`.
 *
 * @example
 * ```ts
 * import { deepstateHistoryStep } from "./deepstate_history.ts";
 * deepstateHistoryStep.output; // "deepstate_history_monthly.csv"
 * ```
 */
export const deepstateHistoryStep: Step = {
  output: "deepstate_history_monthly.csv",
  inputs: (rawHashes) =>
    [...filesIn(rawHashes, HISTORY_FOLDER, ".geojson"), ...OBLAST_FILES].sort(),
  sharedInputs: () => [...OBLAST_FILES],
  async run(context) {
    const units = await oblastUnits(context);
    return await perFileRows(context, {
      output: "deepstate_history_monthly.csv",
      folder: HISTORY_FOLDER,
      files: filesIn(context.rawHashes, HISTORY_FOLDER, ".geojson")
        .sort((a, b) => a.length - b.length || a.localeCompare(b)),
      columns: HISTORY_COLUMNS,
      item: "version",
      async row(path, name) {
        const { versionId, versionTime, mapDate } = versionDates(name);
        const found = historyPolygons(await readRaw(`${context.rawDir}/${path}`), path);
        const occupied = union(found.occupied);
        return {
          version_id: versionId,
          version_time: versionTime,
          map_date: mapDate,
          file: name,
          sha256: context.rawHashes.get(path)!,
          occupied_km2: km2(ellipsoidalArea(occupied)),
          grey_km2: greyRow(found.grey, occupied, units).grey_km2,
        };
      },
    });
  },
};
