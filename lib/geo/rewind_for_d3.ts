/**
 * d3-geo (and so Observable Plot's geo mark) treats a ring's winding the other way round from
 * GeoJSON: it wants outer rings clockwise and holes counter-clockwise (in lon/lat), or it fills
 * the rest of the globe.
 *
 * @module
 */
import { asMultiPolygon, type MultiPolygon, type Polygon, type Ring } from "./types.ts";

function planarSignedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const a = ring[i], b = ring[(i + 1) % n];
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum;
}

/**
 * A copy of the geometry with outer rings clockwise and holes counter-clockwise in lon/lat, as
 * d3-geo expects, whatever the input winding. Returns a MultiPolygon.
 *
 * @example
 * ```ts
 * import { rewindForD3 } from "./rewind_for_d3.ts";
 * const d3Ready = rewindForD3([[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]);
 * // d3Ready[0][0] runs [0,0] → [0,1] → [1,1] → [1,0] → [0,0]
 * const feature = { type: "Feature", properties: {}, geometry: { type: "MultiPolygon", coordinates: d3Ready } };
 * ```
 */
export function rewindForD3(geometry: Polygon | MultiPolygon): MultiPolygon {
  return asMultiPolygon(geometry).map((polygon) =>
    polygon.map((ring, index) => {
      const counterClockwise = planarSignedArea(ring) > 0;
      const wantCounterClockwise = index > 0;
      return counterClockwise === wantCounterClockwise
        ? ring.map((p) => [p[0], p[1]])
        : ring.slice().reverse().map((p) => [p[0], p[1]]);
    })
  );
}
