/**
 * UK Defence Intelligence's month-by-month Russian casualties (killed and wounded): the average a
 * day, the days, the month's total and the running total, with the address of each month's post
 * (`data/derived/ukmod_casualties_monthly.csv`).
 *
 * @module
 */
import { readCsv, type Row } from "../io/csv.ts";
import { DataError } from "../io/data_error.ts";
import { assertAscending } from "./as_of.ts";
import { cached } from "./cache.ts";
import { DEFAULT_DATA_DIR, derivedPath } from "./data_dir.ts";
import { monthsFrom } from "./dates.ts";
import { csvSchema } from "../schemas/derived_schema.ts";
import { UKMOD_CASUALTIES_MONTHLY } from "../schemas/ukmod_casualties_monthly.ts";

/** The derived file's name. */
export const UKMOD_MONTHLY_FILE = UKMOD_CASUALTIES_MONTHLY.file;

/** Its columns and types, from the file's schema (`lib/schemas/`, written once). */
const SCHEMA = csvSchema(UKMOD_CASUALTIES_MONTHLY);

/** One month. */
export type UkModMonth = Row<typeof SCHEMA>;

/**
 * Loads the months, in order.
 *
 * @example
 * ```ts
 * import { loadUkModMonthly } from "./ukmod_monthly.ts";
 * (await loadUkModMonthly())[0].month; // "2022-03"
 * ```
 */
export function loadUkModMonthly(dataDir: string = DEFAULT_DATA_DIR): Promise<UkModMonth[]> {
  const path = derivedPath(dataDir, UKMOD_MONTHLY_FILE);
  return cached(path, async () => {
    const rows = await readCsv(path, SCHEMA);
    assertAscending(rows, "month", path);
    return rows;
  });
}

/**
 * The months `first` to `last` (`YYYY-MM`), every one of them, or a `DataError` naming the first
 * month the series lacks.
 *
 * @example
 * ```ts
 * import { loadUkModMonthly, ukModMonths } from "./ukmod_monthly.ts";
 * ukModMonths(await loadUkModMonthly(), "2025-01", "2025-12").length; // 12
 * ```
 */
export function ukModMonths(
  rows: readonly UkModMonth[],
  first: string,
  last: string,
): UkModMonth[] {
  const byMonth = new Map(rows.map((row) => [row.month, row]));
  return monthsFrom(first, last).map((month) => {
    const row = byMonth.get(month);
    if (!row) {
      const span = rows.length ? `${rows[0].month} to ${rows.at(-1)!.month}` : "no months";
      throw new DataError(UKMOD_MONTHLY_FILE, `month ${month}`, "a row for the month", span);
    }
    return row;
  });
}
