/**
 * A small seeded pseudo-random generator (mulberry32), so that a simulation gives the same
 * numbers on every run and every machine: a projection a reader can reproduce exactly.
 *
 * @module
 */

/**
 * A generator of numbers in [0, 1) from a 32-bit seed; the same seed gives the same sequence.
 *
 * @example
 * ```ts
 * import { seededRandom } from "./seeded_random.ts";
 * const random = seededRandom(42);
 * random(); // 0.6011037519201636 on every run
 * ```
 */
export function seededRandom(seed: number): () => number {
  if (!Number.isInteger(seed)) throw new RangeError(`seededRandom: seed ${seed} is not an integer`);
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
