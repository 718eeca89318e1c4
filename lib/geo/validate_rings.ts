/**
 * Geometry validation before any area is computed: every coordinate inside a stated plausible box
 * (a feature with longitude and latitude swapped lands far outside it), and every ring valid:
 * closed, at least four positions, no two edges crossing or overlapping, every hole inside its
 * shell. The area integral of `ellipsoidal_area.ts` counts a bow-tie's two lobes with opposite
 * signs, so an invalid ring would otherwise become a silently wrong number.
 *
 * Self-intersection is found with a uniform grid over the ring's bounding box (each edge is put in
 * the cells its bounding box covers; only edges sharing a cell are compared) and the exact
 * orientation test of `orient.ts`, so a ring of n edges costs about O(n). Rings may touch
 * themselves at a single point (a vertex on another edge): the area stays well defined.
 *
 * @module
 */
import { DataError } from "../io/data_error.ts";
import type { Box } from "./clip_to_box.ts";
import { orient } from "./orient.ts";
import type { MultiPolygon, Ring } from "./types.ts";

/** What {@link validateGeometry} checks against and how it names a failure. */
export interface GeometryCheck {
  /** The file, for the error. */
  file: string;
  /** The feature, for the error (e.g. `feature 3`). */
  where: string;
  /** The plausible box `[west, south, east, north]` of the source, and its name in words. */
  box?: { bounds: Box; name: string };
}

/** `orient`, with the exactly collinear case of axis-parallel edges decided without the slow
 * exact arithmetic (a float difference is 0 only when both operands are equal). */
function orientFast(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
): number {
  if ((bx === ax || cy === ay) && (by === ay || cx === ax)) return 0;
  return orient(ax, ay, bx, by, cx, cy);
}

function position(ring: Ring, k: number): string {
  return `[${ring[k][0]}, ${ring[k][1]}]`;
}

/**
 * The first pair of edges `[i, j]` (edge i runs from vertex i to i + 1) of a closed ring that
 * cross or overlap along a segment, or `undefined` when there is none. Adjacent edges only share
 * their common vertex and are not compared.
 *
 * @example
 * ```ts
 * import { ringSelfIntersection } from "./validate_rings.ts";
 * // A bow-tie: the edges 0 (0,0)→(1,1) and 2 (1,0)→(0,1) cross at (0.5, 0.5).
 * ringSelfIntersection([[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]); // [0, 2]
 * ```
 */
