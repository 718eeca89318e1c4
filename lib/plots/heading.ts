/**
 * A figure's visible title (and a line saying what it shows and in what units) drawn inside the
 * SVG, above the frame, so that it shows wherever the SVG does (a notebook, the report, a raster
 * copy) without Plot's HTML `<figure>` wrapper.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { type KeyItem, keyMarks } from "./key.ts";

/** What the heading says. */
export interface Heading {
  /** The title, bold; wrapped to the figure's width. */
  title: string;
  /** One or more lines under it (units, sources), smaller and grey. */
  subtitle?: string;
  /** A key of the series, laid out in rows under the subtitle (outside the frame). */
  key?: readonly KeyItem[];
}

const TITLE_SIZE = 14;
const KEY_ROW = 17;
const SUBTITLE_SIZE = 11;
// Average glyph width of the system sans-serif (DejaVu Sans is among the widest), in ems: enough
// to keep lines within the width; bold text is wider.
const EM_PER_CHAR = 0.56;
const BOLD_EM_PER_CHAR = 0.66;

/**
 * Splits text into lines of at most `maxChars` characters at spaces (a longer word stands alone).
 *
 * @example
 * ```ts
 * import { wrapText } from "./heading.ts";
 * wrapText("one two three", 8); // ["one two", "three"]
 * ```
 */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter((w) => w !== "")) {
      if (line === "") line = word;
      else if (line.length + 1 + word.length <= maxChars) line += ` ${word}`;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

/**
 * Lays key entries out in rows no wider than `width`: each entry's `dx` from the left edge and
 * its row.
 *
 * @example
 * ```ts
 * import { keyLayout } from "./heading.ts";
 * keyLayout([{ label: "a", swatch: "area", color: "red" }], 600); // [{ dx: 8, row: 0 }]
 * ```
 */
export function keyLayout(items: readonly KeyItem[], width: number): { dx: number; row: number }[] {
  let dx = 8;
  let row = 0;
  return items.map((item) => {
    const entry = 12 + 12 + item.label.length * 11 * EM_PER_CHAR + 18;
    if (dx > 8 && dx + entry > width) {
      dx = 8;
      row++;
    }
    const at = { dx, row };
    dx += entry;
    return at;
  });
}

/**
 * Adds a heading above the frame: grows `marginTop` (and `height`) by the heading's height and
 * appends the text marks, drawn from the SVG's top-left corner: the title, the subtitle, the key
 * in rows, then the y axis's label just above the frame (Plot would draw it at the SVG's top,
 * under the title). `width` and `marginLeft` should be set on the options.
 *
 * @example
 * ```ts
 * import * as Plot from "@observablehq/plot";
 * import { withHeading } from "./heading.ts";
 * const options = withHeading(
 *   { width: 600, marginLeft: 40, y: { label: "km²" }, marks: [Plot.lineY([1, 2])] },
 *   { title: "A line", subtitle: "units: km²", key: [{ label: "a", swatch: "line", color: "red" }] },
 * );
 * options.marginTop; // 20 + the heading's height
 * ```
 */
export function withHeading(options: Plot.PlotOptions, heading: Heading): Plot.PlotOptions {
  const width = options.width ?? 640;
  const marginLeft = options.marginLeft ?? 40;
  const marginTop = options.marginTop ?? 20;
  const titleLines = wrapText(
    heading.title,
    Math.floor((width - 16) / (TITLE_SIZE * BOLD_EM_PER_CHAR)),
  );
  const subtitleLines = heading.subtitle === undefined
    ? []
    : wrapText(heading.subtitle, Math.floor((width - 16) / (SUBTITLE_SIZE * EM_PER_CHAR)));
  const titleHeight = titleLines.length * TITLE_SIZE * 1.2;
  const subtitleHeight = subtitleLines.length * SUBTITLE_SIZE * 1.2;
  const key = heading.key ?? [];
  const layout = keyLayout(key, width);
  const keyRows = key.length === 0 ? 0 : Math.max(...layout.map((at) => at.row)) + 1;
  const keyTop = 8 + titleHeight + 2 + subtitleHeight + 6;
  const height = keyTop + keyRows * KEY_ROW + (keyRows > 0 ? 4 : 0);
  const top = marginTop + height;
  const at = {
    frameAnchor: "top-left" as const,
    textAnchor: "start" as const,
    lineAnchor: "top" as const,
  };
  const yOptions = options.y ?? {};
  const yLabel = typeof yOptions.label === "string" ? yOptions.label : undefined;
  return {
    ...options,
    height: options.height === undefined ? undefined : options.height + height,
    marginTop: top,
    ...(yLabel === undefined ? {} : { y: { ...yOptions, label: null } }),
    marks: [
      ...(options.marks ?? []),
      Plot.text([titleLines.join("\n")], {
        ...at,
        dx: 8 - marginLeft,
        dy: 8 - top,
        fontSize: TITLE_SIZE,
        fontWeight: "bold",
        fill: "#111",
        // The whole title in one piece (the wrapped lines are separate tspans), as a tooltip.
        title: () => heading.title,
      }),
      ...(subtitleLines.length === 0 ? [] : [
        Plot.text([subtitleLines.join("\n")], {
          ...at,
          dx: 8 - marginLeft,
          dy: 8 + titleHeight + 2 - top,
          fontSize: SUBTITLE_SIZE,
          fill: "#444",
        }),
      ]),
      ...key.flatMap((item, index) =>
        keyMarks([item], {
          frameAnchor: "top-left",
          dx: layout[index].dx + 6 - marginLeft,
          dy: keyTop + layout[index].row * KEY_ROW + 8 - top,
        })
      ),
      ...(yLabel === undefined ? [] : [
        Plot.text([`↑ ${yLabel}`], {
          ...at,
          dx: 3 - marginLeft,
          dy: 3 - marginTop,
          fontSize: 10,
          fill: "#222",
        }),
      ]),
    ],
  };
}
