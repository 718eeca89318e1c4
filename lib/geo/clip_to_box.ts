/**
 * Clipping polygonal geometry to a longitude/latitude box, with npm `polyclip-ts` (the same
 * Martinez–Rueda sweep as `union.ts`), so that the result is a valid MultiPolygon: no slivers
 * along the box's edges, holes kept, parts outside the box dropped. Used to keep only the part of
 * a large map (DeepState's occupied area) that a figure of one region shows.
 *
 * @module
 */
import * as polyclip from "polyclip-ts";
import { asMultiPolygon, type MultiPolygon, type Polygon } from "./types.ts";

/**
 * A box in degrees: `[west, south, east, north]` (GeoJSON `bbox` order), west < east.
 *
 * @example
 * ```ts
 * import type { Box } from "./clip_to_box.ts";
 * const donetsk: Box = [36.44, 46.77, 39.19, 49.34];
 * ```
 */
export type Box = [west: number, south: number, east: number, north: number];

/**
 * The bounding box of a geometry's positions; throws on an empty geometry.
 *
 * @example
 * ```ts
 * import { boundingBox } from "./clip_to_box.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(boundingBox([[[0, 0], [2, 0], [2, 1], [0, 0]]]), [0, 0, 2, 1]);
 * ```
 */
export function boundingBox(geometry: Polygon | MultiPolygon): Box {
  let west = Infinity, south = Infinity, east = -Infinity, north = -Infinity;
  for (const polygon of asMultiPolygon(geometry)) {
    for (const ring of polygon) {
      for (const [x, y] of ring) {
        if (x < west) west = x;
        if (x > east) east = x;
        if (y < south) south = y;
        if (y > north) north = y;
      }
    }
  }
  if (west > east) throw new Error("boundingBox: the geometry has no positions");
  return [west, south, east, north];
}

/**
 * A box grown by `margin` degrees on every side.
 *
 * @example
 * ```ts
 * import { growBox } from "./clip_to_box.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(growBox([0, 0, 2, 1], 0.5), [-0.5, -0.5, 2.5, 1.5]);
 * ```
 */
export function growBox([west, south, east, north]: Box, margin: number): Box {
  return [west - margin, south - margin, east + margin, north + margin];
}

function overlaps(a: Box, b: Box): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

function inside(inner: Box, outer: Box): boolean {
  return inner[0] >= outer[0] && inner[2] <= outer[2] && inner[1] >= outer[1] &&
    inner[3] <= outer[3];
}

/**
 * The part of a geometry inside `box`, as a MultiPolygon (`[]` when nothing is inside).
 * Polygons wholly inside the box are kept as they are and those wholly outside are dropped
 * without the (slow) sweep; only the polygons crossing the box's edge are intersected.
 *
 * @example
 * ```ts
 * import { clipToBox } from "./clip_to_box.ts";
 * const clipped = clipToBox([[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]]], [1, 1, 2, 2]);
 * clipped.length; // 1: the square 1–2 × 1–2
 * ```
 */
export function clipToBox(geometry: Polygon | MultiPolygon, box: Box): MultiPolygon {
  const [west, south, east, north] = box;
  if (!(west < east && south < north)) {
    throw new Error(`clipToBox: expected west < east and south < north, found [${box}]`);
  }
  const kept: MultiPolygon = [];
  const crossing: Polygon[] = [];
  for (const polygon of asMultiPolygon(geometry)) {
    if (polygon.length === 0 || polygon[0].length === 0) continue;
    const extent = boundingBox([polygon[0]]);
    if (inside(extent, box)) kept.push(polygon);
    else if (overlaps(extent, box)) crossing.push(polygon);
  }
  if (crossing.length === 0) return kept;
  const window: Polygon = [[[west, south], [east, south], [east, north], [west, north], [
    west,
    south,
  ]]];
  const clipped = polyclip.intersection(crossing as polyclip.Geom, window as polyclip.Geom);
  return [...kept, ...(clipped as MultiPolygon)];
}
