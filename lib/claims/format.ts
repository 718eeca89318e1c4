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
 * formatNumber(418170); // "418,170"
 * formatNumber(95.123, 1); // "95.1"
 * ```
 */
export function formatNumber(value: number, decimals?: number): string {
  const digits = decimals ?? (Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 1 ? 1 : 3);
  return value.toLocaleString("en-US", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/**
 * Formats a share (0 to 1) as a percentage.
 *
 * @example
 * ```ts
 * import { formatPercent } from "./format.ts";
 * formatPercent(0.8959); // "89.6 %"
 * ```
 */
export function formatPercent(share: number, decimals = 1): string {
  return `${formatNumber(share * 100, decimals)} %`;
}
