/**
 * Picking rows "as of" a date: the latest row dated on or before it.
 *
 * @module
 */
import { DataError } from "../io/data_error.ts";

/**
 * The index of the row with the latest `dateOf(row)` on or before `date`, or -1 if every row is
 * later. Rows must be sorted by that date, ascending (the loaders check this).
 *
 * @example
 * ```ts
 * import { latestOnOrBefore } from "./as_of.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const rows = [{ d: "2025-01-01" }, { d: "2025-01-03" }];
 * assertEquals(latestOnOrBefore(rows, (row) => row.d, "2025-01-02"), 0);
 * ```
 */
export function latestOnOrBefore<T>(
  rows: readonly T[],
  dateOf: (row: T) => string,
  date: string,
): number {
  let low = 0;
  let high = rows.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (dateOf(rows[middle]) <= date) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/**
 * Checks that rows are sorted by a date column with no date twice, naming the file and the row
 * (spreadsheet numbering: the header is row 1) of the first one out of order.
 *
 * @example
 * ```ts
 * import { assertAscending } from "./as_of.ts";
 * assertAscending([{ d: "2025-01-01" }, { d: "2025-01-02" }], "d", "x.csv");
 * ```
 */
export function assertAscending<T>(rows: readonly T[], column: keyof T & string, file: string) {
  for (let i = 1; i < rows.length; i++) {
    const previous = String(rows[i - 1][column]);
    const current = String(rows[i][column]);
    if (current <= previous) {
      throw new DataError(
        file,
        `row ${i + 2}, column ${column}`,
        `a ${column} later than ${previous} (rows sorted, no duplicates)`,
        `'${current}'`,
      );
    }
  }
}
