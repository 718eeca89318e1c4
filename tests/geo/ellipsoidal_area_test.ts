import { ok } from "node:assert/strict";
import geographiclib from "geographiclib-geodesic";
import { ellipsoidalArea, ringIntegral } from "../../lib/geo/ellipsoidal_area.ts";
import { authalicQ, edgeIntegral, meanQ, WGS84_A, WGS84_F } from "../../lib/geo/wgs84.ts";
import type { MultiPolygon, Polygon } from "../../lib/geo/types.ts";
import { assertClose, cellArea, rectangle, reversed } from "./helpers.ts";

/** ∫∫ of the WGS84 area element a²(1−e²)cosφ/(1−e²sin²φ)² dφ dλ by composite Simpson. */
function areaElementIntegral(lon0: number, lat0: number, lon1: number, lat1: number): number {
  const e2 = WGS84_F * (2 - WGS84_F);
  const f = (phi: number) =>
    WGS84_A * WGS84_A * (1 - e2) * Math.cos(phi) / (1 - e2 * Math.sin(phi) ** 2) ** 2;
  const n = 2000;
  const a = lat0 * Math.PI / 180, b = lat1 * Math.PI / 180, h = (b - a) / n;
  let sum = f(a) + f(b);
  for (let k = 1; k < n; k++) sum += f(a + k * h) * (k % 2 ? 4 : 2);
  return sum * h / 3 * (lon1 - lon0) * Math.PI / 180;
}

Deno.test("ellipsoidalArea: a 1°×1° cell equals the integral of the WGS84 area element at latitudes from −60° to 75°", () => {
  for (const lat of [-60, -30, -0.5, 0, 30, 44, 48, 52, 75]) {
    const exact = areaElementIntegral(30, lat, 31, lat + 1);
    assertClose(ellipsoidalArea(rectangle(30, lat, 31, lat + 1)), exact, 1e-12, `cell at ${lat}°`);
    assertClose(cellArea(30, lat, 31, lat + 1), exact, 1e-12, `closed form at ${lat}°`);
  }
});

Deno.test("ellipsoidalArea: the northern hemisphere equals GeographicLib's equator polygon (half of 510,065,621.7 km²)", () => {
  const polygon = geographiclib.Geodesic.WGS84.Polygon(false);
  for (const lon of [0, 90, 180, 270]) polygon.AddPoint(0, lon);
  const reference = Math.abs(polygon.Compute(false, true).area ?? NaN);
  assertClose(ellipsoidalArea(rectangle(-180, 0, 180, 90)), reference, 1e-12, "hemisphere");
  assertClose(
    ellipsoidalArea(rectangle(-180, -90, 180, 90)) / 1e6,
    510065621.724,
    1e-11,
    "ellipsoid",
  );
});

Deno.test("ellipsoidalArea: a diagonal-edged polygon agrees with the area-element integral of its exact shape", () => {
  // A triangle with a sloping edge: lat runs linearly with lon, so the area between the parallel
  // 48° and the edge is ∫ over lon of the zone 48° .. φ(λ).
  const triangle: Polygon = [[[30, 48], [34, 48], [30, 52], [30, 48]]];
  let expected = 0;
  const steps = 400;
  for (let k = 0; k < steps; k++) {
    const lonA = 30 + 4 * k / steps, lonB = 30 + 4 * (k + 1) / steps;
    const lonMid = (lonA + lonB) / 2;
    expected += areaElementIntegral(lonA, 48, lonB, 52 - (lonMid - 30));
  }
  // The strip sum is a midpoint rule in longitude: error O(Δλ²) ≈ 1e-6 relative.
  assertClose(ellipsoidalArea(triangle), expected, 1e-5, "triangle");
});

Deno.test("ellipsoidalArea: reversing every ring leaves the area unchanged", () => {
  const polygon: Polygon = [[[30, 48], [33, 47.5], [34, 50], [31, 51], [30, 48]]];
  assertClose(ellipsoidalArea(reversed(polygon)), ellipsoidalArea(polygon), 1e-14, "reversed");
});

Deno.test("ellipsoidalArea: a hole subtracts whatever the winding of its rings", () => {
  const outer = rectangle(30, 48, 34, 52)[0];
  const hole = rectangle(31, 49, 32, 50)[0];
  const expected = cellArea(30, 48, 34, 52) - cellArea(31, 49, 32, 50);
  for (
    const [o, h] of [[outer, hole], [outer, hole.slice().reverse()], [
      outer.slice().reverse(),
      hole,
    ]]
  ) {
    assertClose(ellipsoidalArea([o, h]), expected, 1e-13, "polygon with a hole");
  }
});

Deno.test("ellipsoidalArea: a MultiPolygon is the sum of its polygons", () => {
  const multi: MultiPolygon = [rectangle(30, 48, 31, 49), rectangle(35, 44, 37, 45)];
  assertClose(
    ellipsoidalArea(multi),
    cellArea(30, 48, 31, 49) + cellArea(35, 44, 37, 45),
    1e-13,
    "multipolygon",
  );
});

Deno.test("ellipsoidalArea: an unclosed ring is closed implicitly and a degenerate ring has no area", () => {
  const open = rectangle(30, 48, 31, 49)[0].slice(0, 4);
  assertClose(ellipsoidalArea([open]), cellArea(30, 48, 31, 49), 1e-13, "unclosed");
  ok(ellipsoidalArea([[[30, 48], [31, 49], [30, 48]]]) === 0);
  ok(ringIntegral([]) === 0);
});

Deno.test("meanQ and edgeIntegral: Gauss–Legendre matches a fine Simpson integral of q on a 5° edge", () => {
  const n = 1000;
  let sum = authalicQ(44) + authalicQ(49);
  for (let k = 1; k < n; k++) sum += authalicQ(44 + 5 * k / n) * (k % 2 ? 4 : 2);
  const simpson = sum / (3 * n);
  assertClose(meanQ(44, 49), simpson, 1e-10, "mean of q");
  assertClose(edgeIntegral(30, 44, 32, 49, 0), 2 * simpson, 1e-10, "edge integral");
  ok(edgeIntegral(30, 44, 30, 49, 0) === 0, "a meridian edge contributes nothing");
});
