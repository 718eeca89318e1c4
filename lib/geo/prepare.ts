/**
 * A polygonal area prepared for repeated intersection queries: its edges in flat arrays with a
 * normalised winding (outer rings counter-clockwise, holes clockwise, in lon/lat), its bounding
 * boxes, a uniform grid of edges (for segment queries) and horizontal bands of edges (for
 * point-in-polygon ray casts). Prepare a fixed area once (an oblast) and reuse it for every
 * snapshot.
 *
 * @module
 */
import { ellipsoidalArea } from "./ellipsoidal_area.ts";
import { asMultiPolygon, type MultiPolygon, type Polygon, type Ring } from "./types.ts";

/** Edges listed per cell, in compressed rows: cell c holds `items[start[c] .. start[c+1]-1]`. */
export interface CellIndex {
  readonly start: Int32Array;
  readonly items: Int32Array;
}

/** A polygonal area prepared by {@link prepare}. Treat as read-only. */
export interface PreparedArea {
  readonly kind: "prepared-area";
  /** Number of edges. */
  readonly edgeCount: number;
  /** Edge i runs from (x0[i], y0[i]) to (x1[i], y1[i]) (lon, lat degrees); the area is on its left. */
  readonly x0: Float64Array;
  readonly y0: Float64Array;
  readonly x1: Float64Array;
  readonly y1: Float64Array;
  /** Ring r holds edges ringStart[r] .. ringStart[r+1]-1, in order around the ring. */
  readonly ringStart: Int32Array;
  /** Bounding box of ring r: ringBox[4r .. 4r+3] = minLon, minLat, maxLon, maxLat. */
  readonly ringBox: Float64Array;
  /** Bounding box of the whole area: [minLon, minLat, maxLon, maxLat]. */
  readonly bbox: readonly [number, number, number, number];
  /** The area in m² (WGS84), as {@link ellipsoidalArea} gives it. */
  readonly area: number;
  /** Uniform grid: `gridColumns × gridRows` cells of `cellWidth × cellHeight` degrees from bbox. */
  readonly gridColumns: number;
  readonly gridRows: number;
  readonly cellWidth: number;
  readonly cellHeight: number;
  readonly grid: CellIndex;
  /** Horizontal bands of height `bandHeight` from bbox[1], each listing the edges it meets. */
  readonly bandCount: number;
  readonly bandHeight: number;
  readonly bands: CellIndex;
  /** Scratch for de-duplicating grid hits (a query stamps edges it has seen). */
  readonly stamp: Float64Array;
  /** The geometry it was prepared from. */
  readonly geometry: MultiPolygon;
}

/** Signed shoelace area in lon/lat: positive for a counter-clockwise ring. */
function planarSignedArea(ring: Ring): number {
  let sum = 0;
  const n = ring.length;
  const [ox, oy] = ring[0];
  for (let i = 0; i < n; i++) {
    const a = ring[i];
    const b = ring[i + 1 === n ? 0 : i + 1];
    sum += (a[0] - ox) * (b[1] - oy) - (b[0] - ox) * (a[1] - oy);
  }
  return sum / 2;
}

function buildIndex(
  count: number,
  cellsOf: (edge: number, visit: (cell: number) => void) => void,
  cells: number,
): CellIndex {
  const counts = new Int32Array(cells + 1);
  for (let e = 0; e < count; e++) cellsOf(e, (c) => counts[c + 1]++);
  for (let c = 0; c < cells; c++) counts[c + 1] += counts[c];
  const start = counts.slice();
  const fill = counts.slice(0, cells);
  const items = new Int32Array(start[cells]);
  for (let e = 0; e < count; e++) cellsOf(e, (c) => items[fill[c]++] = e);
  return { start, items };
}

/**
 * Grid cell range [lo, hi] covering the interval [a, b] on an axis starting at `origin` with
 * cells of `size`, clamped to [0, count − 1]. Shared by preparation and queries so that a point
 * always falls in the same cell.
 *
 * @example
 * ```ts
 * import { cellOf } from "./prepare.ts";
 * cellOf(2.5, 0, 1, 10); // 2
 * ```
 */
export function cellOf(value: number, origin: number, size: number, count: number): number {
  const c = Math.floor((value - origin) / size);
  return c < 0 ? 0 : c >= count ? count - 1 : c;
}

/**
 * Prepares a Polygon or MultiPolygon for {@link intersectionArea}: normalises the winding,
 * drops repeated vertices, indexes the edges. Cost is linear in the number of vertices.
 *
 * @example
 * ```ts
 * import { prepare } from "./prepare.ts";
 * const cell = prepare([[[30, 48], [31, 48], [31, 49], [30, 49], [30, 48]]]);
 * cell.edgeCount; // 4
 * ```
 */
