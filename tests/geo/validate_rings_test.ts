import { deepStrictEqual as assertEquals, ok as assert, throws } from "node:assert/strict";
import {
  pointInRing,
  ringSelfIntersection,
  validateGeometry,
} from "../../lib/geo/validate_rings.ts";
import type { MultiPolygon, Ring } from "../../lib/geo/types.ts";

const UKRAINE = {
  bounds: [22, 44, 41, 53] as [number, number, number, number],
  name: "Ukraine's box",
};
const square = (x: number, y: number, size: number): Ring => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

/** A ring of n vertices on a circle (no crossing), as DeepState's large rings are. */
function circle(n: number, cx = 35, cy = 48, r = 1): Ring {
  const ring: Ring = [];
  for (let k = 0; k < n; k++) {
    const t = (2 * Math.PI * k) / n;
    ring.push([cx + r * Math.cos(t), cy + r * Math.sin(t)]);
  }
  ring.push(ring[0]);
  return ring;
}

Deno.test("ringSelfIntersection: a bow-tie's crossing edges are found", () => {
  assertEquals(ringSelfIntersection([[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]), [0, 2]);
});

Deno.test("ringSelfIntersection: a valid square, a touch at one vertex and adjacent edges pass", () => {
  assertEquals(ringSelfIntersection(square(0, 0, 1)), undefined);
  // A vertex of the ring lying on another edge (a self-touch) keeps the area well defined.
  const touching: Ring = [[0, 0], [2, 0], [2, 2], [1, 0], [0, 2], [0, 0]];
  assertEquals(ringSelfIntersection(touching), undefined);
});

Deno.test("ringSelfIntersection: two swapped vertices of a large ring are found by the grid", () => {
  const ring = circle(5000);
  assertEquals(ringSelfIntersection(ring), undefined);
  [ring[100], ring[101]] = [ring[101], ring[100]];
  const found = ringSelfIntersection(ring);
  assert(found !== undefined && found[0] >= 98 && found[1] <= 102, `found ${found}`);
});

Deno.test("ringSelfIntersection: edges overlapping along a segment are found", () => {
  const ring: Ring = [[0, 0], [3, 0], [3, 1], [2, 1], [2, 0], [1, 0], [1, -1], [0, -1], [0, 0]];
  assert(ringSelfIntersection(ring) !== undefined);
});

Deno.test("pointInRing: inside, outside and on the ring", () => {
  const ring = square(0, 0, 1);
  assertEquals(
    [pointInRing(0.5, 0.5, ring), pointInRing(2, 0.5, ring), pointInRing(1, 0.5, ring)],
    [
      true,
      false,
      false,
    ],
  );
});

Deno.test("validateGeometry: swapped longitude and latitude name the file, feature, ring and vertex", () => {
  const swapped: MultiPolygon = [[square(48, 37, 0.1)]];
  throws(
    () => validateGeometry(swapped, { file: "d.geojson", where: "feature 0", box: UKRAINE }),
    /^DataError: d\.geojson: feature 0, polygon 0, ring 0, vertex 0: expected a position .* inside Ukraine's box .*swapped coordinates\?\), found \[48, 37\]$/,
  );
});

Deno.test("validateGeometry: a bow-tie names its vertex and both edges", () => {
  const bowTie: MultiPolygon = [[[[30, 48], [31, 49], [31, 48], [30, 49], [30, 48]]]];
  throws(
    () => validateGeometry(bowTie, { file: "d.geojson", where: "feature 0", box: UKRAINE }),
    /feature 0, polygon 0, ring 0, vertex 0: expected a ring without self-intersection, found edge 0-1 .* crosses edge 2-3/,
  );
});

Deno.test("validateGeometry: an unclosed or short ring and a hole outside its shell", () => {
  throws(
    () => validateGeometry([[[[30, 48], [31, 48], [31, 49], [30, 49]]]], { file: "f", where: "w" }),
    /ring 0, vertex 3: expected a closed ring/,
  );
  throws(
    () => validateGeometry([[[[30, 48], [31, 48], [30, 48]]]], { file: "f", where: "w" }),
    /ring 0: expected a linear ring of at least 4 positions, found 3/,
  );
  throws(
    () => validateGeometry([[square(30, 48, 1), square(32, 48, 0.1)]], { file: "f", where: "w" }),
    /polygon 0, ring 1, vertex 0: expected a hole inside its shell \(ring 0\)/,
  );
  validateGeometry([[square(30, 48, 1), square(30.2, 48.2, 0.1)]], { file: "f", where: "w" });
});
