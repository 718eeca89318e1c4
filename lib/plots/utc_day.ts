/**
 * The x values of the time axes: an ISO date as the `Date` at 00:00 UTC of that day, so that no
 * local time zone moves a bar or a point to the day before.
 *
 * @module
 */

/**
 * `YYYY-MM-DD` as a `Date` at the start of that day, UTC.
 *
 * @example
 * ```ts
 * import { utcDay } from "./utc_day.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(utcDay("2025-12-31").toISOString(), "2025-12-31T00:00:00.000Z");
 * ```
 */
export function utcDay(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}
