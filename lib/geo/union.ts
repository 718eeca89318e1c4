/**
 * The union of polygonal geometries as a real MultiPolygon, with npm `polyclip-ts` (Martinez–
 * Rueda sweep). Slow next to `intersectionArea`; meant for the few places that need the geometry
 * itself, such as joining DeepState's separate, abutting occupied categories.
 *
 * @module
 */
import * as polyclip from "polyclip-ts";
import type { MultiPolygon, Polygon } from "./types.ts";

/**
 * The union of the given geometries (Polygons or MultiPolygons); an empty list gives `[]`.
 *
 * @example
 * ```ts
 * import { union } from "./union.ts";
 * const joined = union([
 *   [[[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]],
 *   [[[[1, 0], [2, 0], [2, 1], [1, 1], [1, 0]]]],
 * ]);
 * joined.length; // 1: one rectangle 0–2 × 0–1
 * ```
 */
export function union(geometries: (Polygon | MultiPolygon)[]): MultiPolygon {
  if (geometries.length === 0) return [];
  const [first, ...rest] = geometries as polyclip.Geom[];
  return polyclip.union(first, ...rest) as MultiPolygon;
}
