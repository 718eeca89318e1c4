/**
 * The General Staff's cumulative personnel-loss claims (`data/derived/general_staff_personnel.csv`)
 * and how to read them "as of" a date. A report dated D counts losses up to the end of D-1
 * (`counted_through`); "as of X" is the report whose `counted_through` is X, i.e. dated X+1.
 *
 * @module
 */
import { readCsv, type Row } from "../io/csv.ts";
import { DataError } from "../io/data_error.ts";
import { assertAscending, latestOnOrBefore } from "./as_of.ts";
import { cached } from "./cache.ts";
import { DEFAULT_DATA_DIR, derivedPath } from "./data_dir.ts";
import { addDays } from "./dates.ts";
import { csvSchema } from "../schemas/derived_schema.ts";
import { GENERAL_STAFF_PERSONNEL } from "../schemas/general_staff_personnel.ts";

/** The derived file's name. */
export const GENERAL_STAFF_FILE = GENERAL_STAFF_PERSONNEL.file;

/** Its columns and types, from the file's schema (`lib/schemas/`, written once). */
const SCHEMA = csvSchema(GENERAL_STAFF_PERSONNEL);

/** One General Staff report. */
export type PersonnelRow = Row<typeof SCHEMA>;

/**
 * Loads and validates the personnel series: sorted by report date, no date twice,
 * `counted_through` the day before `report_date`.
 *
 * @example
 * ```ts
 * import { loadGeneralStaffPersonnel } from "./general_staff.ts";
 * const rows = await loadGeneralStaffPersonnel();
 * rows.at(-1)?.personnel_cumulative;
 * ```
 */
export function loadGeneralStaffPersonnel(
  dataDir: string = DEFAULT_DATA_DIR,
): Promise<PersonnelRow[]> {
  const path = derivedPath(dataDir, GENERAL_STAFF_FILE);
  return cached(path, async () => {
    const rows = await readCsv(path, SCHEMA);
    assertAscending(rows, "report_date", path);
    rows.forEach((row, i) => {
      if (row.counted_through !== addDays(row.report_date, -1)) {
        throw new DataError(
          path,
          `row ${i + 2}, column counted_through`,
          `the day before report_date ${row.report_date}`,
          `'${row.counted_through}'`,
        );
      }
    });
    return rows;
  });
}

/** Cumulative losses as of the end of a day, with the report that gave them. */
export interface CumulativeLosses {
  /** Cumulative personnel losses since 24 Feb 2022 up to the end of `countedThrough`. */
  value: number;
  countedThrough: string;
  reportDate: string;
  /** Where it comes from, e.g. "general_staff_personnel.csv, report dated 2026-01-01". */
  from: string;
}

/**
 * Cumulative losses up to the end of `date`: the report dated `date` + 1. Throws a `DataError`
 * if that report is not in the series (no neighbour stands in: the series has no gaps).
 *
 * @example
 * ```ts
 * import { cumulativeLossesAsOf, loadGeneralStaffPersonnel } from "./general_staff.ts";
 * const rows = await loadGeneralStaffPersonnel();
 * cumulativeLossesAsOf(rows, "2025-12-31").value; // 1208970 (report dated 2026-01-01)
 * ```
 */
export function cumulativeLossesAsOf(
  rows: readonly PersonnelRow[],
  date: string,
): CumulativeLosses {
  // Indexed (binary search on the ascending dates), so a sweep over many days stays fast.
  const index = latestOnOrBefore(rows, (r) => r.counted_through, date);
  const row = index >= 0 && rows[index].counted_through === date ? rows[index] : undefined;
  if (!row) {
    const last = rows.at(-1)?.counted_through ?? "none";
    throw new DataError(
      GENERAL_STAFF_FILE,
      `the report dated ${addDays(date, 1)}`,
      `a report counting losses through ${date}`,
      `none (the reports count losses from ${rows[0]?.counted_through ?? "none"} through ${last})`,
    );
  }
  return {
    value: row.personnel_cumulative,
    countedThrough: row.counted_through,
    reportDate: row.report_date,
    from: `${GENERAL_STAFF_FILE}, report dated ${row.report_date}`,
  };
}

/** Losses of one day. */
export interface DailyLosses {
  /** The day the losses were counted for. */
  date: string;
  losses: number;
  reportDate: string;
}

/**
 * The daily losses of every day after `from` up to and including `to` (by `counted_through`),
 * from the series' `personnel_daily` (this report minus the previous one).
 *
 * @example
 * ```ts
 * import { dailyLossesBetween, loadGeneralStaffPersonnel } from "./general_staff.ts";
 * const days = dailyLossesBetween(await loadGeneralStaffPersonnel(), "2024-12-31", "2025-12-31");
 * days.length; // 365
 * ```
 */
export function dailyLossesBetween(
  rows: readonly PersonnelRow[],
  from: string,
  to: string,
): DailyLosses[] {
  const days: DailyLosses[] = [];
  for (const row of rows) {
    if (row.counted_through <= from || row.counted_through > to) continue;
    if (row.personnel_daily === null) {
      throw new DataError(
        GENERAL_STAFF_FILE,
        `the report dated ${row.report_date}`,
        "a daily figure (a previous report)",
        "an empty cell",
      );
    }
    days.push({
      date: row.counted_through,
      losses: row.personnel_daily,
      reportDate: row.report_date,
    });
  }
  return days;
}
