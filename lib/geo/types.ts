/**
 * Geometry types of `lib/geo`: plain GeoJSON coordinate arrays (RFC 7946), longitude then latitude
 * in degrees. Edges are straight lines in longitude/latitude, as RFC 7946 says.
 *
 * @module
 */

/**
 * A position: `[longitude, latitude]` in degrees (WGS84).
 *
 * @example
 * ```ts
 * import type { Position } from "./types.ts";
 * const kyiv: Position = [30.52, 50.45];
 * ```
 */
export type Position = [number, number];

/**
 * A closed linear ring: at least 4 positions, the last equal to the first.
 *
 * @example
 * ```ts
 * import type { Ring } from "./types.ts";
 * const cell: Ring = [[30, 50], [31, 50], [31, 51], [30, 51], [30, 50]];
 * ```
 */
export type Ring = Position[];

/**
 * A polygon: the outer ring, then any holes (GeoJSON `Polygon` coordinates).
 *
 * @example
 * ```ts
 * import type { Polygon } from "./types.ts";
 * const square: Polygon = [[[30, 50], [31, 50], [31, 51], [30, 51], [30, 50]]];
 * ```
 */
export type Polygon = Ring[];

/**
 * Several polygons (GeoJSON `MultiPolygon` coordinates).
 *
 * @example
 * ```ts
 * import type { MultiPolygon } from "./types.ts";
 * const two: MultiPolygon = [
 *   [[[30, 50], [31, 50], [31, 51], [30, 51], [30, 50]]],
 *   [[[32, 50], [33, 50], [33, 51], [32, 51], [32, 50]]],
 * ];
 * ```
 */
export type MultiPolygon = Polygon[];

/**
 * Whether coordinates are a {@link MultiPolygon} (nesting depth 4) rather than a
 * {@link Polygon} (depth 3). An empty array counts as an empty MultiPolygon.
 *
 * @example
 * ```ts
 * import { isMultiPolygon } from "./types.ts";
 * isMultiPolygon([[[[0, 0], [1, 0], [1, 1], [0, 0]]]]); // true
 * isMultiPolygon([[[0, 0], [1, 0], [1, 1], [0, 0]]]); // false
 * ```
 */
export function isMultiPolygon(geometry: Polygon | MultiPolygon): geometry is MultiPolygon {
  if (geometry.length === 0) return true;
  const first = geometry[0];
  if (first.length === 0) return true;
  return Array.isArray((first as unknown[][])[0][0]);
}

/**
 * Any polygonal geometry as a {@link MultiPolygon} (a Polygon is wrapped, not copied).
 *
 * @example
 * ```ts
 * import { asMultiPolygon } from "./types.ts";
 * asMultiPolygon([[[0, 0], [1, 0], [1, 1], [0, 0]]]).length; // 1
 * ```
 */
export function asMultiPolygon(geometry: Polygon | MultiPolygon): MultiPolygon {
  return isMultiPolygon(geometry) ? geometry : [geometry];
}

/**
 * A feature whose geometry has been read and checked as a {@link MultiPolygon}.
 *
 * @example
 * ```ts
 * import type { PolygonFeature } from "./types.ts";
 * const unit: PolygonFeature = {
 *   properties: { ADM1_PCODE: "UA14" },
 *   geometry: [[[[37, 47], [38, 47], [38, 48], [37, 47]]]],
 * };
 * ```
 */
export interface PolygonFeature {
  properties: Record<string, unknown>;
  geometry: MultiPolygon;
  /** The feature's `id`, if it has one (TopoJSON country codes, for instance). */
  id?: string | number;
}
