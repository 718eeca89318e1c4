/**
 * Attaching to a check the series its figures draw, outside the check's record.
 *
 * @module
 */
import type { CheckWithSeries, ClaimCheck } from "./claim.ts";

/**
 * `check` with `series` attached as a non-enumerable property: `check.series` reads it, while the
 * claim's record (`claimRecord`, which spreads the check), `--json`, `claims.json` and the
 * notebooks' `claim+json` outputs leave it out (a year of daily points is evidence for a figure,
 * not part of the verdict's record).
 *
 * @example
 * ```ts
 * import { withSeries } from "./with_series.ts";
 * const check = withSeries({ id: "x" } as import("./claim.ts").ClaimCheck, { days: [1, 2] });
 * check.series.days.length; // 2
 * JSON.stringify(check); // '{"id":"x"}'
 * ```
 */
export function withSeries<Series>(check: ClaimCheck, series: Series): CheckWithSeries<Series> {
  Object.defineProperty(check, "series", { value: series, enumerable: false, configurable: true });
  return check as CheckWithSeries<Series>;
}
