/**
 * The data of the fall-date fan: the block-bootstrap quantiles of the Donetsk fall date and the
 * probability by the end of August 2027, on as-of days at a regular step, for both rates.
 *
 * @module
 */
import { addDays } from "../data/dates.ts";
import { DataError } from "../io/data_error.ts";
import { donetskFallDistribution, type GainRate } from "../claims/a/donetsk_probability.ts";
import type { GroupAInputs } from "../claims/a/inputs.ts";

/** The simulated fall dates' quantiles from one as-of day at one rate. */
export interface FanPoint {
  asOf: string;
  rate: GainRate;
  q05: string | null;
  q25: string | null;
  q50: string | null;
  q75: string | null;
  q95: string | null;
  /** Share of futures done by 2027-08-31. */
  probabilityBy: number;
}

/**
 * Every `step` days from `from` to `to`, both rates' quantiles (days the window does not reach
 * are left out).
 *
 * @example
 * ```ts
 * import { fallDateFanData } from "./fall_date_fan_data.ts";
 * import { loadGroupAInputs } from "../claims/a/inputs.ts";
 * fallDateFanData(await loadGroupAInputs("data"), "2025-07-07", "2026-06-30", 7);
 * ```
 */
export function fallDateFanData(
  inputs: GroupAInputs,
  from: string,
  to: string,
  step = 7,
): FanPoint[] {
  const points: FanPoint[] = [];
  for (let asOf = from; asOf <= to; asOf = addDays(asOf, step)) {
    for (const rate of ["whole-front", "donetsk-only"] as const) {
      try {
        const fall = donetskFallDistribution(inputs, asOf, rate);
        const q = (p: number) => fall.quantiles.find((x) => x.q === p)?.date ?? null;
        points.push({
          asOf,
          rate,
          q05: q(0.05),
          q25: q(0.25),
          q50: q(0.5),
          q75: q(0.75),
          q95: q(0.95),
          probabilityBy: fall.probabilityBy,
        });
      } catch (error) {
        if (!(error instanceof DataError)) throw error;
      }
    }
  }
  return points;
}
