/**
 * Plausibility across days: a day-to-day change beyond a stated threshold stops the build, so
 * that a corrupt or mis-dated upstream file cannot pass as a real change. A known upstream
 * correction is accepted only by an entry in `accepted.ts` (recorded in the manifest).
 *
 * @module
 */
// @ts-types="npm:@types/d3-dsv@3.0.7"
import { csvParse } from "d3-dsv";
import { DataError } from "../lib/io/data_error.ts";
import { addDays, daysBetween } from "../lib/data/dates.ts";
import { findAccepted } from "./accepted.ts";

/** The largest change of DeepState's occupied total between consecutive files, km² (the largest
 * seen in 2024-2026 is about 92 km²). */
export const MAX_DAILY_AREA_CHANGE_KM2 = 500;

/** The largest General Staff daily personnel loss accepted (the largest reported is 3,160). */
export const MAX_DAILY_PERSONNEL = 5000;

/** The General Staff's day 1 report is dated 2022-02-24 (war day = days since then + 1). */
export const WAR_DAY_ONE = "2022-02-24";

const HOW = "or an entry in pipeline/accepted.ts for a known upstream correction";

/**
 * Checks the occupied totals of `deepstate_daily.csv`'s text: consecutive files may differ by at
 * most {@link MAX_DAILY_AREA_CHANGE_KM2}; a larger change throws a {@link DataError} naming both
 * files, unless accepted.
 *
 * @example
 * ```ts
 * import { checkDailyAreaChanges } from "./plausibility.ts";
 * checkDailyAreaChanges("file,occupied_km2\na.geojson,100\nb.geojson,110\n", "deepstate");
 * ```
 */
export function checkDailyAreaChanges(csvText: string, folder: string): void {
  const rows = csvParse(csvText);
  for (let k = 1; k < rows.length; k++) {
    const before = rows[k - 1], after = rows[k];
    const change = Number(after.occupied_km2) - Number(before.occupied_km2);
    if (Math.abs(change) <= MAX_DAILY_AREA_CHANGE_KM2) continue;
    const file = `${folder}/${before.file}`, next = `${folder}/${after.file}`;
    if (findAccepted("jump", file, next)) continue;
    throw new DataError(
      next,
      `occupied_km2 after ${file}`,
      `a change of at most ${MAX_DAILY_AREA_CHANGE_KM2} km² from ${before.occupied_km2} km² (${HOW})`,
      `${after.occupied_km2} km², a change of ${Math.round(change)} km²`,
    );
  }
}

/**
 * Checks one General Staff report against the previous one: its war day must match its date,
 * and its daily loss must not exceed {@link MAX_DAILY_PERSONNEL}, unless accepted.
 *
 * @example
 * ```ts
 * import { checkPersonnelReport } from "./plausibility.ts";
 * checkPersonnelReport({ date: "2025-01-02", day: 1044, personnel: 792350 }, 790800, "f.json", "record 2");
 * ```
 */
export function checkPersonnelReport(
  report: { date: string; day: number; personnel: number },
  previousPersonnel: number | undefined,
  file: string,
  where: string,
): void {
  const day = daysBetween(WAR_DAY_ONE, report.date) + 1;
  if (report.day !== day && !findAccepted("jump", file, `${where}, field day`)) {
    throw new DataError(
      file,
      `${where}, field day`,
      `war day ${day} for ${report.date} (day 1 is ${WAR_DAY_ONE}; ${HOW})`,
      String(report.day),
    );
  }
  if (previousPersonnel === undefined) return;
  const daily = report.personnel - previousPersonnel;
  if (daily > MAX_DAILY_PERSONNEL && !findAccepted("jump", file, `${where}, field personnel`)) {
    throw new DataError(
      file,
      `${where}, field personnel`,
      `a daily loss of at most ${MAX_DAILY_PERSONNEL} since ${
        addDays(report.date, -1)
      }'s report (${previousPersonnel}; ${HOW})`,
      `${report.personnel}, a daily loss of ${daily}`,
    );
  }
}