export function ringSelfIntersection(ring: Ring): [number, number] | undefined {
  const n = ring.length - 1;
  if (n < 4) return undefined; // a triangle cannot cross itself
  const xs = new Float64Array(n + 1), ys = new Float64Array(n + 1);
  let west = Infinity, east = -Infinity, south = Infinity, north = -Infinity;
  for (let k = 0; k <= n; k++) {
    const x = ring[k][0], y = ring[k][1];
    xs[k] = x;
    ys[k] = y;
    if (x < west) west = x;
    if (x > east) east = x;
    if (y < south) south = y;
    if (y > north) north = y;
  }
  const test = (i: number, j: number): boolean => {
    // Adjacent edges (the first and the last are adjacent too) share a vertex only.
    if (j === i + 1 || (i === 0 && j === n - 1) || i === j) return false;
    const ax = xs[i], ay = ys[i], bx = xs[i + 1], by = ys[i + 1];
    const cx = xs[j], cy = ys[j], dx = xs[j + 1], dy = ys[j + 1];
    if (
      Math.max(ax, bx) < Math.min(cx, dx) || Math.max(cx, dx) < Math.min(ax, bx) ||
      Math.max(ay, by) < Math.min(cy, dy) || Math.max(cy, dy) < Math.min(ay, by)
    ) return false;
    const o1 = orientFast(ax, ay, bx, by, cx, cy), o2 = orientFast(ax, ay, bx, by, dx, dy);
    if (o1 !== 0 && o1 === o2) return false;
    const o3 = orientFast(cx, cy, dx, dy, ax, ay), o4 = orientFast(cx, cy, dx, dy, bx, by);
    if (o1 * o2 < 0 && o3 * o4 < 0) return true; // a proper crossing
    if (o1 === 0 && o2 === 0) return collinearOverlap(ax, ay, bx, by, cx, cy, dx, dy);
    return false; // a touch at one point
  };
  if (n <= 32) {
    for (let i = 0; i < n; i++) for (let j = i + 2; j < n; j++) if (test(i, j)) return [i, j];
    return undefined;
  }
  // A grid of about n cells over the bounding box.
  const side = Math.max(1, Math.ceil(Math.sqrt(n)));
  const width = (east - west) / side || 1, height = (north - south) / side || 1;
  const cellX = (x: number) => Math.min(side - 1, Math.floor((x - west) / width));
  const cellY = (y: number) => Math.min(side - 1, Math.floor((y - south) / height));
  const counts = new Int32Array(side * side + 1);
  const ranges = new Int32Array(4 * n);
  for (let i = 0; i < n; i++) {
    const x0 = cellX(Math.min(xs[i], xs[i + 1])), x1 = cellX(Math.max(xs[i], xs[i + 1]));
    const y0 = cellY(Math.min(ys[i], ys[i + 1])), y1 = cellY(Math.max(ys[i], ys[i + 1]));
    ranges[4 * i] = x0;
    ranges[4 * i + 1] = x1;
    ranges[4 * i + 2] = y0;
    ranges[4 * i + 3] = y1;
    for (let cy = y0; cy <= y1; cy++) for (let cx = x0; cx <= x1; cx++) counts[cy * side + cx]++;
  }
  const starts = new Int32Array(side * side + 1);
  for (let c = 0; c < side * side; c++) starts[c + 1] = starts[c] + counts[c];
  const edges = new Int32Array(starts[side * side]);
  const fill = starts.slice(0, side * side);
  for (let i = 0; i < n; i++) {
    for (let cy = ranges[4 * i + 2]; cy <= ranges[4 * i + 3]; cy++) {
      for (let cx = ranges[4 * i]; cx <= ranges[4 * i + 1]; cx++) edges[fill[cy * side + cx]++] = i;
    }
  }
  // Each edge's box, then in each cell a sweep along x: only edges whose boxes overlap are tested.
  const minX = new Float64Array(n), maxX = new Float64Array(n);
  const minY = new Float64Array(n), maxY = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    minX[i] = Math.min(xs[i], xs[i + 1]);
    maxX[i] = Math.max(xs[i], xs[i + 1]);
    minY[i] = Math.min(ys[i], ys[i + 1]);
    maxY[i] = Math.max(ys[i], ys[i + 1]);
  }
  let found: [number, number] | undefined;
  for (let c = 0; c < side * side; c++) {
    const from = starts[c], to = starts[c + 1];
    if (to - from < 2) continue;
    const cell = edges.subarray(from, to);
    // Insertion sort by minX for the usual few edges (no comparator calls); sort() for many.
    if (cell.length > 32) cell.sort((a, b) => minX[a] - minX[b]);
    else {for (let a = 1; a < cell.length; a++) {
        const e = cell[a], key = minX[e];
        let b = a - 1;
        while (b >= 0 && minX[cell[b]] > key) {
          cell[b + 1] = cell[b];
          b--;
        }
        cell[b + 1] = e;
      }}
    for (let a = 0; a < cell.length; a++) {
      const ea = cell[a], right = maxX[ea], low = minY[ea], high = maxY[ea];
      for (let b = a + 1; b < cell.length; b++) {
        const eb = cell[b];
        if (minX[eb] > right) break;
        if (minY[eb] > high || maxY[eb] < low) continue;
        const i = ea < eb ? ea : eb, j = ea < eb ? eb : ea;
        if (
          test(i, j) && (found === undefined || i < found[0] || (i === found[0] && j < found[1]))
        ) {
          found = [i, j];
        }
      }
    }
  }
  return found;
}

function collinearOverlap(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
): boolean {
  // On one line: compare along the axis where the first segment is longer.
  const useX = Math.abs(bx - ax) >= Math.abs(by - ay);
  const [p0, p1] = useX
    ? [Math.min(ax, bx), Math.max(ax, bx)]
    : [Math.min(ay, by), Math.max(ay, by)];
  const [q0, q1] = useX
    ? [Math.min(cx, dx), Math.max(cx, dx)]
    : [Math.min(cy, dy), Math.max(cy, dy)];
  return Math.min(p1, q1) > Math.max(p0, q0);
}

/**
 * Whether a point lies strictly inside a closed ring (even-odd rule); points on the ring count
 * as outside.
 *
 * @example
 * ```ts
 * import { pointInRing } from "./validate_rings.ts";
 * pointInRing(0.5, 0.5, [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]); // true
 * ```
 */
