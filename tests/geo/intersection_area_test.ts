import { ok, throws } from "node:assert/strict";
import * as polyclip from "polyclip-ts";
import { ellipsoidalArea } from "../../lib/geo/ellipsoidal_area.ts";
import { intersectionArea } from "../../lib/geo/intersection_area.ts";
import { prepare } from "../../lib/geo/prepare.ts";
import type { MultiPolygon, Polygon, Ring } from "../../lib/geo/types.ts";
import { union } from "../../lib/geo/union.ts";
import { assertClose, cellArea, rectangle, reversed } from "./helpers.ts";

const unit = rectangle(30, 48, 32, 50);

Deno.test("intersectionArea: two overlapping squares give the closed-form area of their overlap", () => {
  assertClose(
    intersectionArea(unit, rectangle(31, 49, 33, 51)),
    cellArea(31, 49, 32, 50),
    1e-13,
    "overlap",
  );
});

Deno.test("intersectionArea: a polygon fully inside the other gives its own area", () => {
  const inner = rectangle(30.5, 48.5, 31, 49);
  assertClose(intersectionArea(unit, inner), cellArea(30.5, 48.5, 31, 49), 1e-13, "inside");
  assertClose(intersectionArea(inner, unit), cellArea(30.5, 48.5, 31, 49), 1e-13, "order");
});

Deno.test("intersectionArea: a polygon fully outside gives 0, with or without overlapping bounding boxes", () => {
  ok(intersectionArea(unit, rectangle(34, 48, 35, 50)) === 0, "disjoint boxes");
  // An L-shape whose notch holds the square: boxes overlap, polygons do not.
  const ell: Polygon = [[[30, 48], [34, 48], [34, 49], [31, 49], [31, 52], [30, 52], [30, 48]]];
  ok(intersectionArea(ell, rectangle(32, 50, 33, 51)) === 0, "square in the notch");
});

Deno.test("intersectionArea: a polygon with a hole counts only the part outside the hole", () => {
  const holed: Polygon = [rectangle(30, 48, 34, 52)[0], rectangle(31, 49, 32, 50)[0]];
  const square = rectangle(31.5, 49.5, 33, 51);
  const expected = cellArea(31.5, 49.5, 33, 51) - cellArea(31.5, 49.5, 32, 50);
  assertClose(intersectionArea(holed, square), expected, 1e-12, "straddling the hole");
  ok(intersectionArea(holed, rectangle(31, 49, 32, 50)) < 1e-3, "exactly the hole gives 0");
  ok(intersectionArea(holed, rectangle(31.2, 49.2, 31.8, 49.8)) === 0, "inside the hole");
});

Deno.test("intersectionArea: a MultiPolygon gives the sum over its parts", () => {
  const multi: MultiPolygon = [rectangle(29, 47, 31, 49), rectangle(31.5, 49.5, 33, 51)];
  const expected = cellArea(30, 48, 31, 49) + cellArea(31.5, 49.5, 32, 50);
  assertClose(intersectionArea(multi, unit), expected, 1e-12, "multipolygon");
});

Deno.test("intersectionArea: a shared edge running the same way is kept once (half of a square)", () => {
  const left = rectangle(30, 48, 31, 50); // shares three edges with `unit`, same direction
  assertClose(intersectionArea(unit, left), cellArea(30, 48, 31, 50), 1e-13, "left half");
  assertClose(intersectionArea(left, unit), cellArea(30, 48, 31, 50), 1e-13, "order");
  assertClose(intersectionArea(unit, unit), cellArea(30, 48, 32, 50), 1e-13, "identical");
});

Deno.test("intersectionArea: a shared edge running opposite ways is dropped (adjacent squares give 0)", () => {
  ok(intersectionArea(unit, rectangle(32, 48, 33, 50)) < 1e-3, "side by side");
  ok(intersectionArea(unit, rectangle(32, 49, 33, 49.5)) < 1e-3, "partial shared edge");
});

Deno.test("intersectionArea: a shared vertex only gives 0", () => {
  ok(intersectionArea(unit, rectangle(32, 50, 33, 51)) === 0, "corner to corner");
  const diamond: Polygon = [[[32, 49], [33, 48], [34, 49], [33, 50], [32, 49]]];
  ok(intersectionArea(unit, diamond) < 1e-3, "vertex on an edge from outside");
});

