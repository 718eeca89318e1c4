/**
 * Number formatting for claim texts: thousands separators, a fixed number of decimals.
 *
 * @module
 */

/**
 * Formats a number with thousands separators and `decimals` decimals (default: none for
 * magnitudes of 100 or more, one below 100, three below 1).
 *
 * @example
 * ```ts
 * import { formatNumber } from "./format.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(formatNumber(418170), "418,170");
 * assertEquals(formatNumber(95.123, 1), "95.1");
 * ```
 */
export function formatNumber(value: number, decimals?: number): string {
  const digits = decimals ?? (Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 1 ? 1 : 3);
  return numberFormat(digits).format(value);
}

// One formatter per number of decimals: building one per call (as toLocaleString does) dominated
// a sweep that formats every claim's figures on hundreds of days.
const formats = new Map<number, Intl.NumberFormat>();

function numberFormat(digits: number): Intl.NumberFormat {
  let format = formats.get(digits);
  if (!format) {
    format = new Intl.NumberFormat("en-US", {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formats.set(digits, format);
  }
  return format;
}

/**
 * Formats a share (0 to 1) as a percentage.
 *
 * @example
 * ```ts
 * import { formatPercent } from "./format.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(formatPercent(0.8959), "89.6 %");
 * ```
 */
export function formatPercent(share: number, decimals = 1): string {
  return `${formatNumber(share * 100, decimals)} %`;
}

/**
 * Rounds km² to 0.001 (the precision of the derived files), so differences carry no float noise.
 *
 * @example
 * ```ts
 * import { roundKm2 } from "./format.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(roundKm2(4346.521000000008), 4346.521);
 * ```
 */
export function roundKm2(km2: number): number {
  return Math.round(km2 * 1000) / 1000;
}
