/**
 * Loading a derived table of DeepState snapshots with one column per unit (the daily occupied
 * area, the monthly grey zone): read, parsed with its unit columns, and checked (sorted by map
 * date with no date twice; `map_date` the day before `file_date`), once per file version.
 *
 * @module
 */
import type { Schema } from "../io/csv.ts";
import { readText } from "../io/read_text.ts";
import { assertAscending } from "./as_of.ts";
import { cached } from "./cache.ts";
import { assertMapDates } from "./snapshot.ts";
import { parseUnitTable, type UnitRow } from "./unit_columns.ts";

/** The fixed columns every snapshot table has (plus its own measures). */
export type SnapshotSchema = Schema & { file_date: "date"; map_date: "date"; file: "string" };

/**
 * Loads a snapshot table with unit columns from `path` (cached per modification time). A missing
 * or unreadable file, a bad cell, rows out of date order or a map date that is not the day before
 * the file date is a `DataError` naming the file.
 *
 * @example
 * ```ts
 * import { loadSnapshotUnitTable } from "./snapshot_table.ts";
 * const rows = await loadSnapshotUnitTable("data/derived/deepstate_daily.csv", {
 *   file_date: "date",
 *   map_date: "date",
 *   file: "string",
 *   occupied_km2: "number",
 * });
 * rows.at(-1)?.units.UA14; // occupied km² of Donetsk Oblast in the latest snapshot
 * ```
 */
export function loadSnapshotUnitTable<S extends SnapshotSchema>(
  path: string,
  schema: S,
): Promise<UnitRow<S>[]> {
  return cached(path, async () => {
    const rows = parseUnitTable(await readText(path, "a readable CSV file"), schema, path);
    assertAscending(rows, "map_date", path);
    assertMapDates(rows, path);
    return rows;
  });
}
