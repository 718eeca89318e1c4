/**
 * A robust orientation predicate: the sign of the cross product (b − a) × (c − a), exact for any
 * double inputs. A floating-point filter answers almost every call; only near-degenerate triples
 * (collinear or nearly so) fall back to exact BigInt arithmetic. Exact signs keep the crossing
 * tests of `intersection_area.ts` consistent with each other, so that no crossing is missed or
 * counted twice.
 *
 * @module
 */

// Shewchuk's ccwerrboundA: a bound on the rounding error of the float determinant.
const EPSILON = 2 ** -53;
const ERROR_BOUND = (3 + 16 * EPSILON) * EPSILON;

const view = new DataView(new ArrayBuffer(8));

/** A double as mantissa × 2^exponent, both exact. */
function decompose(x: number): [bigint, number] {
  if (x === 0) return [0n, 0];
  view.setFloat64(0, x);
  const high = view.getUint32(0);
  const low = view.getUint32(4);
  const exponentBits = (high >>> 20) & 0x7ff;
  let mantissa = (BigInt(high & 0xfffff) << 32n) | BigInt(low);
  let exponent: number;
  if (exponentBits === 0) exponent = -1074;
  else {
    mantissa |= 1n << 52n;
    exponent = exponentBits - 1075;
  }
  return [high >>> 31 ? -mantissa : mantissa, exponent];
}

function exactOrient(values: number[]): number {
  const parts = values.map(decompose);
  let minExponent = Infinity;
  for (const [m, e] of parts) if (m !== 0n && e < minExponent) minExponent = e;
  const [ax, ay, bx, by, cx, cy] = parts.map(([m, e]) =>
    m === 0n ? 0n : m << BigInt(e - minExponent)
  );
  const det = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  return det > 0n ? 1 : det < 0n ? -1 : 0;
}

/**
 * The sign of (b − a) × (c − a): 1 if a, b, c turn counter-clockwise (c left of a→b), −1 if
 * clockwise, 0 if exactly collinear.
 *
 * @example
 * ```ts
 * import { orient } from "./orient.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(orient(0, 0, 1, 0, 0, 1), 1);
 * orient(0, 0, 1, 1, 0.1, 0.1); // 0 only if exactly collinear in doubles: here -1, 0 or 1 exactly
 * ```
 */
export function orient(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
): number {
  const left = (bx - ax) * (cy - ay);
  const right = (by - ay) * (cx - ax);
  const det = left - right;
  const bound = ERROR_BOUND * (Math.abs(left) + Math.abs(right));
  if (det > bound) return 1;
  if (-det > bound) return -1;
  return exactOrient([ax, ay, bx, by, cx, cy]);
}

/**
 * The sign of (b − a) × (c' − a) where c' = c + s·δ and δ = (ε, ε²) is an infinitesimal shift
 * (simulation of simplicity): never 0 when a ≠ b. With one area shifted against another, no
 * vertex lies exactly on the other boundary and no edges overlap, so every contact is a proper
 * crossing; yet the area of the intersection is the limit ε → 0, the unshifted one.
 *
 * @example
 * ```ts
 * import { orientShifted } from "./orient.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * orientShifted(0, 0, 2, 0, 1, 0, 1); // 1: (1, 0) shifted up by ε² is left of (0,0)→(2,0)
 * assertEquals(orientShifted(0, 0, 2, 0, 1, 0, -1), -1);
 * ```
 */
export function orientShifted(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  s: number,
): number {
  const o = orient(ax, ay, bx, by, cx, cy);
  if (o !== 0) return o;
  // d/dε of (b − a) × (s·ε, s·ε²): −s·(by − ay)·ε first, then s·(bx − ax)·ε².
  if (by !== ay) return by > ay ? -s : s;
  return bx > ax ? s : -s;
}
