/**
 * A polygonal area prepared for repeated intersection queries: its edges in flat arrays with a
 * normalised winding (outer rings counter-clockwise, holes clockwise, in lon/lat), its bounding
 * boxes, prefix sums of the edge integrals, horizontal bands of edges (for point-in-polygon ray
 * casts) and, built on first use, a uniform grid of edges (for segment queries). Prepare a fixed
 * area once (an oblast) and reuse it for every snapshot.
 *
 * @module
 */
import { orientShifted } from "./orient.ts";
import { HALF_A2_PER_DEGREE, meanQ } from "./wgs84.ts";
import { asMultiPolygon, type MultiPolygon, type Polygon, type Ring } from "./types.ts";

/** Edges listed per cell, in compressed rows: cell c holds `items[start[c] .. start[c+1]-1]`. */
export interface CellIndex {
  readonly start: Int32Array;
  readonly items: Int32Array;
}

/**
 * A uniform grid over an area's bounding box listing the edges that meet each cell, built on
 * first use by {@link edgeGrid}.
 */
export interface EdgeGrid {
  /** `columns × rows` cells of `cellWidth × cellHeight` degrees from the bbox's south-west. */
  readonly columns: number;
  readonly rows: number;
  readonly cellWidth: number;
  readonly cellHeight: number;
  readonly cells: CellIndex;
  /** Summed-area table of edge counts per cell, (rows + 1) × (columns + 1). */
  readonly sum: Int32Array;
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
  /** Mean of q(φ) along edge i, so that ∫ q dλ over the edge is (x1[i] − x0[i]) · qMean[i]. */
  readonly qMean: Float64Array;
  /** prefix[i] = Σ of (x1 − x0) · qMean over edges 0 .. i−1: any run of edges in O(1). */
  readonly prefix: Float64Array;
  /** ∮ q dλ of ring r (λ in degrees): negative, as rings are counter-clockwise about the area. */
  readonly ringIntegral: Float64Array;
  /** Ring r holds edges ringStart[r] .. ringStart[r+1]-1, in order around the ring. */
  readonly ringStart: Int32Array;
  /** Bounding box of ring r: ringBox[4r .. 4r+3] = minLon, minLat, maxLon, maxLat. */
  readonly ringBox: Float64Array;
  /** Bounding box of the whole area: [minLon, minLat, maxLon, maxLat]. */
  readonly bbox: readonly [number, number, number, number];
  /** The area in m² (WGS84), as {@link ellipsoidalArea} gives it. */
  readonly area: number;
  /** Bounding box of each run of {@link CHUNK} consecutive edges (4 numbers per run). */
  readonly chunkBox: Float64Array;
  /** Horizontal bands of height `bandHeight` from bbox[1], each listing the edges it meets. */
  readonly bandCount: number;
  readonly bandHeight: number;
  readonly bands: CellIndex;
  /** Scratch for de-duplicating grid hits (a query stamps edges it has seen). */
  readonly stamp: Float64Array;
  /** The geometry it was prepared from. */
  readonly geometry: MultiPolygon;
}

/** Edges per chunk of {@link PreparedArea.chunkBox}. */
export const CHUNK = 8;

/**
 * Whether any edge is listed in the block of grid cells c0..c1 × r0..r1.
 *
 * @example
 * ```ts
 * import { anyEdgeInCells, edgeGrid, prepare } from "./prepare.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const grid = edgeGrid(prepare([[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]]));
 * assertEquals(anyEdgeInCells(grid, 0, 0, grid.columns - 1, grid.rows - 1), true);
 * ```
 */
