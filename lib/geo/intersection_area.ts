/**
 * The area (m², WGS84) of the intersection of polygonal areas, by boundary integration: the
 * boundary of A∩B is the pieces of ∂A inside B plus the pieces of ∂B inside A, and Green's theorem
 * turns the area into a sum of ∫ q(φ) dλ over those pieces. No clipped polygon is built.
 *
 * Degenerate contacts (a vertex on the other boundary, shared vertices, shared or overlapping
 * edges) are resolved by simulation of simplicity: area k is thought of as shifted by k·δ, with
 * δ = (ε, ε²) infinitesimal. Then every contact is a proper crossing, found by exact orientation
 * tests, and the inside/outside status along a ring only flips at crossings: one exact
 * point-in-polygon test at a vertex of each ring, then a flip per crossing. The shift changes
 * the area by O(ε), so the result is the area of the unshifted intersection: a shared edge with
 * both areas on the same side is counted once, one with the areas on opposite sides not at all.
 *
 * @module
 */
import { ellipsoidalArea } from "./ellipsoidal_area.ts";
import { orient, orientShifted } from "./orient.ts";
import {
  anyEdgeInCells,
  cellOf,
  CHUNK,
  containsShifted,
  edgeGrid,
  prepare,
  type PreparedArea,
} from "./prepare.ts";
import type { MultiPolygon, Polygon } from "./types.ts";
import { authalicQ, edgeIntegral, HALF_A2_PER_DEGREE } from "./wgs84.ts";

/** A polygonal area, prepared (fast when reused) or as plain coordinates. */
export type AreaInput = PreparedArea | Polygon | MultiPolygon;

/** A crossing on edge `e` at parameter `t`, point (x, y), of the boundary of area `other`. */
interface Split {
  e: number;
  t: number;
  x: number;
  y: number;
  other: number;
}

type Box = [number, number, number, number];

let stampGeneration = 0;

function addSplit(
  splits: Split[],
  e: number,
  t: number,
  x: number,
  y: number,
  other: number,
): void {
  splits.push({ e, t: t < 0 ? 0 : t > 1 ? 1 : t, x, y, other });
}

/** Parameter of a point known to lie on edge e, along the edge's dominant axis. */
function parameter(area: PreparedArea, e: number, x: number, y: number): number {
  const dx = area.x1[e] - area.x0[e];
  const dy = area.y1[e] - area.y0[e];
  return Math.abs(dx) >= Math.abs(dy) ? (x - area.x0[e]) / dx : (y - area.y0[e]) / dy;
}

/**
 * Records a crossing between edge e of area a (index ia) and edge f of area b (index ib), in the
 * configuration where b is shifted by sign(ib − ia)·δ relative to a.
 */
function contact(
  a: PreparedArea,
  e: number,
  b: PreparedArea,
  f: number,
  splitsA: Split[],
  splitsB: Split[],
  ia: number,
  ib: number,
): void {
  const s = ib > ia ? 1 : -1;
  const ax = a.x0[e], ay = a.y0[e], bx = a.x1[e], by = a.y1[e];
  const px = b.x0[f], py = b.y0[f], qx = b.x1[f], qy = b.y1[f];
  // Sides of a's endpoints relative to b's shifted edge, i.e. of a − s·δ relative to b.
  const d1 = orientShifted(px, py, qx, qy, ax, ay, -s);
  const d2 = orientShifted(px, py, qx, qy, bx, by, -s);
  if (d1 === d2) return;
  const d3 = orientShifted(ax, ay, bx, by, px, py, s);
  const d4 = orientShifted(ax, ay, bx, by, qx, qy, s);
  if (d3 === d4) return;
  // A crossing of the shifted configuration; its point is the limit ε → 0.
  if (orient(px, py, qx, qy, ax, ay) === 0) {
    addSplit(splitsA, e, 0, ax, ay, ib), addSplit(splitsB, f, parameter(b, f, ax, ay), ax, ay, ia);
  } else if (orient(px, py, qx, qy, bx, by) === 0) {
    addSplit(splitsA, e, 1, bx, by, ib), addSplit(splitsB, f, parameter(b, f, bx, by), bx, by, ia);
  } else if (orient(ax, ay, bx, by, px, py) === 0) {
    addSplit(splitsA, e, parameter(a, e, px, py), px, py, ib), addSplit(splitsB, f, 0, px, py, ia);
  } else if (orient(ax, ay, bx, by, qx, qy) === 0) {
    addSplit(splitsA, e, parameter(a, e, qx, qy), qx, qy, ib), addSplit(splitsB, f, 1, qx, qy, ia);
  } else {
    const dxE = bx - ax, dyE = by - ay, dxF = qx - px, dyF = qy - py;
    const denominator = dxE * dyF - dyE * dxF;
    const t = ((px - ax) * dyF - (py - ay) * dxF) / denominator;
    const u = ((px - ax) * dyE - (py - ay) * dxE) / denominator;
    const x = ax + t * dxE, y = ay + t * dyE;
    addSplit(splitsA, e, t, x, y, ib);
    addSplit(splitsB, f, u, x, y, ia);
  }
}

