/**
 * The area (m², WGS84) of the intersection of polygonal areas, by boundary integration: the
 * boundary of A∩B is the pieces of ∂A inside B plus the pieces of ∂B inside A, and Green's theorem
 * turns the area into a sum of ∫ q(φ) dλ over those pieces. No clipped polygon is built.
 *
 * Each edge is split at its contacts with the other boundaries (exact orientation tests, so no
 * crossing is missed); a piece counts if it lies inside all the other areas. Along a ring the
 * inside/outside status only changes at a contact, so only the pieces of edges that touch another
 * boundary need a point-in-polygon test; the rest inherit the status of the piece before.
 * A piece lying on another boundary (a shared edge) is kept once if both boundaries run the same
 * way (the areas are on the same side) and dropped if they run opposite ways.
 *
 * @module
 */
import { ellipsoidalArea } from "./ellipsoidal_area.ts";
import { orient } from "./orient.ts";
import { anyEdgeInCells, cellOf, CHUNK, contains, prepare, type PreparedArea } from "./prepare.ts";
import type { MultiPolygon, Polygon } from "./types.ts";
import { authalicQ, edgeIntegral, HALF_A2_PER_DEGREE } from "./wgs84.ts";

/** A polygonal area, prepared (fast when reused) or as plain coordinates. */
export type AreaInput = PreparedArea | Polygon | MultiPolygon;

interface Split {
  e: number;
  t: number;
  x: number;
  y: number;
  /** For a proper crossing, the area whose boundary is crossed (inside ⇄ outside); else −1. */
  toggle: number;
}

interface Overlap {
  t0: number;
  t1: number;
  partner: number;
  same: boolean;
}

interface Contacts {
  splits: Split[];
  overlaps: Map<number, Overlap[]>;
}

type Box = [number, number, number, number];

let stampGeneration = 0;

function addSplit(
  contacts: Contacts,
  edge: number,
  t: number,
  x: number,
  y: number,
  toggle = -1,
): void {
  contacts.splits.push({ e: edge, t: t < 0 ? 0 : t > 1 ? 1 : t, x, y, toggle });
}

/** Parameter of a point known to lie on edge e, along the edge's dominant axis. */
function parameter(area: PreparedArea, e: number, x: number, y: number): number {
  const dx = area.x1[e] - area.x0[e];
  const dy = area.y1[e] - area.y0[e];
  return Math.abs(dx) >= Math.abs(dy) ? (x - area.x0[e]) / dx : (y - area.y0[e]) / dy;
}

function collinear(
  a: PreparedArea,
  e: number,
  b: PreparedArea,
  f: number,
  ca: Contacts,
  cb: Contacts,
  ia: number,
  ib: number,
): void {
  const ax = a.x0[e], ay = a.y0[e], bx = a.x1[e], by = a.y1[e];
  const px = b.x0[f], py = b.y0[f], qx = b.x1[f], qy = b.y1[f];
  const tp = parameter(a, e, px, py);
  const tq = parameter(a, e, qx, qy);
  const low = Math.max(0, Math.min(tp, tq));
  const high = Math.min(1, Math.max(tp, tq));
  if (low > high) return;
  // The overlap's ends are vertices of one edge or the other: take their exact coordinates.
  const at = (t: number, end: number): [number, number] =>
    t === end ? (end === 0 ? [ax, ay] : [bx, by]) : t === tp ? [px, py] : [qx, qy];
  const [lx, ly] = at(low, 0);
  const [hx, hy] = at(high, 1);
  const ul = parameter(b, f, lx, ly);
  const uh = parameter(b, f, hx, hy);
  addSplit(ca, e, low, lx, ly);
  addSplit(cb, f, ul, lx, ly);
  if (low === high) return;
  addSplit(ca, e, high, hx, hy);
  addSplit(cb, f, uh, hx, hy);
  const same = (bx - ax) * (qx - px) + (by - ay) * (qy - py) > 0;
  const push = (c: Contacts, edge: number, overlap: Overlap) => {
    const list = c.overlaps.get(edge);
    if (list) list.push(overlap);
    else c.overlaps.set(edge, [overlap]);
  };
  push(ca, e, { t0: low, t1: high, partner: ib, same });
  push(cb, f, { t0: Math.min(ul, uh), t1: Math.max(ul, uh), partner: ia, same });
}

