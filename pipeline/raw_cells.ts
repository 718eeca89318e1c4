/**
 * Reading cells that `lib/io/csv.ts`'s schema types do not cover: `NA` for a missing number,
 * numbers written with thousands separators, and `d/m/yyyy` dates. Each throws a `DataError`
 * naming the file, the row and the column.
 *
 * @module
 */
import { DataError } from "../lib/io/data_error.ts";
import { plainDecimal } from "../lib/io/plain_decimal.ts";

/**
 * A number, or `null` for `NA` (R's missing value); anything else unparsable is an error.
 *
 * @example
 * ```ts
 * import { numberOrNA } from "./raw_cells.ts";
 * numberOrNA("NA", "a.csv", "row 2, column estimate"); // null
 * numberOrNA("12.5", "a.csv", "row 3, column estimate"); // 12.5
 * ```
 */
export function numberOrNA(raw: string, file: string, where: string): number | null {
  if (raw === "NA") return null;
  // The project's one number syntax: `0x54` or `1e3` is an error here as in every CSV.
  const value = plainDecimal(raw);
  if (!Number.isFinite(value)) {
    throw new DataError(file, where, "a number (a plain decimal, optional sign) or NA", `'${raw}'`);
  }
  return value;
}

/**
 * A whole number that may be written with thousands separators (`"1,200,000"`), or `null` for
 * an empty cell.
 *
 * @example
 * ```ts
 * import { groupedNumber } from "./raw_cells.ts";
 * groupedNumber("1,200,000", "a.csv", "row 2, column estimate"); // 1200000
 * groupedNumber("", "a.csv", "row 2, column estimate_low"); // null
 * ```
 */
export function groupedNumber(raw: string, file: string, where: string): number | null {
  const text = raw.trim();
  if (text === "") return null;
  if (!/^\d{1,3}(,\d{3})+$|^\d+(\.\d+)?$/.test(text)) {
    throw new DataError(file, where, "a number (thousands separated by commas or not)", `'${raw}'`);
  }
  return Number(text.replaceAll(",", ""));
}

/**
 * A `d/m/yyyy` (or `dd/mm/yyyy`) date as ISO `YYYY-MM-DD`; an impossible day (31/02) is an
 * error, as is any other format.
 *
 * @example
 * ```ts
 * import { isoFromDayMonthYear } from "./raw_cells.ts";
 * isoFromDayMonthYear("1/12/2025", "a.csv", "row 2, column date"); // "2025-12-01"
 * ```
 */
export function isoFromDayMonthYear(raw: string, file: string, where: string): string {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(raw.trim());
  const iso = match ? `${match[3]}-${match[2].padStart(2, "0")}-${match[1].padStart(2, "0")}` : "";
  const time = Date.parse(`${iso}T00:00:00Z`);
  if (!match || Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== iso) {
    throw new DataError(file, where, "a date d/m/yyyy", `'${raw}'`);
  }
  return iso;
}

/**
 * The Monday (ISO date) of ISO week `week` of ISO year `year`; a week the year does not have
 * (53 in a 52-week year, 0) is an error.
 *
 * @example
 * ```ts
 * import { isoWeekMonday } from "./raw_cells.ts";
 * isoWeekMonday(2025, 1, "a.csv", "row 2"); // "2024-12-30"
 * isoWeekMonday(2022, 8, "a.csv", "row 2"); // "2022-02-21"
 * ```
 */
export function isoWeekMonday(year: number, week: number, file: string, where: string): string {
  const monday = (y: number, w: number) => {
    const jan4 = Date.UTC(y, 0, 4);
    const jan4Weekday = (new Date(jan4).getUTCDay() + 6) % 7; // Monday 0
    return jan4 - jan4Weekday * 86_400_000 + (w - 1) * 7 * 86_400_000;
  };
  const weeksInYear = (monday(year + 1, 1) - monday(year, 1)) / (7 * 86_400_000);
  if (!Number.isInteger(week) || week < 1 || week > weeksInYear) {
    throw new DataError(file, where, `an ISO week 1 to ${weeksInYear} of ${year}`, String(week));
  }
  return new Date(monday(year, week)).toISOString().slice(0, 10);
}
