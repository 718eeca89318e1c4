/**
 * The data of the fall-date fan: on as-of days at a regular step, the fall-date points that
 * `donetsk-by-august-2027`'s check returns (`check.series.fall`: the block-bootstrap quantiles
 * of the Donetsk fall date and the chance by the end of August 2027, for both rates, from the
 * same simulations as its probability alternatives). Collected here, computed by the claim.
 *
 * @module
 */
import { addDays } from "../data/dates.ts";
import { DataError } from "../io/data_error.ts";
import { donetskByAugust2027 } from "../claims/a/donetsk_by_august_2027.ts";
import type { FallDatePoint } from "../claims/a/donetsk_probability.ts";

/** The simulated fall dates' quantiles from one as-of day at one rate. */
export type FanPoint = FallDatePoint;

/**
 * Every `step` days from `from` to `to`, both rates' points of the claim's check (days the
 * bootstrap window does not reach, at a rate or for the whole check, are left out).
 *
 * @example
 * ```ts
 * import { fallDateFanData } from "./fall_date_fan_data.ts";
 * const points = await fallDateFanData("data", "2025-07-07", "2025-08-31", 7);
 * points.length; // 16: eight weeks, two rates
 * ```
 */
export async function fallDateFanData(
  dataDir: string,
  from: string,
  to: string,
  step = 7,
): Promise<FanPoint[]> {
  const points: FanPoint[] = [];
  for (let asOf = from; asOf <= to; asOf = addDays(asOf, step)) {
    try {
      const check = await donetskByAugust2027.check({ asOf, dataDir });
      points.push(...check.series.fall);
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
    }
  }
  return points;
}
