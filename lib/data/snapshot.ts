/**
 * A map snapshot chosen "as of" a date, with a note saying which file stood in when no file shows
 * the map at the end of exactly that day.
 *
 * @module
 */
import { DataError } from "../io/data_error.ts";
import { latestOnOrBefore } from "./as_of.ts";
import { addDays, daysBetween } from "./dates.ts";

/** The fields every DeepState-derived row has. */
export interface SnapshotRow {
  file_date: string;
  map_date: string;
  file: string;
}

/** A snapshot picked for a date. */
export interface Snapshot<R extends SnapshotRow> {
  row: R;
  /** The date asked for. */
  asOf: string;
  /** True when the snapshot's map date is not the date asked for (a neighbour stands in). */
  standIn: boolean;
  /** One sentence a reader can check, e.g. which file stood in and why. */
  note: string;
}

/**
 * Checks the DeepState date convention on every row: a file dated D shows the map at the end of
 * D-1, so `map_date` must be the day before `file_date`. A row that breaks it is a `DataError`
 * naming the file and the row (spreadsheet numbering: the header is row 1).
 *
 * @example
 * ```ts
 * import { assertMapDates } from "./snapshot.ts";
 * assertMapDates([{ file_date: "2026-01-01", map_date: "2025-12-31", file: "a.geojson" }], "x.csv");
 * ```
 */
export function assertMapDates(rows: readonly SnapshotRow[], file: string): void {
  rows.forEach((row, i) => {
    if (row.map_date !== addDays(row.file_date, -1)) {
      throw new DataError(
        file,
        `row ${i + 2}, column map_date`,
        `the day before file_date ${row.file_date} (a file dated D shows the map at the end of D-1)`,
        `'${row.map_date}'`,
      );
    }
  });
}

/** How far back a stand-in may be, in days, before "as of" refuses (default 3). */
export const MAX_STAND_IN_DAYS = 3;

/**
 * The snapshot with the latest map date on or before `date` (the map at the end of `date`, or
 * the closest earlier one standing in). Rows must be sorted by map date. Throws a `DataError` if
 * there is none or the closest is more than `maxDays` days older (the data do not reach `date`).
 *
 * @example
 * ```ts
 * import { snapshotAsOf } from "./snapshot.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const rows = [{ file_date: "2024-12-31", map_date: "2024-12-30", file: "a.geojson" }];
 * assertEquals(snapshotAsOf(rows, "2024-12-31", "deepstate_daily.csv").standIn, true);
 * ```
 */
export function snapshotAsOf<R extends SnapshotRow>(
  rows: readonly R[],
  date: string,
  file: string,
  maxDays = MAX_STAND_IN_DAYS,
): Snapshot<R> {
  const index = latestOnOrBefore(rows, (row) => row.map_date, date);
  const span = rows.length ? `${rows[0].map_date} to ${rows.at(-1)!.map_date}` : "no rows";
  if (index < 0) {
    throw new DataError(file, `as of ${date}`, "a snapshot on or before that date", span);
  }
  const row = rows[index];
  const gap = daysBetween(row.map_date, date);
  if (gap > maxDays) {
    throw new DataError(
      file,
      `as of ${date}`,
      `a snapshot at most ${maxDays} days older`,
      `the latest is of ${row.map_date} (maps ${span})`,
    );
  }
  const note = gap === 0
    ? `map at the end of ${date}: ${row.file} (dated ${row.file_date})`
    : `no file shows the map at the end of ${date}; ${row.file} (dated ${row.file_date}, ` +
      `map of ${row.map_date}) stands in`;
  return { row, asOf: date, standIn: gap !== 0, note };
}

/**
 * The snapshot with the earliest map date on or after `date` (the later neighbour), or `null`.
 *
 * @example
 * ```ts
 * import { snapshotOnOrAfter } from "./snapshot.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const rows = [{ file_date: "2025-01-02", map_date: "2025-01-01", file: "b.geojson" }];
 * assertEquals(snapshotOnOrAfter(rows, "2024-12-31")?.row.file, "b.geojson");
 * ```
 */
export function snapshotOnOrAfter<R extends SnapshotRow>(
  rows: readonly R[],
  date: string,
): Snapshot<R> | null {
  const row = rows.find((r) => r.map_date >= date);
  if (!row) return null;
  const standIn = row.map_date !== date;
  return {
    row,
    asOf: date,
    standIn,
    note: standIn
      ? `${row.file} (dated ${row.file_date}, map of ${row.map_date}), the later neighbour of ${date}`
      : `map at the end of ${date}: ${row.file} (dated ${row.file_date})`,
  };
}
