/**
 * Step: General Staff personnel losses. Load the published cumulative series, check it (dates in
 * order, one report a day, never going down), derive the daily figures, save
 * `general_staff_personnel.csv`. A report dated D counts losses up to the end of D-1.
 *
 * @module
 */
import { DataError } from "../../lib/io/data_error.ts";
import { formatCsv } from "../../lib/io/csv.ts";
import { columnNames } from "../../lib/schemas/derived_schema.ts";
import { GENERAL_STAFF_PERSONNEL } from "../../lib/schemas/general_staff_personnel.ts";
import { addDays } from "../../lib/data/dates.ts";
import type { Step } from "../step.ts";
import { parseJson } from "../../lib/io/parse_json.ts";
import { checkPersonnelReport } from "../plausibility.ts";
import { readRaw } from "../read_raw.ts";

/** The raw file, relative to the raw folder. */
export const PERSONNEL_FILE = "general-staff/russia_losses_personnel.json";

/** Columns of `general_staff_personnel.csv`, from its schema (`lib/schemas/`). */
export const PERSONNEL_COLUMNS: readonly string[] = columnNames(GENERAL_STAFF_PERSONNEL);

/** One published report. */
export interface PersonnelReport {
  date: string;
  day: number;
  personnel: number;
}

/** One row of `general_staff_personnel.csv`. */
export type PersonnelRow = {
  report_date: string;
  counted_through: string;
  war_day: number;
  personnel_cumulative: number;
  personnel_daily: number | null;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Parses and checks the raw JSON: an array of `{date, day, personnel}` records, one per day in
 * date order, the cumulative count never going down. Throws a {@link DataError} naming the record.
 *
 * @example
 * ```ts
 * import { parsePersonnel } from "./general_staff.ts";
 * const text = '[{"date":"2022-02-25","day":2,"personnel":2800}]';
 * parsePersonnel(text, "personnel.json"); // [{ date: "2022-02-25", day: 2, personnel: 2800 }]
 * ```
 */
export function parsePersonnel(text: string, file: string): PersonnelReport[] {
  const data = parseJson(text, file);
  if (!Array.isArray(data) || data.length === 0) {
    throw new DataError(file, "the top level", "a non-empty array of daily reports");
  }
  const reports: PersonnelReport[] = [];
  data.forEach((record: unknown, index: number) => {
    const where = `record ${index + 1}`;
    const r = record as Record<string, unknown> | null;
    if (typeof r !== "object" || r === null) throw new DataError(file, where, "an object");
    const { date, day, personnel } = r;
    if (typeof date !== "string" || !ISO_DATE.test(date) || addDays(date, 0) !== date) {
      throw new DataError(file, `${where}, field date`, "a date YYYY-MM-DD", JSON.stringify(date));
    }
    const at = `${where} (date ${date})`;
    if (typeof day !== "number" || !Number.isInteger(day)) {
      throw new DataError(file, `${at}, field day`, "an integer war day", JSON.stringify(day));
    }
    if (typeof personnel !== "number" || !Number.isInteger(personnel) || personnel < 0) {
      throw new DataError(
        file,
        `${at}, field personnel`,
        "a non-negative integer",
        JSON.stringify(personnel),
      );
    }
    const previous = reports.at(-1);
    if (previous) {
      if (date === previous.date) {
        throw new DataError(file, at, "one report per date", `a second report dated ${date}`);
      }
      if (date !== addDays(previous.date, 1)) {
        throw new DataError(
          file,
          at,
          `the next day after ${previous.date} (${addDays(previous.date, 1)})`,
          date,
        );
      }
      if (personnel < previous.personnel) {
        throw new DataError(
          file,
          `${at}, field personnel`,
          `a cumulative count of at least ${previous.personnel} (the report of ${previous.date})`,
          String(personnel),
        );
      }
    }
    checkPersonnelReport({ date, day, personnel }, previous?.personnel, file, at);
    reports.push({ date, day, personnel });
  });
  return reports;
}

/**
 * The derived rows: both dates explicit, daily losses as the difference of consecutive reports
 * (empty on the first report).
 *
 * @example
 * ```ts
 * import { personnelRows } from "./general_staff.ts";
 * personnelRows([
 *   { date: "2025-01-01", day: 1043, personnel: 790800 },
 *   { date: "2025-01-02", day: 1044, personnel: 792350 },
 * ])[1]; // { report_date: "2025-01-02", counted_through: "2025-01-01", ..., personnel_daily: 1550 }
 * ```
 */
export function personnelRows(reports: readonly PersonnelReport[]): PersonnelRow[] {
  return reports.map((report, index) => ({
    report_date: report.date,
    counted_through: addDays(report.date, -1),
    war_day: report.day,
    personnel_cumulative: report.personnel,
    personnel_daily: index === 0 ? null : report.personnel - reports[index - 1].personnel,
  }));
}

/**
 * The step that writes `general_staff_personnel.csv`.
 *
 * @example
 * ```ts
 * import { generalStaffStep } from "./general_staff.ts";
 * generalStaffStep.output; // "general_staff_personnel.csv"
 * ```
 */
export const generalStaffStep: Step = {
  output: "general_staff_personnel.csv",
  inputs: () => [PERSONNEL_FILE],
  async run(context) {
    const file = `${context.rawDir}/${PERSONNEL_FILE}`;
    const rows = personnelRows(parsePersonnel(await readRaw(file), PERSONNEL_FILE));
    return { text: formatCsv(rows, PERSONNEL_COLUMNS), rows: rows.length, computed: 1, reused: 0 };
  },
};
