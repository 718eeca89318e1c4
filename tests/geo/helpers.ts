/**
 * Shared helpers of the geometry tests: closeness checks, the closed-form area of a lon/lat cell,
 * and where the shared raw data live.
 *
 * @module
 */
import { ok } from "node:assert/strict";
import { DataError } from "../../lib/io/data_error.ts";
import { authalicQ, HALF_A2_PER_DEGREE } from "../../lib/geo/wgs84.ts";
import type { Polygon } from "../../lib/geo/types.ts";

/**
 * Fails unless |actual − expected| ≤ relative · |expected| (or ≤ absolute when given).
 *
 * @example
 * ```ts
 * import { assertClose } from "./helpers.ts";
 * assertClose(100.01, 100, 1e-3, "sum");
 * ```
 */
export function assertClose(
  actual: number,
  expected: number,
  relative: number,
  what: string,
  absolute = 0,
): void {
  const tolerance = Math.max(relative * Math.abs(expected), absolute);
  ok(
    Math.abs(actual - expected) <= tolerance,
    `${what}: ${actual} differs from ${expected} by ${
      Math.abs(actual - expected)
    } (> ${tolerance})`,
  );
}

/**
 * The closed-form WGS84 area (m²) of the cell between two meridians and two parallels:
 * (a²/2)·Δλ·(q(φ2) − q(φ1)).
 *
 * @example
 * ```ts
 * import { cellArea } from "./helpers.ts";
 * cellArea(30, 48, 31, 49); // ≈ 8.2e9
 * ```
 */
export function cellArea(lon0: number, lat0: number, lon1: number, lat1: number): number {
  return HALF_A2_PER_DEGREE * Math.abs(lon1 - lon0) * Math.abs(authalicQ(lat1) - authalicQ(lat0));
}

/**
 * A lon/lat rectangle as a Polygon with a counter-clockwise outer ring.
 *
 * @example
 * ```ts
 * import { rectangle } from "./helpers.ts";
 * rectangle(30, 48, 31, 49)[0].length; // 5
 * ```
 */
export function rectangle(lon0: number, lat0: number, lon1: number, lat1: number): Polygon {
  return [[[lon0, lat0], [lon1, lat0], [lon1, lat1], [lon0, lat1], [lon0, lat0]]];
}

/**
 * The same polygon with every ring reversed.
 *
 * @example
 * ```ts
 * import { rectangle, reversed } from "./helpers.ts";
 * reversed(rectangle(0, 0, 1, 1))[0][1]; // [0, 1]
 * ```
 */
export function reversed(polygon: Polygon): Polygon {
  return polygon.map((ring) => ring.slice().reverse());
}

/**
 * Fails unless `run` throws (or rejects with) a DataError whose message contains every part.
 *
 * @example
 * ```ts
 * import { DataError } from "../../lib/io/data_error.ts";
 * import { assertDataError } from "./helpers.ts";
 * await assertDataError(() => { throw new DataError("f", "w", "x"); }, ["f: w"]);
 * ```
 */
export async function assertDataError(run: () => unknown, parts: string[]): Promise<void> {
  let error: unknown;
  try {
    await run();
  } catch (caught) {
    error = caught;
  }
  ok(error instanceof DataError, `expected a DataError, got ${error}`);
  for (const part of parts) {
    ok(error.message.includes(part), `'${error.message}' should mention '${part}'`);
  }
}

/** The shared raw data folder (../shared/data/raw from the repository root). */
export const RAW = new URL("../../../shared/data/raw/", import.meta.url).pathname;
/** This module's fixtures folder. */
export const FIXTURES = new URL("../fixtures/geo/", import.meta.url).pathname;

/**
 * Whether a path exists (false without read permission too).
 *
 * @example
 * ```ts
 * import { exists } from "./helpers.ts";
 * exists("/nonexistent"); // false
 * ```
 */
export function exists(path: string): boolean {
  try {
    Deno.statSync(path);
    return true;
  } catch {
    return false;
  }
}
