/**
 * A key (legend) drawn as SVG marks: one swatch and label per series, in a column. Plot's own
 * legends are HTML beside the SVG; this one stays inside it, so a raster copy keeps it.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";

/** One entry of a key. */
export interface KeyItem {
  label: string;
  /** `area` a filled square, `point` a dot, `line` a short line (dashed with `dash`). */
  swatch: "area" | "point" | "line";
  color: string;
  /** The square's or dot's outline (default none for points, a darker edge for areas). */
  stroke?: string;
  /** `strokeDasharray` of a line swatch, e.g. "4,3". */
  dash?: string;
  /** Fill opacity of an area swatch. */
  opacity?: number;
}

/** Where the key's first row is: a frame corner, then an offset in pixels. */
export interface KeyPlacement {
  frameAnchor?: "top-left" | "top-right" | "bottom-left" | "bottom-right";
  dx?: number;
  dy?: number;
  /** Row height in pixels (default 16). */
  row?: number;
  fontSize?: number;
}

// A horizontal line as a d3 symbol (Plot draws it with the dot's stroke).
const LINE_SYMBOL = {
  draw(context: { moveTo(x: number, y: number): void; lineTo(x: number, y: number): void }) {
    context.moveTo(-8, 0);
    context.lineTo(8, 0);
  },
};

/**
 * The marks of a key. Labels get a white halo so that they read over lines and areas; for a key
 * anchored on the right, the swatch sits at the right and the text ends left of it.
 *
 * @example
 * ```ts
 * import { keyMarks } from "./key.ts";
 * const marks = keyMarks([
 *   { label: "claimed losses", swatch: "line", color: "#b2182b" },
 *   { label: "the article's range", swatch: "area", color: "#ddd" },
 * ]);
 * marks.length; // 4: a swatch and a label per entry
 * ```
 */
export function keyMarks(items: readonly KeyItem[], placement: KeyPlacement = {}): Plot.Markish[] {
  const frameAnchor = placement.frameAnchor ?? "top-left";
  const right = frameAnchor.endsWith("right");
  const row = placement.row ?? 16;
  const dx = placement.dx ?? (right ? -10 : 10);
  const dy = placement.dy ?? 10;
  return items.flatMap((item, index) => {
    const y = dy + index * row;
    const swatch = item.swatch === "line"
      ? Plot.dot([item], {
        frameAnchor,
        dx,
        dy: y,
        symbol: LINE_SYMBOL,
        r: 8,
        fill: "none",
        stroke: item.color,
        strokeWidth: 2,
        strokeDasharray: item.dash,
      })
      : Plot.dot([item], {
        frameAnchor,
        dx,
        dy: y,
        symbol: item.swatch === "area" ? "square" : "circle",
        r: item.swatch === "area" ? 6 : 3.5,
        fill: item.color,
        fillOpacity: item.opacity,
        stroke: item.stroke ?? (item.swatch === "area" ? "#555" : "white"),
        strokeWidth: item.swatch === "area" ? 0.5 : 1,
      });
    const label = Plot.text([item.label], {
      frameAnchor,
      dx: right ? dx - 12 : dx + 12,
      dy: y,
      textAnchor: right ? "end" : "start",
      // A frame anchor would otherwise align the text's top or bottom with the swatch's centre.
      lineAnchor: "middle",
      fontSize: placement.fontSize ?? 11,
      fill: "#222",
      stroke: "white",
      strokeWidth: 3,
    });
    return [swatch, label];
  });
}