export function prepare(geometry: Polygon | MultiPolygon): PreparedArea {
  const multi = asMultiPolygon(geometry);
  const xs0: number[] = [], ys0: number[] = [], xs1: number[] = [], ys1: number[] = [];
  const ringStarts: number[] = [0];
  const ringBoxes: number[] = [];
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const polygon of multi) {
    polygon.forEach((ring, ringIndex) => {
      // Outer rings counter-clockwise, holes clockwise: the area is always on the left.
      const signed = planarSignedArea(ring);
      if (signed === 0) return;
      const reverse = ringIndex === 0 ? signed < 0 : signed > 0;
      const points = reverse ? ring.slice().reverse() : ring;
      const n = points.length;
      let rMinX = Infinity, rMinY = Infinity, rMaxX = -Infinity, rMaxY = -Infinity;
      const before = xs0.length;
      for (let i = 0; i < n; i++) {
        const a = points[i];
        const b = points[i + 1 === n ? 0 : i + 1];
        if (a[0] === b[0] && a[1] === b[1]) continue;
        xs0.push(a[0]), ys0.push(a[1]), xs1.push(b[0]), ys1.push(b[1]);
        if (a[0] < rMinX) rMinX = a[0];
        if (a[0] > rMaxX) rMaxX = a[0];
        if (a[1] < rMinY) rMinY = a[1];
        if (a[1] > rMaxY) rMaxY = a[1];
      }
      if (xs0.length === before) return;
      ringStarts.push(xs0.length);
      ringBoxes.push(rMinX, rMinY, rMaxX, rMaxY);
      minX = Math.min(minX, rMinX), minY = Math.min(minY, rMinY);
      maxX = Math.max(maxX, rMaxX), maxY = Math.max(maxY, rMaxY);
    });
  }
  const edgeCount = xs0.length;
  const x0 = Float64Array.from(xs0), y0 = Float64Array.from(ys0);
  const x1 = Float64Array.from(xs1), y1 = Float64Array.from(ys1);
  if (edgeCount === 0) {
    minX =
      minY =
      maxX =
      maxY =
        0;
  }
  const width = Math.max(maxX - minX, 1e-12);
  const height = Math.max(maxY - minY, 1e-12);
  // About one edge per cell on average; cells roughly square in degrees.
  const cells = Math.max(1, Math.min(edgeCount, 1 << 20));
  const gridColumns = Math.max(1, Math.round(Math.sqrt(cells * width / height)));
  const gridRows = Math.max(1, Math.round(cells / gridColumns));
  const cellWidth = width / gridColumns;
  const cellHeight = height / gridRows;
  const grid = buildIndex(edgeCount, (e, visit) => {
    const c0 = cellOf(Math.min(x0[e], x1[e]), minX, cellWidth, gridColumns);
    const c1 = cellOf(Math.max(x0[e], x1[e]), minX, cellWidth, gridColumns);
    const r0 = cellOf(Math.min(y0[e], y1[e]), minY, cellHeight, gridRows);
    const r1 = cellOf(Math.max(y0[e], y1[e]), minY, cellHeight, gridRows);
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) visit(r * gridColumns + c);
  }, gridColumns * gridRows);
  const bandCount = Math.max(1, Math.min(Math.ceil(edgeCount / 4), 1 << 16));
  const bandHeight = height / bandCount;
  const bands = buildIndex(edgeCount, (e, visit) => {
    const b0 = cellOf(Math.min(y0[e], y1[e]), minY, bandHeight, bandCount);
    const b1 = cellOf(Math.max(y0[e], y1[e]), minY, bandHeight, bandCount);
    for (let b = b0; b <= b1; b++) visit(b);
  }, bandCount);
  return {
    kind: "prepared-area",
    edgeCount,
    x0,
    y0,
    x1,
    y1,
    ringStart: Int32Array.from(ringStarts),
    ringBox: Float64Array.from(ringBoxes),
    bbox: [minX, minY, maxX, maxY],
    area: ellipsoidalArea(multi),
    gridColumns,
    gridRows,
    cellWidth,
    cellHeight,
    grid,
    bandCount,
    bandHeight,
    bands,
    stamp: new Float64Array(edgeCount),
    geometry: multi,
  };
}

/**
 * Whether a point is inside a prepared area (even–odd rule, ray cast towards +lon over the
 * edges of the point's band). A point exactly on the boundary may go either way.
 *
 * @example
 * ```ts
 * import { contains, prepare } from "./prepare.ts";
 * contains(prepare([[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]]), 1, 1); // true
 * ```
 */
export function contains(area: PreparedArea, x: number, y: number): boolean {
  const [minX, minY, maxX, maxY] = area.bbox;
  if (x < minX || x > maxX || y < minY || y > maxY || area.edgeCount === 0) return false;
  const band = cellOf(y, minY, area.bandHeight, area.bandCount);
  const { start, items } = area.bands;
  const { x0, y0, x1, y1 } = area;
  let inside = false;
  for (let k = start[band], end = start[band + 1]; k < end; k++) {
    const e = items[k];
    const ya = y0[e], yb = y1[e];
    if ((ya > y) !== (yb > y)) {
      const xa = x0[e];
      const xCross = xa + (y - ya) * (x1[e] - xa) / (yb - ya);
      if (x < xCross) inside = !inside;
    }
  }
  return inside;
}
