/**
 * The Wilson score interval for a proportion: unlike the normal ("Wald") interval it stays inside
 * 0 to 1 and keeps its coverage near the ends, which matters for shares such as 84.5 %.
 *
 * @module
 */

/**
 * z for a two-sided 95 % interval (the 97.5th percentile of the standard normal).
 *
 * @example
 * ```ts
 * import { wilsonInterval, Z_95 } from "./wilson.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(wilsonInterval(0.5, 100, Z_95).low.toFixed(3), "0.404");
 * ```
 */
export const Z_95 = 1.959963984540054;

/** A proportion's interval, both ends as shares from 0 to 1. */
export interface Interval {
  low: number;
  high: number;
}

/**
 * The Wilson score interval of a share `p` (0 to 1) observed in `n` respondents, at `z` (95 %
 * by default). Throws a RangeError for a share outside 0 to 1 or a sample that is not a positive
 * whole number.
 *
 * @example
 * ```ts
 * import { wilsonInterval } from "./wilson.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const { low, high } = wilsonInterval(0.514, 1000);
 * assertEquals([low.toFixed(3), high.toFixed(3)], ["0.483", "0.545"]);
 * ```
 */
export function wilsonInterval(p: number, n: number, z: number = Z_95): Interval {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`wilsonInterval: share ${p} is not in 0..1`);
  if (!Number.isInteger(n) || n <= 0) {
    throw new RangeError(`wilsonInterval: sample size ${n} is not a positive whole number`);
  }
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At p = 0 or 1 one end is exactly 0 or 1; rounding would leave it a hair inside.
  return {
    low: p === 0 ? 0 : Math.max(0, centre - half),
    high: p === 1 ? 1 : Math.min(1, centre + half),
  };
}