/** Records the contacts between edge e of area a and edge f of area b. */
function contact(
  a: PreparedArea,
  e: number,
  b: PreparedArea,
  f: number,
  ca: Contacts,
  cb: Contacts,
  ia: number,
  ib: number,
): void {
  const ax = a.x0[e], ay = a.y0[e], bx = a.x1[e], by = a.y1[e];
  const px = b.x0[f], py = b.y0[f], qx = b.x1[f], qy = b.y1[f];
  const d1 = orient(px, py, qx, qy, ax, ay);
  const d2 = orient(px, py, qx, qy, bx, by);
  if (d1 === d2 && d1 !== 0) return;
  const d3 = orient(ax, ay, bx, by, px, py);
  const d4 = orient(ax, ay, bx, by, qx, qy);
  if (d3 === d4 && d3 !== 0) return;
  if (d1 === 0 && d2 === 0) {
    collinear(a, e, b, f, ca, cb, ia, ib);
    return;
  }
  if (d1 !== 0 && d2 !== 0 && d3 !== 0 && d4 !== 0) {
    const dxE = bx - ax, dyE = by - ay, dxF = qx - px, dyF = qy - py;
    const denominator = dxE * dyF - dyE * dxF;
    const t = ((px - ax) * dyF - (py - ay) * dxF) / denominator;
    const u = ((px - ax) * dyE - (py - ay) * dxE) / denominator;
    const x = ax + t * dxE, y = ay + t * dyE;
    addSplit(ca, e, t, x, y, ib);
    addSplit(cb, f, u, x, y, ia);
    return;
  }
  // A vertex lies on the other edge (a T or a shared vertex).
  if (d1 === 0) addSplit(cb, f, parameter(b, f, ax, ay), ax, ay), addSplit(ca, e, 0, ax, ay);
  if (d2 === 0) addSplit(cb, f, parameter(b, f, bx, by), bx, by), addSplit(ca, e, 1, bx, by);
  if (d3 === 0) addSplit(ca, e, parameter(a, e, px, py), px, py), addSplit(cb, f, 0, px, py);
  if (d4 === 0) addSplit(ca, e, parameter(a, e, qx, qy), qx, qy), addSplit(cb, f, 1, qx, qy);
}

function intersectBoxes(a: Box, b: readonly number[]): Box {
  return [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])];
}

function isEmpty(box: Box): boolean {
  return box[0] > box[2] || box[1] > box[3];
}

