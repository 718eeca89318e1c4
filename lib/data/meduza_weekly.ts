/**
 * Mediazona and Meduza's weekly estimates of Russian soldiers killed, by ISO week of death
 * (`data/derived/meduza_killed_weekly.csv`): `ed_assembled` (excess deaths, killed and missing
 * in action, with 95 % bounds) and `bmz_now` (names in the named lists, incomplete for recent
 * weeks).
 *
 * @module
 */
import { readCsv, type Row } from "../io/csv.ts";
import { DataError } from "../io/data_error.ts";
import { assertAscending } from "./as_of.ts";
import { cached } from "./cache.ts";
import { DEFAULT_DATA_DIR, derivedPath } from "./data_dir.ts";
import { addDays, daysBetween } from "./dates.ts";
import { csvSchema } from "../schemas/derived_schema.ts";
import { MEDUZA_KILLED_WEEKLY } from "../schemas/meduza_killed_weekly.ts";

/** The derived file's name. */
export const MEDUZA_WEEKLY_FILE = MEDUZA_KILLED_WEEKLY.file;

/** Its columns and types, from the file's schema (`lib/schemas/`, written once). */
const SCHEMA = csvSchema(MEDUZA_KILLED_WEEKLY);

/** One ISO week of death. */
export type MeduzaWeek = Row<typeof SCHEMA>;

/**
 * Loads the weeks, in order.
 *
 * @example
 * ```ts
 * import { loadMeduzaWeekly } from "./meduza_weekly.ts";
 * (await loadMeduzaWeekly())[0].iso_week; // "2022-W08"
 * ```
 */
export function loadMeduzaWeekly(dataDir: string = DEFAULT_DATA_DIR): Promise<MeduzaWeek[]> {
  const path = derivedPath(dataDir, MEDUZA_WEEKLY_FILE);
  return cached(path, async () => {
    const rows = await readCsv(path, SCHEMA);
    assertAscending(rows, "week_start", path);
    return rows;
  });
}

/** Killed over a span of days, with the sums of the weekly bounds. */
export interface KilledBetween {
  estimate: number;
  low: number;
  high: number;
  namedRecords: number;
}

/**
 * Killed from the end of `from` to the end of `to`, each week spread evenly over its 7 days
 * (so a week across the span's edge counts for the days inside). The bounds are the sums of the
 * weekly bounds (wider than a 95 % interval of the sum if the weeks' errors are independent). A
 * day the series does not cover is a `DataError`.
 *
 * @example
 * ```ts
 * import { killedBetween, loadMeduzaWeekly } from "./meduza_weekly.ts";
 * killedBetween(await loadMeduzaWeekly(), "2024-12-31", "2025-12-28").estimate;
 * ```
 */
export function killedBetween(
  rows: readonly MeduzaWeek[],
  from: string,
  to: string,
): KilledBetween {
  const first = rows[0]?.week_start;
  const end = rows.length ? addDays(rows.at(-1)!.week_start, 6) : undefined;
  if (!first || !end || addDays(from, 1) < first || to > end) {
    throw new DataError(
      MEDUZA_WEEKLY_FILE,
      `days after ${from} through ${to}`,
      "weeks covering every day",
      first ? `weeks from ${first} through ${end}` : "no weeks",
    );
  }
  const total = { estimate: 0, low: 0, high: 0, namedRecords: 0 };
  for (const week of rows) {
    const weekEnd = addDays(week.week_start, 6);
    const start = week.week_start > from ? week.week_start : addDays(from, 1);
    const stop = weekEnd < to ? weekEnd : to;
    const days = daysBetween(start, stop) + 1;
    if (days <= 0) continue;
    total.estimate += week.ed_assembled * days / 7;
    total.low += week.ed_assembled_low * days / 7;
    total.high += week.ed_assembled_high * days / 7;
    total.namedRecords += week.bmz_now * days / 7;
  }
  return total;
}

/**
 * The last day the weekly series covers (the Sunday of its last week).
 *
 * @example
 * ```ts
 * import { loadMeduzaWeekly, meduzaLastDay } from "./meduza_weekly.ts";
 * meduzaLastDay(await loadMeduzaWeekly()); // "2025-12-28"
 * ```
 */
export function meduzaLastDay(rows: readonly MeduzaWeek[]): string {
  if (rows.length === 0) throw new DataError(MEDUZA_WEEKLY_FILE, "rows", "at least one week");
  return addDays(rows.at(-1)!.week_start, 6);
}