function intersectBoxes(a: Box, b: readonly number[]): Box {
  return [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])];
}

function isEmpty(box: Box): boolean {
  return box[0] > box[2] || box[1] > box[3];
}

/** Finds every crossing between the boundaries of areas[i] and areas[j] inside box. */
function findContacts(
  areas: PreparedArea[],
  splits: Split[][],
  i: number,
  j: number,
  box: Box,
): void {
  // Walk the edges of the larger area, query the grid of the smaller one: most of the larger
  // boundary lies outside the smaller box and is skipped a chunk at a time.
  const [iw, iq] = areas[i].edgeCount >= areas[j].edgeCount ? [i, j] : [j, i];
  const walker = areas[iw], grid = areas[iq];
  const { x0, y0, x1, y1, chunkBox } = walker;
  const gx0 = grid.x0, gy0 = grid.y0, gx1 = grid.x1, gy1 = grid.y1;
  const index = edgeGrid(grid);
  const { start, items } = index.cells;
  const [gMinX, gMinY] = grid.bbox;
  const stamp = grid.stamp;
  const { columns, rows, cellWidth: width, cellHeight: height } = index;

  const findEdgeContacts = (e: number) => {
    const eMinX = Math.min(x0[e], x1[e]), eMaxX = Math.max(x0[e], x1[e]);
    const eMinY = Math.min(y0[e], y1[e]), eMaxY = Math.max(y0[e], y1[e]);
    if (eMaxX < box[0] || eMinX > box[2] || eMaxY < box[1] || eMinY > box[3]) return;
    const c0 = cellOf(eMinX, gMinX, width, columns);
    const c1 = cellOf(eMaxX, gMinX, width, columns);
    const r0 = cellOf(eMinY, gMinY, height, rows);
    const r1 = cellOf(eMaxY, gMinY, height, rows);
    if (!anyEdgeInCells(index, c0, r0, c1, r1)) return;
    const generation = ++stampGeneration;
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        const cell = r * columns + c;
        for (let k = start[cell], end = start[cell + 1]; k < end; k++) {
          const f = items[k];
          if (stamp[f] === generation) continue;
          stamp[f] = generation;
          if (
            Math.max(gx0[f], gx1[f]) < eMinX || Math.min(gx0[f], gx1[f]) > eMaxX ||
            Math.max(gy0[f], gy1[f]) < eMinY || Math.min(gy0[f], gy1[f]) > eMaxY
          ) continue;
          contact(walker, e, grid, f, splits[iw], splits[iq], iw, iq);
        }
      }
    }
  };

  for (let chunk = 0, chunks = chunkBox.length / 4; chunk < chunks; chunk++) {
    const bMinX = chunkBox[4 * chunk], bMinY = chunkBox[4 * chunk + 1];
    const bMaxX = chunkBox[4 * chunk + 2], bMaxY = chunkBox[4 * chunk + 3];
    if (bMaxX < box[0] || bMinX > box[2] || bMaxY < box[1] || bMinY > box[3]) continue;
    // Most of a boundary runs far from the other one: skip runs of edges over empty cells.
    if (
      !anyEdgeInCells(
        index,
        cellOf(bMinX, gMinX, width, columns),
        cellOf(bMinY, gMinY, height, rows),
        cellOf(bMaxX, gMinX, width, columns),
        cellOf(bMaxY, gMinY, height, rows),
      )
    ) continue;
    for (let e = chunk * CHUNK, last = Math.min(walker.edgeCount, e + CHUNK); e < last; e++) {
      findEdgeContacts(e);
    }
  }
}

/**
 * Σ ∫ (q − qRef) dλ over the pieces of ∂areas[i] inside all the other areas: status from one
 * exact point test at the first vertex of each ring, then flipped at each crossing.
 */
