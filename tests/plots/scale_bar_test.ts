import { ok as assert } from "node:assert/strict";
import geographiclib from "geographiclib-geodesic";
import { kmPerDegreeLongitude, scaleBarMarks } from "../../lib/plots/scale_bar.ts";

Deno.test("kmPerDegreeLongitude: agrees with GeographicLib's WGS84 geodesics along parallels", () => {
  // 111.3195 km at the equator (a·π/180); a sphere of mean radius would give 111.19 there.
  assert(Math.abs(kmPerDegreeLongitude(0) - 111.31949) < 1e-4);
  for (const latitude of [39.8, 48, 60]) {
    // Over 0.01° the geodesic and the parallel differ by far less than the tolerance.
    const metres = geographiclib.Geodesic.WGS84.Inverse(latitude, 0, latitude, 0.01).s12 as number;
    const expected = metres / 0.01 / 1000;
    const found = kmPerDegreeLongitude(latitude);
    assert(Math.abs(found - expected) < 1e-4, `${latitude}°: ${found} against ${expected}`);
  }
  assert(Math.abs(kmPerDegreeLongitude(90)) < 1e-9);
});

Deno.test("scaleBarMarks: a halo, the bar and its label", () => {
  assert(scaleBarMarks([37, 47], 50).length === 3);
});
