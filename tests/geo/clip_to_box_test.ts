import { deepStrictEqual as assertEquals, throws } from "node:assert/strict";
import { boundingBox, clipToBox, growBox } from "../../lib/geo/clip_to_box.ts";
import { ellipsoidalArea } from "../../lib/geo/ellipsoidal_area.ts";
import type { MultiPolygon, Ring } from "../../lib/geo/types.ts";
import { assertClose } from "./helpers.ts";

const rect = (x0: number, y0: number, x1: number, y1: number): Ring => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
];

Deno.test("clipToBox: a polygon crossing the box keeps only its part inside", () => {
  const clipped = clipToBox([rect(0, 0, 4, 4)], [1, 1, 2, 3]);
  assertEquals(clipped.length, 1);
  assertEquals(boundingBox(clipped), [1, 1, 2, 3]);
  assertClose(ellipsoidalArea(clipped), ellipsoidalArea([rect(1, 1, 2, 3)]), 1e-9, "area");
});

Deno.test("clipToBox: polygons wholly inside are kept as they are, wholly outside dropped", () => {
  const inside = [rect(1.2, 1.2, 1.4, 1.4)];
  const clipped = clipToBox([inside, [rect(5, 5, 6, 6)]], [1, 1, 2, 2]);
  assertEquals(clipped, [inside]);
  assertEquals(clipToBox([[rect(5, 5, 6, 6)]], [1, 1, 2, 2]), []);
});

Deno.test("clipToBox: a hole inside the box is kept, its area subtracted", () => {
  const withHole: MultiPolygon = [[rect(0, 0, 4, 4), rect(1.25, 1.25, 1.75, 1.75).reverse()]];
  const clipped = clipToBox(withHole, [1, 1, 2, 2]);
  assertEquals(clipped.length, 1);
  assertEquals(clipped[0].length, 2, "outer ring and hole");
  const expected = ellipsoidalArea([rect(1, 1, 2, 2)]) -
    ellipsoidalArea([rect(1.25, 1.25, 1.75, 1.75)]);
  assertClose(ellipsoidalArea(clipped), expected, 1e-9, "area without the hole");
});

Deno.test("clipToBox: a U shape crossing the box twice gives two parts, no sliver along the edge", () => {
  // A U open to the north: its two arms enter the box [0, 2, 3, 3]; the base lies south of it.
  const u: Ring = [[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]];
  const clipped = clipToBox([u], [0, 2, 3, 3]);
  assertEquals(clipped.length, 2);
  assertEquals(clipped.map((p) => boundingBox(p)).sort((a, b) => a[0] - b[0]), [
    [0, 2, 1, 3],
    [2, 2, 3, 3],
  ]);
});

Deno.test("clipToBox: an empty box (west ≥ east) throws", () => {
  throws(() => clipToBox([rect(0, 0, 1, 1)], [2, 0, 1, 1]), /west < east/);
});

Deno.test("boundingBox and growBox: extent of every position, grown on every side", () => {
  assertEquals(boundingBox([[rect(0, 0, 1, 2)], [rect(-3, 1, -2, 5)]]), [-3, 0, 1, 5]);
  assertEquals(growBox([0, 0, 1, 1], 0.5), [-0.5, -0.5, 1.5, 1.5]);
  throws(() => boundingBox([]), /no positions/);
});
