/**
 * DeepState's occupied area per daily snapshot, in total and per unit
 * (`data/derived/deepstate_daily.csv`). A file dated D shows the map at the end of D-1
 * (`map_date`); missing days stay missing, and {@link occupiedAsOf} says which file stands in.
 *
 * @module
 */
import { DataError } from "../io/data_error.ts";
import { DEFAULT_DATA_DIR, derivedPath } from "./data_dir.ts";
import { MAX_STAND_IN_DAYS, type Snapshot, snapshotAsOf } from "./snapshot.ts";
import { loadSnapshotUnitTable } from "./snapshot_table.ts";
import type { UnitRow } from "./unit_columns.ts";
import { DEEPSTATE_DAILY } from "../schemas/deepstate_daily.ts";
import { csvSchema } from "../schemas/derived_schema.ts";

/** The derived file's name. */
export const DEEPSTATE_DAILY_FILE = DEEPSTATE_DAILY.file;

/** Its fixed columns and types, from the file's schema (`lib/schemas/`, written once). */
const SCHEMA = csvSchema(DEEPSTATE_DAILY);

/** One daily snapshot: occupied km² in total and inside each unit (`units.UA14` ...). */
export type DeepStateDailyRow = UnitRow<typeof SCHEMA>;

/**
 * Loads the daily snapshots, sorted by map date with no date twice.
 *
 * @example
 * ```ts
 * import { loadDeepStateDaily } from "./deepstate_daily.ts";
 * const rows = await loadDeepStateDaily();
 * rows.at(-1)?.units.UA14; // occupied km² of Donetsk Oblast in the latest snapshot
 * ```
 */
export function loadDeepStateDaily(
  dataDir: string = DEFAULT_DATA_DIR,
): Promise<DeepStateDailyRow[]> {
  return loadSnapshotUnitTable(derivedPath(dataDir, DEEPSTATE_DAILY_FILE), SCHEMA);
}

/**
 * The DeepState snapshot "as of" the end of `date`: the latest map date on or before it. When no
 * file shows that exact day (e.g. the file dated 2025-01-01 is missing, so the map at the end of
 * 2024-12-31 is not there), the earlier neighbour stands in and the note names it.
 *
 * @example
 * ```ts
 * import { loadDeepStateDaily, occupiedAsOf } from "./deepstate_daily.ts";
 * const end2024 = occupiedAsOf(await loadDeepStateDaily(), "2024-12-31");
 * end2024.row.file; // "deepstatemap_data_20241231.geojson" (map of 2024-12-30)
 * end2024.note; // "no file shows the map at the end of 2024-12-31; ... stands in"
 * ```
 */
export function occupiedAsOf(
  rows: readonly DeepStateDailyRow[],
  date: string,
  maxDays: number = MAX_STAND_IN_DAYS,
): Snapshot<DeepStateDailyRow> {
  return snapshotAsOf(rows, date, DEEPSTATE_DAILY_FILE, maxDays);
}

/**
 * The occupied km² inside one unit in a snapshot; throws if the unit has no column.
 *
 * @example
 * ```ts
 * import { loadDeepStateDaily, occupiedAsOf, occupiedInUnit } from "./deepstate_daily.ts";
 * occupiedInUnit(occupiedAsOf(await loadDeepStateDaily(), "2025-12-31").row, "UA14");
 * ```
 */
export function occupiedInUnit(row: DeepStateDailyRow, pcode: string): number {
  const value = row.units[pcode];
  if (value === undefined) {
    throw new DataError(DEEPSTATE_DAILY_FILE, `column ${pcode}`, "a unit column", "none");
  }
  return value;
}