Deno.test("intersectionArea: a collinear partial overlap of edges and a T-junction are handled", () => {
  // Slides along the bottom edge of `unit`, half inside.
  assertClose(
    intersectionArea(unit, rectangle(31, 48, 33, 49)),
    cellArea(31, 48, 32, 49),
    1e-13,
    "sliding",
  );
  // A triangle whose apex touches the top edge from inside.
  const triangle: Polygon = [[[30.5, 48.5], [31.5, 48.5], [31, 50], [30.5, 48.5]]];
  assertClose(intersectionArea(unit, triangle), ellipsoidalArea(triangle), 1e-12, "apex on edge");
});

Deno.test("intersectionArea: a boundary crossing the other exactly at its vertices is counted once", () => {
  // Passes through the right edge of `unit` (lon 32) at two of its own vertices.
  const through: Polygon = [[
    [31, 48.5],
    [32, 48.5],
    [33, 48.5],
    [33, 49.5],
    [32, 49.5],
    [31, 49.5],
    [31, 48.5],
  ]];
  assertClose(intersectionArea(unit, through), cellArea(31, 48.5, 32, 49.5), 1e-13, "through");
  assertClose(intersectionArea(through, unit), cellArea(31, 48.5, 32, 49.5), 1e-13, "order");
  // The same ring as `unit`, starting at another vertex and with an extra vertex mid-edge.
  const same: Polygon = [[[32, 48], [32, 49], [32, 50], [30, 50], [30, 48], [32, 48]]];
  assertClose(intersectionArea(unit, same), cellArea(30, 48, 32, 50), 1e-13, "same ring");
  assertClose(intersectionArea(same, reversed(unit), same), cellArea(30, 48, 32, 50), 1e-13, "3");
});

Deno.test("intersectionArea: the winding of either input does not matter", () => {
  const other: Polygon = [[[31, 47], [33, 48.5], [31.5, 51], [30.5, 49], [31, 47]]];
  const expected = intersectionArea(unit, other);
  for (
    const [a, b] of [[reversed(unit), other], [unit, reversed(other)], [
      reversed(unit),
      reversed(other),
    ]]
  ) {
    assertClose(intersectionArea(a, b), expected, 1e-13, "reversed");
  }
});

Deno.test("intersectionArea: three areas give their common part", () => {
  assertClose(
    intersectionArea(unit, rectangle(31, 47, 33, 49.5), rectangle(29, 48.5, 31.5, 51)),
    cellArea(31, 48.5, 31.5, 49.5),
    1e-12,
    "three squares",
  );
  ok(intersectionArea(unit, rectangle(31, 47, 33, 49.5), rectangle(34, 48, 35, 49)) === 0);
});

Deno.test("intersectionArea: prepared and plain inputs give the same value; one input gives its area", () => {
  const other = rectangle(31, 49, 33, 51);
  ok(intersectionArea(prepare(unit), prepare(other)) === intersectionArea(unit, other));
  assertClose(intersectionArea(prepare(unit)), cellArea(30, 48, 32, 50), 1e-13, "prepared");
  assertClose(intersectionArea(unit), cellArea(30, 48, 32, 50), 1e-13, "plain");
  throws(() => intersectionArea(), RangeError);
  ok(intersectionArea([], unit) === 0, "empty geometry");
});

