/**
 * Geodesic area on the WGS84 ellipsoid of polygons whose edges are straight in longitude/latitude
 * (RFC 7946), by Green's theorem on the authalic function q(φ) (see `wgs84.ts`).
 *
 * @module
 */
import { asMultiPolygon, type MultiPolygon, type Polygon, type Ring } from "./types.ts";
import { authalicQ, edgeIntegral, HALF_A2_PER_DEGREE } from "./wgs84.ts";

/**
 * Signed ∮ q dλ of one ring (λ in degrees): negative for a counter-clockwise ring. The ring may
 * be closed (last = first) or not; the closing edge is implied. Sums with Neumaier compensation.
 *
 * @example
 * ```ts
 * import { ringIntegral } from "./ellipsoidal_area.ts";
 * ringIntegral([[30, 48], [31, 48], [31, 49], [30, 49], [30, 48]]) < 0; // true (counter-clockwise)
 * ```
 */
export function ringIntegral(ring: Ring): number {
  const n = ring.length;
  if (n < 3) return 0;
  const qRef = authalicQ(ring[0][1]);
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < n; i++) {
    const a = ring[i];
    const b = ring[i + 1 === n ? 0 : i + 1];
    const term = edgeIntegral(a[0], a[1], b[0], b[1], qRef);
    const t = sum + term;
    compensation += Math.abs(sum) >= Math.abs(term) ? (sum - t) + term : (term - t) + sum;
    sum = t;
  }
  return sum + compensation;
}

/**
 * The area in m² on the WGS84 ellipsoid of a Polygon or MultiPolygon (coordinates in degrees,
 * edges straight in lon/lat). Outer rings add and holes subtract, whatever their winding.
 * Rings must not enclose a pole or cross the antimeridian.
 *
 * @example
 * ```ts
 * import { ellipsoidalArea } from "./ellipsoidal_area.ts";
 * const m2 = ellipsoidalArea([[[30, 48], [31, 48], [31, 49], [30, 49], [30, 48]]]);
 * // ≈ 8.25e9 m² (8,250 km²)
 * ```
 */
export function ellipsoidalArea(geometry: Polygon | MultiPolygon): number {
  let total = 0;
  for (const polygon of asMultiPolygon(geometry)) {
    polygon.forEach((ring, index) => {
      const area = Math.abs(ringIntegral(ring)) * HALF_A2_PER_DEGREE;
      total += index === 0 ? area : -area;
    });
  }
  return total;
}
