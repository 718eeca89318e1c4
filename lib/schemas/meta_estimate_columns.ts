/**
 * The columns shared by The Economist's two daily meta-estimate files
 * (`economist_casualties_daily.csv`, `economist_deaths_daily.csv`), written once for both
 * schemas: only what is counted differs.
 *
 * @module
 */

/**
 * The meta-estimate columns for a quantity (`"casualties (killed and wounded)"`, `"deaths"`): the
 * date, then the central estimate and its 95 % confidence and prediction bounds, cumulative
 * people since 2022-02-24 rounded to 0.1, every one empty on a day without an estimate
 * (upstream's `NA`).
 *
 * @example
 * ```ts
 * import { metaEstimateColumns } from "./meta_estimate_columns.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const columns = metaEstimateColumns("deaths");
 * assertEquals(Object.keys(columns), ["date", "estimate", "ci_lower", "ci_upper", "pi_low", "pi_high"]);
 * assertEquals(columns.estimate.type, "number?");
 * ```
 */
export function metaEstimateColumns(quantity: string) {
  const bound = (what: string) => ({
    type: "number?",
    unit: "people",
    description:
      `${what} of the cumulative Russian ${quantity}; empty on a day without an estimate`,
  } as const);
  return {
    date: { type: "date", unit: null, description: "the day the estimate is for" },
    estimate: bound("the central estimate"),
    ci_lower: bound("the lower bound of the 95 % confidence interval"),
    ci_upper: bound("the upper bound of the 95 % confidence interval"),
    pi_low: bound("the lower bound of the 95 % prediction interval"),
    pi_high: bound("the upper bound of the 95 % prediction interval"),
  } as const;
}
