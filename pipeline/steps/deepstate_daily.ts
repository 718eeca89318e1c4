/**
 * Step: DeepState daily snapshots. For each snapshot file, the geodesic area (WGS84) of the
 * occupied territory in total and inside each of the 27 units; one row per file, no invented rows
 * for missing days. A file dated D shows the map at the end of D-1 (`map_date`). Incremental: a
 * row whose file has the same sha256 as last time is reused.
 *
 * @module
 */
import { DataError } from "../../lib/io/data_error.ts";
import { intersectionArea } from "../../lib/geo/intersection_area.ts";
import { prepare } from "../../lib/geo/prepare.ts";
import { parsePolygonFeatures } from "../../lib/geo/read_geojson.ts";
import type { MultiPolygon } from "../../lib/geo/types.ts";
import { addDays } from "../../lib/data/dates.ts";
import { checkedGeometry, UKRAINE_BOX } from "../checked_geometry.ts";
import { DEEPSTATE_DAILY } from "../../lib/schemas/deepstate_daily.ts";
import { columnNames } from "../../lib/schemas/derived_schema.ts";
import { OBLAST_FILES, type OblastUnit, oblastUnits } from "../oblast_units.ts";
import { checkDailyAreaChanges } from "../plausibility.ts";
import { readRaw } from "../read_raw.ts";
import { perFileRows } from "../per_file_rows.ts";
import { km2 } from "../round.ts";
import { filesIn, type Step } from "../step.ts";

/** The raw folder of the daily snapshots. */
export const DAILY_FOLDER = "deepstate";

const NAME = /^deepstatemap_data_(\d{4})(\d{2})(\d{2})\.geojson$/;

/**
 * The date in a DeepState file name (`deepstatemap_data_YYYYMMDD[_polygons].geojson`), as ISO;
 * throws a {@link DataError} for any other name.
 *
 * @example
 * ```ts
 * import { fileDate } from "./deepstate_daily.ts";
 * fileDate("deepstatemap_data_20250102.geojson"); // "2025-01-02"
 * ```
 */
export function fileDate(name: string, pattern: RegExp = NAME): string {
  const match = pattern.exec(name);
  const date = match ? `${match[1]}-${match[2]}-${match[3]}` : "";
  if (!match || addDays(date, 0) !== date) {
    throw new DataError(name, "the file name", `a name like ${pattern.source}`, name);
  }
  return date;
}

/** Columns of `deepstate_daily.csv` for the given units, from its schema (`lib/schemas/`). */
export function dailyColumns(units: readonly { pcode: string }[]): string[] {
  return columnNames(DEEPSTATE_DAILY, units);
}

/**
 * The occupied MultiPolygon of one daily snapshot: the file must hold exactly one polygonal
 * feature (the dissolved occupied territory); otherwise a {@link DataError} names the file.
 *
 * @example
 * ```ts
 * import { snapshotPolygon } from "./deepstate_daily.ts";
 * const text = '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},' +
 *   '"geometry":{"type":"Polygon","coordinates":[[[37,47],[38,47],[38,48],[37,47]]]}}]}';
 * snapshotPolygon(text, "deepstatemap_data_20250102.geojson").length; // 1
 * ```
 */
export function snapshotPolygon(text: string, file: string): MultiPolygon {
  const features = parsePolygonFeatures(text, file);
  if (features.length !== 1) {
    throw new DataError(
      file,
      "the features",
      "exactly one feature: the occupied territory as one (Multi)Polygon",
      `${features.length} features`,
    );
  }
  return checkedGeometry(features[0].geometry, file, "feature 0", UKRAINE_BOX);
}

/**
 * The derived row of one snapshot: total occupied area, the part inside all units, and the part
 * inside each unit (km², rounded to 0.001).
 *
 * @example
 * ```ts
 * import { snapshotRow } from "./deepstate_daily.ts";
 * import type { OblastUnit } from "../oblast_units.ts";
 * declare const units: OblastUnit[];
 * declare const occupied: import("../../lib/geo/types.ts").MultiPolygon;
 * snapshotRow(occupied, units).occupied_km2;
 * ```
 */
export function snapshotRow(
  occupied: MultiPolygon,
  units: readonly OblastUnit[],
): Record<string, number> {
  const prepared = prepare(occupied);
  const row: Record<string, number> = { occupied_km2: km2(prepared.area) };
  let inUnits = 0;
  for (const unit of units) {
    const m2 = intersectionArea(unit.prepared, prepared);
    inUnits += m2;
    row[unit.pcode] = km2(m2);
  }
  row.occupied_in_units_km2 = km2(inUnits);
  return row;
}

/**
 * The step that writes `deepstate_daily.csv`.
 *
 * @example
 * ```ts
 * import { deepstateDailyStep } from "./deepstate_daily.ts";
 * deepstateDailyStep.output; // "deepstate_daily.csv"
 * ```
 */
export const deepstateDailyStep: Step = {
  output: "deepstate_daily.csv",
  inputs: (rawHashes) => [...filesIn(rawHashes, DAILY_FOLDER, ".geojson"), ...OBLAST_FILES].sort(),
  sharedInputs: () => [...OBLAST_FILES],
  async run(context) {
    const units = await oblastUnits(context);
    const result = await perFileRows(context, {
      output: "deepstate_daily.csv",
      folder: DAILY_FOLDER,
      files: filesIn(context.rawHashes, DAILY_FOLDER, ".geojson"),
      columns: dailyColumns(units),
      item: "snapshot",
      async row(path, name) {
        const date = fileDate(name);
        const occupied = snapshotPolygon(await readRaw(`${context.rawDir}/${path}`), path);
        return {
          file_date: date,
          map_date: addDays(date, -1),
          file: name,
          sha256: context.rawHashes.get(path)!,
          ...snapshotRow(occupied, units),
        };
      },
    });
    checkDailyAreaChanges(result.text, DAILY_FOLDER);
    return result;
  },
};
