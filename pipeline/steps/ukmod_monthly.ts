/**
 * Step: UK Defence Intelligence's month-by-month Russian casualties (killed and wounded), as
 * compiled by The Economist. Load, check (month names, consecutive months, days in the month,
 * average × days = month total, running total, the `d/m/yyyy` date = first day of the next
 * month, an address per month), save `ukmod_casualties_monthly.csv`.
 *
 * @module
 */
import { DataError } from "../../lib/io/data_error.ts";
import { formatCsv, parseCsv } from "../../lib/io/csv.ts";
import { addDays, addMonths, lastDayOfMonth } from "../../lib/data/dates.ts";
import { columnNames } from "../../lib/schemas/derived_schema.ts";
import { UKMOD_CASUALTIES_MONTHLY } from "../../lib/schemas/ukmod_casualties_monthly.ts";
import { readRaw } from "../read_raw.ts";
import { isoFromDayMonthYear } from "../raw_cells.ts";
import type { Step } from "../step.ts";

/** The raw file, relative to the raw folder. */
export const UKMOD_MONTHLY_FILE =
  "economist-deaths-and-area/Soldier deaths_casualties in Ukraine - uk mod month-by-month estimates.csv";

/** Columns of `ukmod_casualties_monthly.csv`, from its schema (`lib/schemas/`). */
export const UKMOD_MONTHLY_COLUMNS: readonly string[] = columnNames(UKMOD_CASUALTIES_MONTHLY);

/** One month of `ukmod_casualties_monthly.csv`. */
export type UkModMonthRow = {
  /** `YYYY-MM`. */
  month: string;
  average_per_day: number;
  days: number;
  month_total: number;
  cumulative: number;
  source_url: string;
};

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

const SCHEMA = {
  month: "string",
  year: "integer",
  "casualties (average daily losses)": "integer",
  "days in month": "integer",
  "casualties in month": "integer",
  "cumulative casualties": "integer",
  "date (at beginning of next month)": "string",
  source: "string",
  source_url: "string",
} as const;

/**
 * Parses and checks the raw CSV (see the module note); rows in the file's (calendar) order.
 *
 * @example
 * ```ts
 * import { ukModMonthlyRows } from "./ukmod_monthly.ts";
 * const csv = "month,year,casualties (average daily losses),days in month,casualties in month," +
 *   "cumulative casualties,date (at beginning of next month),source,source_url,note\n" +
 *   "march,2022,386,31,11966,11966,01/04/2022,UK MoD,https://x.com/a,\n";
 * ukModMonthlyRows(csv, "uk.csv")[0].month; // "2022-03"
 * ```
 */
export function ukModMonthlyRows(text: string, file: string): UkModMonthRow[] {
  const records = parseCsv(text, SCHEMA, file);
  const rows: UkModMonthRow[] = [];
  let cumulative = 0;
  records.forEach((record, index) => {
    const where = (column: string) => `row ${index + 2}, column ${column}`;
    const monthIndex = MONTHS.indexOf(record.month.trim().toLowerCase());
    if (monthIndex < 0) {
      throw new DataError(file, where("month"), "an English month name", `'${record.month}'`);
    }
    const month = `${record.year}-${String(monthIndex + 1).padStart(2, "0")}`;
    const previous = rows.at(-1);
    if (previous && month !== addMonths(previous.month, 1)) {
      throw new DataError(
        file,
        where("month"),
        `the month after ${previous.month}`,
        `${record.month} ${record.year}`,
      );
    }
    const days = Number(lastDayOfMonth(month).slice(8));
    if (record["days in month"] !== days) {
      throw new DataError(
        file,
        where("days in month"),
        `${days} (${month})`,
        `${record["days in month"]}`,
      );
    }
    const average = record["casualties (average daily losses)"];
    const total = record["casualties in month"];
    if (average < 0 || average * days !== total) {
      throw new DataError(
        file,
        where("casualties in month"),
        `average a day × days = ${average * days}`,
        String(total),
      );
    }
    cumulative += total;
    if (record["cumulative casualties"] !== cumulative) {
      throw new DataError(
        file,
        where("cumulative casualties"),
        `the running total of the months so far, ${cumulative}`,
        String(record["cumulative casualties"]),
      );
    }
    const date = isoFromDayMonthYear(
      record["date (at beginning of next month)"],
      file,
      where("date (at beginning of next month)"),
    );
    const nextMonthStart = addDays(lastDayOfMonth(month), 1);
    if (date !== nextMonthStart) {
      throw new DataError(
        file,
        where("date (at beginning of next month)"),
        `the first day of the next month, ${nextMonthStart}`,
        date,
      );
    }
    if (record.source !== "UK MoD") {
      throw new DataError(file, where("source"), "'UK MoD'", `'${record.source}'`);
    }
    if (!/^https:\/\/\S+$/.test(record.source_url)) {
      throw new DataError(
        file,
        where("source_url"),
        "the address of the post (https://...)",
        `'${record.source_url}'`,
      );
    }
    rows.push({
      month,
      average_per_day: average,
      days,
      month_total: total,
      cumulative,
      source_url: record.source_url,
    });
  });
  return rows;
}

/**
 * The step that writes `ukmod_casualties_monthly.csv`.
 *
 * @example
 * ```ts
 * import { ukModMonthlyStep } from "./ukmod_monthly.ts";
 * ukModMonthlyStep.output; // "ukmod_casualties_monthly.csv"
 * ```
 */
export const ukModMonthlyStep: Step = {
  output: UKMOD_CASUALTIES_MONTHLY.file,
  inputs: () => [UKMOD_MONTHLY_FILE],
  async run(context) {
    const text = await readRaw(`${context.rawDir}/${UKMOD_MONTHLY_FILE}`);
    const rows = ukModMonthlyRows(text, UKMOD_MONTHLY_FILE);
    return {
      text: formatCsv(rows, UKMOD_MONTHLY_COLUMNS),
      rows: rows.length,
      computed: 1,
      reused: 0,
    };
  },
};