export function pointInRing(x: number, y: number, ring: Ring): boolean {
  let inside = false;
  for (let k = 0; k + 1 < ring.length; k++) {
    const [ax, ay] = ring[k], [bx, by] = ring[k + 1];
    if ((ay > y) === (by > y)) {
      if (ay === y && by === y && Math.min(ax, bx) <= x && x <= Math.max(ax, bx)) return false;
      continue;
    }
    const side = orient(ax, ay, bx, by, x, y);
    if (side === 0) return false;
    if ((side > 0) === (by > ay)) inside = !inside;
  }
  return inside;
}

function checkRing(ring: Ring, file: string, where: string): void {
  if (ring.length < 4) {
    throw new DataError(file, where, "a linear ring of at least 4 positions", `${ring.length}`);
  }
  const last = ring.length - 1;
  if (ring[0][0] !== ring[last][0] || ring[0][1] !== ring[last][1]) {
    throw new DataError(
      file,
      `${where}, vertex ${last}`,
      "a closed ring (last position equal to the first)",
      `${position(ring, 0)} … ${position(ring, last)}`,
    );
  }
  const crossing = ringSelfIntersection(ring);
  if (crossing) {
    const [i, j] = crossing;
    throw new DataError(
      file,
      `${where}, vertex ${i}`,
      "a ring without self-intersection",
      `edge ${i}-${i + 1} ${position(ring, i)}→${position(ring, i + 1)} crosses edge ${j}-${
        j + 1
      } ${position(ring, j)}→${position(ring, j + 1)}`,
    );
  }
}

/**
 * Checks a MultiPolygon before its area is computed, and throws a {@link DataError} naming the
 * file, the feature, the polygon, the ring and the vertex at the first failure: a coordinate
 * outside `check.box`, a ring not closed or shorter than 4 positions, two edges of a ring that
 * cross or overlap, or a hole with a vertex outside its shell.
 *
 * @example
 * ```ts
 * import { validateGeometry } from "./validate_rings.ts";
 * validateGeometry([[[[30, 48], [31, 48], [31, 49], [30, 48]]]], {
 *   file: "a.geojson",
 *   where: "feature 0",
 *   box: { bounds: [22, 44, 41, 53], name: "Ukraine's box" },
 * }); // passes; [[48, 30], ...] would throw "expected a position inside Ukraine's box"
 * ```
 */
export function validateGeometry(geometry: MultiPolygon, check: GeometryCheck): void {
  const { file, where } = check;
  geometry.forEach((polygon, p) => {
    polygon.forEach((ring, r) => {
      const at = `${where}, polygon ${p}, ring ${r}`;
      if (check.box) {
        const [west, south, east, north] = check.box.bounds;
        for (let k = 0; k < ring.length; k++) {
          const [x, y] = ring[k];
          if (!(x >= west && x <= east && y >= south && y <= north)) {
            throw new DataError(
              file,
              `${at}, vertex ${k}`,
              `a position [longitude, latitude] inside ${check.box.name} (longitude ${west} to ${east}, latitude ${south} to ${north}; swapped coordinates?)`,
              position(ring, k),
            );
          }
        }
      }
      checkRing(ring, file, at);
    });
    for (let r = 1; r < polygon.length; r++) {
      const hole = polygon[r];
      // One vertex strictly inside or outside decides (holes may touch the shell at points).
      let decided = false;
      for (let k = 0; k + 1 < hole.length && !decided; k++) {
        const [x, y] = hole[k];
        if (pointInRing(x, y, polygon[0])) decided = true;
        else if (!onRing(x, y, polygon[0])) {
          throw new DataError(
            file,
            `${where}, polygon ${p}, ring ${r}, vertex ${k}`,
            `a hole inside its shell (ring 0)`,
            `${position(hole, k)} outside it`,
          );
        }
      }
    }
  });
}

function onRing(x: number, y: number, ring: Ring): boolean {
  for (let k = 0; k + 1 < ring.length; k++) {
    const [ax, ay] = ring[k], [bx, by] = ring[k + 1];
    if (
      x >= Math.min(ax, bx) && x <= Math.max(ax, bx) && y >= Math.min(ay, by) &&
      y <= Math.max(ay, by) && orient(ax, ay, bx, by, x, y) === 0
    ) return true;
  }
  return false;
}