/** Finds every contact between the boundaries of areas[i] and areas[j] inside box. */
function findContacts(
  areas: PreparedArea[],
  contacts: Contacts[],
  i: number,
  j: number,
  box: Box,
): void {
  // Walk the edges of the smaller area; query the grid of the larger one.
  const [iw, iq] = areas[i].edgeCount <= areas[j].edgeCount ? [i, j] : [j, i];
  const walker = areas[iw], grid = areas[iq];
  const { x0, y0, x1, y1 } = walker;
  const gx0 = grid.x0, gy0 = grid.y0, gx1 = grid.x1, gy1 = grid.y1;
  const { start, items } = grid.grid;
  const [gMinX, gMinY] = grid.bbox;
  const stamp = grid.stamp;
  const { chunkBox } = walker;
  const columns = grid.gridColumns, rows = grid.gridRows;
  const width = grid.cellWidth, height = grid.cellHeight;
  for (let chunk = 0, chunks = chunkBox.length / 4; chunk < chunks; chunk++) {
    const bMinX = chunkBox[4 * chunk], bMinY = chunkBox[4 * chunk + 1];
    const bMaxX = chunkBox[4 * chunk + 2], bMaxY = chunkBox[4 * chunk + 3];
    if (bMaxX < box[0] || bMinX > box[2] || bMaxY < box[1] || bMinY > box[3]) continue;
    // Most of a boundary runs far from the other one: skip runs of edges over empty cells.
    if (
      !anyEdgeInCells(
        grid,
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

  function findEdgeContacts(e: number): void {
    const eMinX = Math.min(x0[e], x1[e]), eMaxX = Math.max(x0[e], x1[e]);
    const eMinY = Math.min(y0[e], y1[e]), eMaxY = Math.max(y0[e], y1[e]);
    if (eMaxX < box[0] || eMinX > box[2] || eMaxY < box[1] || eMinY > box[3]) return;
    const c0 = cellOf(eMinX, gMinX, width, columns);
    const c1 = cellOf(eMaxX, gMinX, width, columns);
    const r0 = cellOf(eMinY, gMinY, height, rows);
    const r1 = cellOf(eMaxY, gMinY, height, rows);
    if (!anyEdgeInCells(grid, c0, r0, c1, r1)) return;
    const generation = ++stampGeneration;
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        const cell = r * grid.gridColumns + c;
        for (let k = start[cell], end = start[cell + 1]; k < end; k++) {
          const f = items[k];
          if (stamp[f] === generation) continue;
          stamp[f] = generation;
          if (
            Math.max(gx0[f], gx1[f]) < eMinX || Math.min(gx0[f], gx1[f]) > eMaxX ||
            Math.max(gy0[f], gy1[f]) < eMinY || Math.min(gy0[f], gy1[f]) > eMaxY
          ) continue;
          contact(walker, e, grid, f, contacts[iw], contacts[iq], iw, iq);
        }
      }
    }
  }
}

/**
 * Σ ∫ (q − qRef) dλ over the pieces of ∂areas[i] that bound the intersection.
 *
 * The status (inside or outside each other area) is found by a point-in-polygon test at the
 * start of each ring and after a touch or a shared stretch; a proper crossing of ∂m, found by
 * exact predicates, flips the status for m without a test, so that a tiny piece next to a
 * crossing can never mislead the status of the long run after it.
 */
function boundaryIntegral(
  areas: PreparedArea[],
  contacts: Contacts,
  i: number,
  box: Box,
  qRef: number,
): number {
  const area = areas[i];
  const { x0, y0, x1, y1, ringStart, ringBox, prefix } = area;
  const splits = contacts.splits.sort((p, q) => p.e - q.e || p.t - q.t);
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
  // inside[m]: whether the current stretch of ∂areas[i] is inside areas[m]; outsideCount: how
  // many others it is outside of.
  const inside = new Uint8Array(count);
  let outsideCount = 0;
  let known = false;
  const test = (x: number, y: number) => {
    outsideCount = 0;
    for (let m = 0; m < count; m++) {
      if (m === i) continue;
      inside[m] = contains(areas[m], x, y) ? 1 : 0;
      if (!inside[m]) outsideCount++;
    }
    known = true;
  };
  const insideOthers = (x: number, y: number, skip: Overlap[]) => {
    for (let m = 0; m < count; m++) {
      if (m === i || skip.some((o) => o.partner === m)) continue;
      if (!contains(areas[m], x, y)) return false;
    }
    return true;
  };
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
    if (first === last) {
      // No contact: the whole ring is inside all others or outside one.
      test((x0[rs] + x1[rs]) / 2, (y0[rs] + y1[rs]) / 2);
      if (outsideCount === 0) addRun(rs, re);
      continue;
    }
    // Walk from the first edge with a contact; clean runs keep the status before them.
    known = false;
    for (let k = first; k < last;) {
      const e = splits[k].e;
      const overlaps = contacts.overlaps.get(e);
      let ta = 0, xa = x0[e], ya = y0[e];
      for (;; k++) {
        const end = k === last || splits[k].e !== e;
        const tb = end ? 1 : splits[k].t;
        const xb = end ? x1[e] : splits[k].x;
        const yb = end ? y1[e] : splits[k].y;
        if (tb > ta && (xb !== xa || yb !== ya)) {
          const tm = (ta + tb) / 2;
          const on = overlaps?.filter((o) => o.t0 <= tm && tm <= o.t1);
          if (on && on.length > 0) {
            // On another boundary: the status after it must be tested afresh.
            known = false;
            if (
              on.every((o) => o.same && o.partner > i) &&
              insideOthers((xa + xb) / 2, (ya + yb) / 2, on)
            ) add(edgeIntegral(xa, ya, xb, yb, qRef));
          } else {
            if (!known) test((xa + xb) / 2, (ya + yb) / 2);
            if (outsideCount === 0) add(edgeIntegral(xa, ya, xb, yb, qRef));
          }
          ta = tb, xa = xb, ya = yb;
        }
        if (end) break;
        const m = splits[k].toggle;
        if (m < 0) known = false; // a touch: the status may or may not change
        else if (known) {
          inside[m] ^= 1;
          outsideCount += inside[m] ? -1 : 1;
        }
      }
      const next = k < last ? splits[k].e : re;
      if (next > e + 1) {
        if (!known) test((x0[e + 1] + x1[e + 1]) / 2, (y0[e + 1] + y1[e + 1]) / 2);
        if (outsideCount === 0) addRun(e + 1, next);
      }
    }
    // The run from the ring's first edge up to the first edge with a contact continues the last.
    const firstDirty = splits[first].e;
    if (firstDirty > rs) {
      if (!known) test((x0[rs] + x1[rs]) / 2, (y0[rs] + y1[rs]) / 2);
      if (outsideCount === 0) addRun(rs, firstDirty);
    }
  }
  return sum + compensation;
}

