/**
 * A moving-block bootstrap of the time an area takes to run out: each simulated future is built
 * from blocks of consecutive observed daily gains (so runs of fast and slow days are kept
 * together), and the day the cumulative gain first covers the remaining area is that future's
 * fall day.
 *
 * @module
 */
import { seededRandom } from "./seeded_random.ts";

/** The settings of one simulation. */
export interface FallDaysOptions {
  /** The observed daily net gains (km² a day), oldest first; the window resampled. */
  gains: readonly number[];
  /** The area left to take, km². */
  remainingKm2: number;
  /** Days per resampled block (at most the number of gains). */
  blockLength: number;
  /** How many futures to simulate. */
  paths: number;
  /** The seed of the generator: the same seed gives the same futures. */
  seed: number;
  /** The last day simulated; a future that has not taken the area by then counts as never. */
  horizonDays: number;
}

/**
 * The fall day of every simulated future (days after the start, 1 = the first day simulated),
 * sorted ascending; `Infinity` for a future that has not taken the area within `horizonDays`.
 * Throws a RangeError on an empty window or a block longer than it.
 *
 * @example
 * ```ts
 * import { simulateFallDays } from "./block_bootstrap.ts";
 * // A constant gain of 10 km² a day takes 95 km² on day 10, whatever the draws.
 * simulateFallDays({
 *   gains: [10, 10, 10],
 *   remainingKm2: 95,
 *   blockLength: 2,
 *   paths: 3,
 *   seed: 1,
 *   horizonDays: 100,
 * }); // Float64Array [10, 10, 10]
 * ```
 */
export function simulateFallDays(options: FallDaysOptions): Float64Array {
  return simulateFall(options).days;
}

/**
 * Like {@link simulateFallDays}, resampling a second daily series in the same blocks (e.g. the
 * day's losses beside its gain): each future's sum of `costs` up to its fall day, beside the
 * fall days. Both arrays are sorted on their own (for quantiles); `Infinity` where the area has
 * not fallen within the horizon.
 *
 * @example
 * ```ts
 * import { simulateFall } from "./block_bootstrap.ts";
 * const { days, costs } = simulateFall({
 *   gains: [10, 10],
 *   costs: [1000, 1000],
 *   remainingKm2: 30,
 *   blockLength: 1,
 *   paths: 2,
 *   seed: 1,
 *   horizonDays: 100,
 * });
 * [days[0], costs[0]]; // [3, 3000]
 * ```
 */
export function simulateFall(
  options: FallDaysOptions & { costs?: readonly number[] },
): { days: Float64Array; costs: Float64Array } {
  const { gains, remainingKm2, blockLength, paths, seed, horizonDays } = options;
  const dailyCosts = options.costs ?? new Array(gains.length).fill(0);
  if (gains.length === 0) throw new RangeError("simulateFallDays: no observed gains to resample");
  if (dailyCosts.length !== gains.length) {
    throw new RangeError(
      `simulateFall: ${dailyCosts.length} costs for ${gains.length} gains (one a day each)`,
    );
  }
  if (!(blockLength >= 1 && blockLength <= gains.length && Number.isInteger(blockLength))) {
    throw new RangeError(
      `simulateFallDays: block length ${blockLength} is not a whole number from 1 to ${gains.length}`,
    );
  }
  const random = seededRandom(seed);
  const starts = gains.length - blockLength + 1;
  // Per block start: its total gain and cost, and the highest running gain inside it. A block
  // whose highest running gain cannot reach the remainder is added whole (the speed of a sweep
  // that simulates from every day); only the block where the area may fall is walked day by day.
  const blockGain = new Float64Array(starts);
  const blockCost = new Float64Array(starts);
  const blockPeak = new Float64Array(starts);
  for (let start = 0; start < starts; start++) {
    let gain = 0;
    let cost = 0;
    let peak = -Infinity;
    for (let i = 0; i < blockLength; i++) {
      gain += gains[start + i];
      cost += dailyCosts[start + i];
      if (gain > peak) peak = gain;
    }
    blockGain[start] = gain;
    blockCost[start] = cost;
    blockPeak[start] = peak;
  }
  const days = new Float64Array(paths);
  const costs = new Float64Array(paths);
  for (let path = 0; path < paths; path++) {
    let taken = 0;
    let cost = 0;
    let day = 0;
    let fell = remainingKm2 <= 0;
    while (!fell && day < horizonDays) {
      const start = Math.floor(random() * starts);
      if (taken + blockPeak[start] < remainingKm2 && day + blockLength <= horizonDays) {
        taken += blockGain[start];
        cost += blockCost[start];
        day += blockLength;
        continue;
      }
      for (let i = 0; i < blockLength && day < horizonDays; i++) {
        taken += gains[start + i];
        cost += dailyCosts[start + i];
        day++;
        if (taken >= remainingKm2) {
          fell = true;
          break;
        }
      }
    }
    days[path] = fell ? day : Infinity;
    costs[path] = fell ? cost : Infinity;
  }
  return { days: days.sort(), costs: costs.sort() };
}

/**
 * The `q`-quantile (0 to 1) of sorted values, the lower of the two middle values where it falls
 * between them (so a quantile is always a simulated day).
 *
 * @example
 * ```ts
 * import { sortedQuantile } from "./block_bootstrap.ts";
 * sortedQuantile(Float64Array.from([1, 2, 3, 4]), 0.5); // 2
 * ```
 */
export function sortedQuantile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) throw new RangeError("sortedQuantile: no values");
  if (!(q >= 0 && q <= 1)) throw new RangeError(`sortedQuantile: ${q} is not from 0 to 1`);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
}
