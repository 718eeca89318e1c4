/**
 * Rates of advance and the date an area runs out at a given rate.
 *
 * @module
 */
import { addDays, daysBetween } from "../../data/mod.ts";
import type { AreaReading, AreaSeries } from "./area_series.ts";

/** An average daily rate of advance over a window. */
export interface AdvanceRate {
  /** km² a day (area at the end of `to` minus at the end of `from`, over the days between). */
  km2PerDay: number;
  from: string;
  to: string;
  days: number;
  area: string;
  start: AreaReading;
  end: AreaReading;
}

/**
 * The average daily gain of a series from the end of `from` to the end of `to`.
 *
 * @example
 * ```ts
 * import { advanceRate } from "./projection.ts";
 * import { economistArea } from "./area_series.ts";
 * import { loadEconomistArea } from "../../data/mod.ts";
 * advanceRate(economistArea(await loadEconomistArea()), "2025-08-15", "2025-11-20").km2PerDay;
 * ```
 */
export function advanceRate(area: AreaSeries, from: string, to: string): AdvanceRate {
  const days = daysBetween(from, to);
  if (days <= 0) throw new RangeError(`advanceRate: ${from} is not before ${to}`);
  const start = area.asOf(from);
  const end = area.asOf(to);
  return { km2PerDay: (end.km2 - start.km2) / days, from, to, days, area: area.name, start, end };
}

/**
 * The date on which `remainingKm2` runs out when `km2PerDay` are taken every day after the end
 * of `start` (the day the last km² falls, rounded up); `null` when the rate is not positive.
 *
 * @example
 * ```ts
 * import { projectZeroDate } from "./projection.ts";
 * projectZeroDate(5000, 9.3, "2025-11-20"); // "2027-05-12" (538 days on)
 * projectZeroDate(5000, 0, "2025-11-20"); // null
 * ```
 */
export function projectZeroDate(
  remainingKm2: number,
  km2PerDay: number,
  start: string,
): string | null {
  if (!(km2PerDay > 0)) return null;
  if (remainingKm2 <= 0) return start;
  return addDays(start, Math.ceil(remainingKm2 / km2PerDay));
}