/** A small deterministic PRNG (mulberry32), so that failures can be reproduced. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

Deno.test("intersectionArea: unions of random grid cells (many shared edges and vertices) match the count of common cells", () => {
  const next = random(7);
  for (let trial = 0; trial < 30; trial++) {
    const size = 6;
    const cellsA = new Set<number>(), cellsB = new Set<number>();
    for (let k = 0; k < size * size; k++) {
      if (next() < 0.5) cellsA.add(k);
      if (next() < 0.5) cellsB.add(k);
    }
    const toGeometry = (cells: Set<number>) =>
      union(
        [...cells].map((k) =>
          rectangle(
            30 + k % size,
            45 + Math.floor(k / size),
            31 + k % size,
            46 + Math.floor(k / size),
          )
        ),
      );
    let expected = 0;
    for (const k of cellsA) {
      if (cellsB.has(k)) {
        expected += cellArea(
          30 + k % size,
          45 + Math.floor(k / size),
          31 + k % size,
          46 + Math.floor(k / size),
        );
      }
    }
    const actual = intersectionArea(toGeometry(cellsA), toGeometry(cellsB));
    assertClose(actual, expected, 1e-12, `trial ${trial}`, 1e-3);
  }
});

Deno.test("intersectionArea: unions of random lattice triangles (shared diagonal edges, three areas) match the sum of common triangles", () => {
  const next = random(11);
  const size = 5;
  // Each unit square of the lattice is cut along a diagonal into two triangles.
  const triangle = (k: number): Polygon => {
    const cell = k >> 1, x = 30 + cell % size, y = 45 + Math.floor(cell / size);
    return k & 1
      ? [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y]]]
      : [[[x, y], [x + 1, y + 1], [x, y + 1], [x, y]]];
  };
  for (let trial = 0; trial < 25; trial++) {
    const sets = [0, 1, 2].map(() => {
      const chosen = new Set<number>();
      for (let k = 0; k < 2 * size * size; k++) if (next() < 0.6) chosen.add(k);
      return chosen;
    });
    const geometries = sets.map((set) => union([...set].map(triangle)));
    const common = (indices: number[]) => {
      let sum = 0;
      for (const k of sets[indices[0]]) {
        if (indices.every((i) => sets[i].has(k))) sum += ellipsoidalArea(triangle(k));
      }
      return sum;
    };
    assertClose(intersectionArea(geometries[0], geometries[1]), common([0, 1]), 1e-12, "two", 1e-3);
    assertClose(intersectionArea(...geometries), common([0, 1, 2]), 1e-12, "three", 1e-3);
  }
});

Deno.test("intersectionArea: random star polygons match polyclip-ts's clipped polygon measured by ellipsoidalArea", () => {
  const next = random(42);
  const star = (cx: number, cy: number, n: number): Polygon => {
    const ring: [number, number][] = [];
    for (let k = 0; k < n; k++) {
      const angle = 2 * Math.PI * (k + 0.8 * next()) / n;
      const radius = 0.2 + 1.8 * next();
      ring.push([cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)]);
    }
    ring.push(ring[0]);
    return [ring];
  };
  for (let trial = 0; trial < 100; trial++) {
    const a = star(31 + next(), 48 + next(), 5 + Math.floor(60 * next()));
    const b = star(31 + next(), 48 + next(), 5 + Math.floor(60 * next()));
    const clipped = polyclip.intersection(a as polyclip.Geom, b as polyclip.Geom) as MultiPolygon;
    assertClose(intersectionArea(a, b), ellipsoidalArea(clipped), 1e-9, `trial ${trial}`, 1e-2);
  }
});

Deno.test("intersectionArea: boundaries sharing most vertices, with some dropped or rounded differently, match polyclip-ts", () => {
  // As DeepState's grey zone drawn against the occupied area: the same line, vertex for vertex,
  // except where one layer skips a vertex or stores it with 6 decimals instead of 7.
  const next = random(2025);
  const round6 = ([x, y]: [number, number]): [number, number] => [
    Number(x.toFixed(6)),
    Number(y.toFixed(6)),
  ];
  for (let trial = 0; trial < 40; trial++) {
    const line: [number, number][] = [];
    for (let k = 0; k <= 200; k++) {
      const x = 37 + 0.02 * Math.sin(k / 3) + 0.01 * next();
      line.push([Number(x.toFixed(7)), Number((47 + k * 0.005 + 0.002 * next()).toFixed(7))]);
    }
    const variant = line.map((p, k) => {
      const roll = next();
      return k === 0 || k === 200 || roll < 0.6 ? p : roll < 0.8 ? round6(p) : undefined;
    }).filter((p): p is [number, number] => p !== undefined);
    const east: Ring = [...line, [37.2, 48], [37.2, 47], line[0]];
    const west: Ring = [
      ...variant.slice().reverse(),
      [36.8, 47],
      [36.8, 48],
      variant[variant.length - 1],
    ];
    const [top, bottom] = [variant[variant.length - 1][1], variant[0][1]];
    const eastToo: Ring = [...variant, [37.1, top], [37.1, bottom], variant[0]];
    for (const [a, b] of [[east, west], [east, eastToo], [west, eastToo]]) {
      const reference = ellipsoidalArea(
        polyclip.intersection([a] as polyclip.Geom, [b] as polyclip.Geom) as MultiPolygon,
      );
      assertClose(intersectionArea([a], [b]), reference, 1e-9, `trial ${trial}`, 0.01);
    }
    const three = ellipsoidalArea(
      polyclip.intersection(
        [east] as polyclip.Geom,
        [west] as polyclip.Geom,
        [eastToo] as polyclip.Geom,
      ) as MultiPolygon,
    );
    assertClose(intersectionArea([east], [west], [eastToo]), three, 1e-9, `trial ${trial}`, 0.01);
  }
});
