/**
 * The one number syntax the project reads from text files: a plain decimal with an optional sign.
 * Hexadecimal (`0x54`), exponents (`1e3`), spaces, `Infinity` and `_` are not numbers here, so a
 * malformed cell is an error instead of a silently different value.
 *
 * @module
 */

const PLAIN_DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * The value of `raw` if it is a plain decimal, else `NaN`.
 *
 * @example
 * ```ts
 * import { plainDecimal } from "./plain_decimal.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(plainDecimal("-12.5"), -12.5);
 * assertEquals(plainDecimal("0x54"), NaN);
 * assertEquals(plainDecimal("1e3"), NaN);
 * ```
 */
export function plainDecimal(raw: string): number {
  return PLAIN_DECIMAL.test(raw) ? Number(raw) : NaN;
}
