/**
 * Durations between dates of `data/facts/events.csv`, in days and years. Dates may be kept to the
 * year (`YYYY`), the month or the day; days are only computed between two whole dates.
 *
 * @module
 */
import { daysBetween } from "../../data/dates.ts";

/**
 * Days in an average Gregorian year.
 *
 * @example
 * ```ts
 * import { DAYS_PER_YEAR } from "./durations.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals((1144 / DAYS_PER_YEAR).toFixed(2), "3.13");
 * ```
 */
export const DAYS_PER_YEAR = 365.2425;

/** A duration at the precision of its two dates. */
export interface Duration {
  from: string;
  to: string;
  /** Whole days, or `null` if either date is not a whole `YYYY-MM-DD` date. */
  days: number | null;
  /** Years: days / 365.2425, or the difference of the calendar years without whole dates. */
  years: number;
  /** The difference of the calendar years (`1721 - 1700`). */
  calendarYears: number;
}

const WHOLE_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The duration from one date to another.
 *
 * @example
 * ```ts
 * import { durationBetween } from "./durations.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(durationBetween("2022-03-29", "2025-05-16").days, 1144);
 * assertEquals(durationBetween("1700", "1721").years, 21);
 * ```
 */
export function durationBetween(from: string, to: string): Duration {
  const calendarYears = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  if (WHOLE_DATE.test(from) && WHOLE_DATE.test(to)) {
    const days = daysBetween(from, to);
    return { from, to, days, years: days / DAYS_PER_YEAR, calendarYears };
  }
  return { from, to, days: null, years: calendarYears, calendarYears };
}