/**
 * The area in m² (WGS84) of the intersection of all the given areas. Pass {@link PreparedArea}s
 * (from `prepare`) for anything used more than once: plain coordinates are prepared on each call.
 * Edges are straight in lon/lat (RFC 7946); areas must not enclose a pole or cross the antimeridian.
 *
 * @example
 * ```ts
 * import { intersectionArea } from "./intersection_area.ts";
 * import { prepare } from "./prepare.ts";
 * const unit = prepare([[[30, 48], [32, 48], [32, 50], [30, 50], [30, 48]]]);
 * const occupied = [[[31, 49], [33, 49], [33, 51], [31, 51], [31, 49]]];
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
  const contacts: Contacts[] = areas.map(() => ({ splits: [], overlaps: new Map() }));
  for (let i = 0; i < areas.length; i++) {
    for (let j = i + 1; j < areas.length; j++) {
      // The pair's own box, not the common one: a contact outside the common box still flips the
      // inside/outside status inherited along the ring.
      const pairBox = intersectBoxes([...areas[i].bbox], areas[j].bbox);
      if (!isEmpty(pairBox)) findContacts(areas, contacts, i, j, pairBox);
    }
  }
  const qRef = authalicQ((box[1] + box[3]) / 2);
  let total = 0;
  for (let i = 0; i < areas.length; i++) {
    total += boundaryIntegral(areas, contacts[i], i, box, qRef);
  }
  // Counter-clockwise boundaries give a negative ∮ q dλ.
  return Math.max(0, -total * HALF_A2_PER_DEGREE);
}

/**
 * Whether an area input is already prepared.
 *
 * @example
 * ```ts
 * import { isPrepared } from "./intersection_area.ts";
 * isPrepared([[[0, 0], [1, 0], [1, 1], [0, 0]]]); // false
 * ```
 */
export function isPrepared(input: AreaInput): input is PreparedArea {
  return !Array.isArray(input) && (input as PreparedArea).kind === "prepared-area";
}
