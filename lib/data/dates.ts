/**
 * ISO date arithmetic in UTC (`YYYY-MM-DD`), so no local time zone or daylight saving shifts a
 * day.
 *
 * @module
 */

const DAY_MS = 86_400_000;

function toTime(date: string): number {
  const time = Date.parse(`${date}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(time)) {
    throw new RangeError(`expected an ISO date YYYY-MM-DD, found '${date}'`);
  }
  return time;
}

function fromTime(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/**
 * The date `days` days after `date` (negative: before).
 *
 * @example
 * ```ts
 * import { addDays } from "./dates.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(addDays("2025-01-01", -1), "2024-12-31");
 * ```
 */
export function addDays(date: string, days: number): string {
  return fromTime(toTime(date) + days * DAY_MS);
}

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * ```ts
 * import { daysBetween } from "./dates.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(daysBetween("2025-08-15", "2025-11-20"), 97);
 * ```
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((toTime(to) - toTime(from)) / DAY_MS);
}

/**
 * The same day `years` years later; 29 February falls back to 28 February.
 *
 * @example
 * ```ts
 * import { addYears } from "./dates.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(addYears("2025-12-31", -1), "2024-12-31");
 * ```
 */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split("-").map(Number);
  const last = lastDayOfMonth(
    `${String(y + years).padStart(4, "0")}-${String(m).padStart(2, "0")}`,
  );
  return `${last.slice(0, 8)}${String(Math.min(d, Number(last.slice(8)))).padStart(2, "0")}`;
}

/**
 * The month `months` months after a `YYYY-MM` month.
 *
 * @example
 * ```ts
 * import { addMonths } from "./dates.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(addMonths("2027-01", -1), "2026-12");
 * ```
 */
export function addMonths(month: string, months: number): string {
  const [y, m] = month.split("-").map(Number);
  const index = y * 12 + (m - 1) + months;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${
    String((index % 12) + 1).padStart(2, "0")
  }`;
}

/**
 * The last day of a `YYYY-MM` month.
 *
 * @example
 * ```ts
 * import { lastDayOfMonth } from "./dates.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(lastDayOfMonth("2024-02"), "2024-02-29");
 * ```
 */
export function lastDayOfMonth(month: string): string {
  return addDays(`${addMonths(month, 1)}-01`, -1);
}

/**
 * Every `YYYY-MM` month from `first` to `last`, both included.
 *
 * @example
 * ```ts
 * import { monthsFrom } from "./dates.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(monthsFrom("2024-11", "2025-01"), ["2024-11", "2024-12", "2025-01"]);
 * ```
 */
export function monthsFrom(first: string, last: string): string[] {
  const months: string[] = [];
  for (let month = first; month <= last; month = addMonths(month, 1)) months.push(month);
  return months;
}
