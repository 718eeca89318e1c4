/**
 * Rounds a value to a fixed number of decimals, so that derived files are the same on every
 * machine (areas: 0.001 km²). `-0` becomes `0`.
 *
 * @example
 * ```ts
 * import { roundTo } from "./round.ts";
 * roundTo(26506.12345, 3); // 26506.123
 * ```
 */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return rounded === 0 ? 0 : rounded;
}

/**
 * Square metres to square kilometres, rounded to 0.001 km².
 *
 * @example
 * ```ts
 * import { km2 } from "./round.ts";
 * km2(43_679_052_552.25393); // 43679.053
 * ```
 */
export function km2(squareMetres: number): number {
  return roundTo(squareMetres / 1e6, 3);
}