function boundaryIntegral(
  areas: PreparedArea[],
  unsorted: Split[],
  i: number,
  box: Box,
  qRef: number,
): number {
  const { x0, y0, x1, y1, ringStart, ringBox, prefix } = areas[i];
  const splits = unsorted.sort((p, q) => p.e - q.e || p.t - q.t);
  const count = areas.length;
  let sum = 0, compensation = 0;
  const add = (term: number) => {
    const t = sum + term;
    compensation += Math.abs(sum) >= Math.abs(term) ? (sum - t) + term : (term - t) + sum;
    sum = t;
  };
  // Edges a .. b−1 of one ring, all inside: O(1) from the prefix sums.
  const addRun = (a: number, b: number) => {
    if (b > a) add(prefix[b] - prefix[a] - qRef * (x1[b - 1] - x0[a]));
  };
  // inside[m]: whether the current stretch is inside areas[m]; outside: how many it is not in.
  const inside = new Uint8Array(count);
  let outside = 0;
  let s = 0;
  for (let r = 0; r + 1 < ringStart.length; r++) {
    const rs = ringStart[r], re = ringStart[r + 1];
    while (s < splits.length && splits[s].e < rs) s++;
    const first = s;
    while (s < splits.length && splits[s].e < re) s++;
    const last = s;
    if (
      ringBox[4 * r] > box[2] || ringBox[4 * r + 2] < box[0] ||
      ringBox[4 * r + 1] > box[3] || ringBox[4 * r + 3] < box[1]
    ) continue; // outside some area's bbox: no piece of this ring bounds the intersection
    // Area k stands shifted by k·δ: test vertex + (i − m)·δ against area m.
    outside = 0;
    for (let m = 0; m < count; m++) {
      if (m === i) continue;
      inside[m] = containsShifted(areas[m], x0[rs], y0[rs], i > m ? 1 : -1) ? 1 : 0;
      if (!inside[m]) outside++;
    }
    let e = rs; // the next edge not yet accounted for
    for (let k = first; k < last;) {
      const dirty = splits[k].e;
      if (outside === 0) addRun(e, dirty);
      let ta = 0, xa = x0[dirty], ya = y0[dirty];
      for (;; k++) {
        const end = k === last || splits[k].e !== dirty;
        const tb = end ? 1 : splits[k].t;
        const xb = end ? x1[dirty] : splits[k].x;
        const yb = end ? y1[dirty] : splits[k].y;
        if (tb > ta || xb !== xa || yb !== ya) {
          if (outside === 0) add(edgeIntegral(xa, ya, xb, yb, qRef));
          ta = tb, xa = xb, ya = yb;
        }
        if (end) break;
        const m = splits[k].other;
        inside[m] ^= 1;
        outside += inside[m] ? -1 : 1;
      }
      e = dirty + 1;
    }
    if (outside === 0) addRun(e, re);
  }
  return sum + compensation;
}

/**
 * The area in m² (WGS84) of the intersection of all the given areas. Pass {@link PreparedArea}s
 * (from `prepare`) for anything used more than once: plain coordinates are prepared on each call.
 * Edges are straight in lon/lat (RFC 7946); areas must not enclose a pole or cross the antimeridian.
 * Shared edges and vertices are handled exactly (see the module notes).
 *
 * @example
 * ```ts
 * import { intersectionArea } from "./intersection_area.ts";
 * import { prepare } from "./prepare.ts";
 * import type { Polygon } from "./types.ts";
 * const unit = prepare([[[30, 48], [32, 48], [32, 50], [30, 50], [30, 48]]]);
 * const occupied: Polygon = [[[31, 49], [33, 49], [33, 51], [31, 51], [31, 49]]];
 * intersectionArea(occupied, unit); // the 1°×1° cell 31–32° E, 49–50° N, in m²
 * ```
 */
export function intersectionArea(...inputs: AreaInput[]): number {
  if (inputs.length === 0) throw new RangeError("intersectionArea: give at least one area");
  if (inputs.length === 1) {
    const only = inputs[0];
    return isPrepared(only) ? only.area : ellipsoidalArea(only);
  }
  const areas = inputs.map((input) => isPrepared(input) ? input : prepare(input));
  let box: Box = [-Infinity, -Infinity, Infinity, Infinity];
  for (const area of areas) {
    if (area.edgeCount === 0) return 0;
    box = intersectBoxes(box, area.bbox);
  }
  if (isEmpty(box)) return 0;
  const splits: Split[][] = areas.map(() => []);
  for (let i = 0; i < areas.length; i++) {
    for (let j = i + 1; j < areas.length; j++) {
      // The pair's own box, not the common one: a crossing outside the common box still flips
      // the status carried along the ring.
      const pairBox = intersectBoxes([...areas[i].bbox], areas[j].bbox);
      if (!isEmpty(pairBox)) findContacts(areas, splits, i, j, pairBox);
    }
  }
  const qRef = authalicQ((box[1] + box[3]) / 2);
  let total = 0;
  for (let i = 0; i < areas.length; i++) {
    total += boundaryIntegral(areas, splits[i], i, box, qRef);
  }
  // Counter-clockwise boundaries give a negative ∮ q dλ; rounding can leave −0.0001 m² for an
  // empty intersection.
  return Math.max(0, -total * HALF_A2_PER_DEGREE);
}

/**
 * Whether an area input is already prepared.
 *
 * @example
 * ```ts
 * import { isPrepared } from "./intersection_area.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(isPrepared([[[0, 0], [1, 0], [1, 1], [0, 0]]]), false);
 * ```
 */
export function isPrepared(input: AreaInput): input is PreparedArea {
  return !Array.isArray(input) && (input as PreparedArea).kind === "prepared-area";
}