export function anyEdgeInCells(
  grid: EdgeGrid,
  c0: number,
  r0: number,
  c1: number,
  r1: number,
): boolean {
  const stride = grid.columns + 1, sum = grid.sum;
  return sum[(r1 + 1) * stride + c1 + 1] - sum[r0 * stride + c1 + 1] - sum[(r1 + 1) * stride + c0] +
      sum[r0 * stride + c0] > 0;
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

/** Lists every edge in the cells of its block c0..c1 × r0..r1 (ranges: 4 numbers per edge). */
function buildIndex(count: number, ranges: Int32Array, columns: number, cells: number): CellIndex {
  const start = new Int32Array(cells + 1);
  for (let e = 0; e < count; e++) {
    const c0 = ranges[4 * e],
      r0 = ranges[4 * e + 1],
      c1 = ranges[4 * e + 2],
      r1 = ranges[4 * e + 3];
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) start[r * columns + c + 1]++;
  }
  for (let c = 0; c < cells; c++) start[c + 1] += start[c];
  const fill = start.slice(0, cells);
  const items = new Int32Array(start[cells]);
  for (let e = 0; e < count; e++) {
    const c0 = ranges[4 * e],
      r0 = ranges[4 * e + 1],
      c1 = ranges[4 * e + 2],
      r1 = ranges[4 * e + 3];
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) items[fill[r * columns + c]++] = e;
    }
  }
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
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(cellOf(2.5, 0, 1, 10), 2);
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
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const cell = prepare([[[30, 48], [31, 48], [31, 49], [30, 49], [30, 48]]]);
 * assertEquals(cell.edgeCount, 4);
 * ```
 */
export function prepare(geometry: Polygon | MultiPolygon): PreparedArea {
  const multi = asMultiPolygon(geometry);
  let capacity = 0;
  for (const polygon of multi) for (const ring of polygon) capacity += ring.length;
  const x0 = new Float64Array(capacity), y0 = new Float64Array(capacity);
  const x1 = new Float64Array(capacity), y1 = new Float64Array(capacity);
  const qMean = new Float64Array(capacity);
  const ringStarts: number[] = [0];
  const ringBoxes: number[] = [];
  const ringSums: number[] = [];
  let area = 0;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  let edgeCount = 0;
  for (const polygon of multi) {
    for (let ringIndex = 0; ringIndex < polygon.length; ringIndex++) {
      const ring = polygon[ringIndex];
      // Outer rings counter-clockwise, holes clockwise: the area is always on the left.
      const signed = planarSignedArea(ring);
      if (signed === 0) continue;
      const reverse = ringIndex === 0 ? signed < 0 : signed > 0;
      const n = ring.length;
      let rMinX = Infinity, rMinY = Infinity, rMaxX = -Infinity, rMaxY = -Infinity;
      const before = edgeCount;
      let sum = 0;
      for (let i = 0; i < n; i++) {
        const a = ring[reverse ? n - 1 - i : i];
        const b = ring[reverse ? (i + 1 === n ? n - 1 : n - 2 - i) : (i + 1 === n ? 0 : i + 1)];
        const ax = a[0], ay = a[1], bx = b[0], by = b[1];
        if (ax === bx && ay === by) continue;
        x0[edgeCount] = ax, y0[edgeCount] = ay, x1[edgeCount] = bx, y1[edgeCount] = by;
        const q = ax === bx ? 0 : meanQ(ay, by);
        qMean[edgeCount] = q;
        sum += (bx - ax) * q;
        edgeCount++;
        if (ax < rMinX) rMinX = ax;
        if (ax > rMaxX) rMaxX = ax;
        if (ay < rMinY) rMinY = ay;
        if (ay > rMaxY) rMaxY = ay;
      }
      if (edgeCount === before) continue;
      ringStarts.push(edgeCount);
      ringBoxes.push(rMinX, rMinY, rMaxX, rMaxY);
      ringSums.push(sum);
      area += (ringIndex === 0 ? 1 : -1) * Math.abs(sum) * HALF_A2_PER_DEGREE;
      minX = Math.min(minX, rMinX), minY = Math.min(minY, rMinY);
      maxX = Math.max(maxX, rMaxX), maxY = Math.max(maxY, rMaxY);
    }
  }
  if (edgeCount === 0) {
    minX =
      minY =
      maxX =
      maxY =
        0;
  }
  const prefix = new Float64Array(edgeCount + 1);
  for (let e = 0; e < edgeCount; e++) prefix[e + 1] = prefix[e] + (x1[e] - x0[e]) * qMean[e];
  const height = Math.max(maxY - minY, 1e-12);
  const ranges = new Int32Array(4 * edgeCount);
  const chunkCount = Math.ceil(edgeCount / CHUNK);
  const chunkBox = new Float64Array(4 * chunkCount);
  for (let k = 0; k < chunkCount; k++) {
    let cMinX = Infinity, cMinY = Infinity, cMaxX = -Infinity, cMaxY = -Infinity;
    for (let e = k * CHUNK, end = Math.min(edgeCount, e + CHUNK); e < end; e++) {
      cMinX = Math.min(cMinX, x0[e], x1[e]), cMaxX = Math.max(cMaxX, x0[e], x1[e]);
      cMinY = Math.min(cMinY, y0[e], y1[e]), cMaxY = Math.max(cMaxY, y0[e], y1[e]);
    }
    chunkBox[4 * k] = cMinX, chunkBox[4 * k + 1] = cMinY;
    chunkBox[4 * k + 2] = cMaxX, chunkBox[4 * k + 3] = cMaxY;
  }
  const bandCount = Math.max(1, Math.min(Math.ceil(edgeCount / 4), 1 << 16));
  const bandHeight = height / bandCount;
  for (let e = 0; e < edgeCount; e++) {
    ranges[4 * e] = ranges[4 * e + 2] = 0;
    ranges[4 * e + 1] = cellOf(Math.min(y0[e], y1[e]), minY, bandHeight, bandCount);
    ranges[4 * e + 3] = cellOf(Math.max(y0[e], y1[e]), minY, bandHeight, bandCount);
  }
  const bands = buildIndex(edgeCount, ranges, 1, bandCount);
  return {
    kind: "prepared-area",
    edgeCount,
    x0: x0.subarray(0, edgeCount),
    y0: y0.subarray(0, edgeCount),
    x1: x1.subarray(0, edgeCount),
    y1: y1.subarray(0, edgeCount),
    qMean: qMean.subarray(0, edgeCount),
    ringStart: Int32Array.from(ringStarts),
    prefix,
    ringIntegral: Float64Array.from(ringSums),
    ringBox: Float64Array.from(ringBoxes),
    bbox: [minX, minY, maxX, maxY],
    area,
    chunkBox,
    bandCount,
    bandHeight,
    bands,
    stamp: new Float64Array(edgeCount),
    geometry: multi,
  };
}

const grids = new WeakMap<PreparedArea, EdgeGrid>();

/**
 * The uniform grid of a prepared area's edges (about 4 cells per edge, roughly square in
 * degrees), built on first use and kept: an area that is only ever walked never pays for it.
 *
 * @example
 * ```ts
 * import { edgeGrid, prepare } from "./prepare.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(edgeGrid(prepare([[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]])).cells.items.length > 0, true);
 * ```
 */
export function edgeGrid(area: PreparedArea): EdgeGrid {
  const cached = grids.get(area);
  if (cached) return cached;
  const { edgeCount, x0, y0, x1, y1 } = area;
  const [minX, minY, maxX, maxY] = area.bbox;
  const width = Math.max(maxX - minX, 1e-12);
  const height = Math.max(maxY - minY, 1e-12);
  const cellCount = Math.max(1, Math.min(4 * edgeCount, 1 << 20));
  const columns = Math.max(1, Math.round(Math.sqrt(cellCount * width / height)));
  const rows = Math.max(1, Math.round(cellCount / columns));
  const cellWidth = width / columns;
  const cellHeight = height / rows;
  const ranges = new Int32Array(4 * edgeCount);
  for (let e = 0; e < edgeCount; e++) {
    ranges[4 * e] = cellOf(Math.min(x0[e], x1[e]), minX, cellWidth, columns);
    ranges[4 * e + 1] = cellOf(Math.min(y0[e], y1[e]), minY, cellHeight, rows);
    ranges[4 * e + 2] = cellOf(Math.max(x0[e], x1[e]), minX, cellWidth, columns);
    ranges[4 * e + 3] = cellOf(Math.max(y0[e], y1[e]), minY, cellHeight, rows);
  }
  const cells = buildIndex(edgeCount, ranges, columns, columns * rows);
  // Summed-area table of edges per cell: "any edge in this block of cells?" in O(1).
  const stride = columns + 1;
  const sum = new Int32Array(stride * (rows + 1));
  for (let r = 0; r < rows; r++) {
    let rowSum = 0;
    for (let c = 0; c < columns; c++) {
      const cell = r * columns + c;
      rowSum += cells.start[cell + 1] - cells.start[cell];
      sum[(r + 1) * stride + c + 1] = sum[r * stride + c + 1] + rowSum;
    }
  }
  const grid = { columns, rows, cellWidth, cellHeight, cells, sum };
  grids.set(area, grid);
  return grid;
}

/**
 * The even–odd rule shared by {@link contains} and {@link containsShifted}: false outside the
 * bounding box (or for an empty area); otherwise whether the ray from (x, y) towards +lon
 * crosses an odd number of the edges of the point's band, `crosses(e, ya, yb)` deciding each
 * edge `e` (with its end latitudes `ya`, `yb`).
 */
function rayCast(
  area: PreparedArea,
  x: number,
  y: number,
  crosses: (e: number, ya: number, yb: number) => boolean,
): boolean {
  const [minX, minY, maxX, maxY] = area.bbox;
  if (x < minX || x > maxX || y < minY || y > maxY || area.edgeCount === 0) return false;
  const band = cellOf(y, minY, area.bandHeight, area.bandCount);
  const { start, items } = area.bands;
  const { y0, y1 } = area;
  let inside = false;
  for (let k = start[band], end = start[band + 1]; k < end; k++) {
    const e = items[k];
    if (crosses(e, y0[e], y1[e])) inside = !inside;
  }
  return inside;
}

/**
 * Whether a point is inside a prepared area (even–odd rule, ray cast towards +lon over the
 * edges of the point's band). A point exactly on the boundary may go either way.
 *
 * @example
 * ```ts
 * import { contains, prepare } from "./prepare.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(contains(prepare([[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]]), 1, 1), true);
 * ```
 */
export function contains(area: PreparedArea, x: number, y: number): boolean {
  const { x0, x1 } = area;
  return rayCast(area, x, y, (e, ya, yb) => {
    if ((ya > y) === (yb > y)) return false;
    const xa = x0[e];
    return x < xa + (y - ya) * (x1[e] - xa) / (yb - ya);
  });
}

/**
 * Whether the point (x, y) shifted by s·δ, δ = (ε, ε²) infinitesimal (see `orientShifted`), is
 * inside a prepared area (even–odd rule). Exact for any double input: a point on the boundary
 * goes to the side the shift takes it, consistently with the crossing tests of
 * `intersectionArea`.
 *
 * @example
 * ```ts
 * import { containsShifted, prepare } from "./prepare.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const square = prepare([[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]]);
 * containsShifted(square, 1, 0, 1); // true: (1, 0) shifted up and right is inside
 * assertEquals(containsShifted(square, 1, 0, -1), false);
 * ```
 */
export function containsShifted(area: PreparedArea, x: number, y: number, s: number): boolean {
  const { x0, x1 } = area;
  return rayCast(area, x, y, (e, ya, yb) => {
    // Above the shifted point (y + s·ε²)?
    const aboveA = ya > y || (ya === y && s < 0);
    const aboveB = yb > y || (yb === y && s < 0);
    if (aboveA === aboveB) return false;
    // The ray towards +x crosses an upward edge if the point is on its left, a downward one if
    // on its right.
    const side = orientShifted(x0[e], ya, x1[e], yb, x, y, s);
    return aboveB ? side > 0 : side < 0;
  });
}
