/**
 * Figure: a timeline of the dates behind the article's date claims: points for single days,
 * bars for spans (a pause, a gap between rounds of talks), one lane per thread of events.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { type Figure, renderPlot } from "./render.ts";
import { utcDay } from "./utc_day.ts";

/** One dated item: a day (`end` absent) or a span. */
export interface TimelineItem {
  /** The lane it is drawn in, e.g. "talks", "US aid", "peace plans". */
  lane: string;
  label: string;
  /** ISO `YYYY-MM-DD`. */
  start: string;
  /** ISO `YYYY-MM-DD` for a span. */
  end?: string;
}

/** Options of {@link timelineFigure}. */
export interface TimelineOptions {
  id?: string;
  title?: string;
}

/**
 * Builds the timeline. Throws on an empty list or a span that ends before it starts.
 *
 * @example
 * ```ts
 * import { timelineFigure } from "./timeline.ts";
 * timelineFigure([
 *   { lane: "talks", label: "Istanbul", start: "2022-03-29" },
 *   { lane: "talks", label: "no direct talks", start: "2022-03-29", end: "2025-05-16" },
 * ]);
 * ```
 */
export function timelineFigure(
  items: readonly TimelineItem[],
  options: TimelineOptions = {},
): Figure {
  if (items.length === 0) throw new Error("timelineFigure: no items");
  for (const item of items) {
    if (item.end !== undefined && item.end < item.start) {
      throw new Error(`timelineFigure: '${item.label}' ends (${item.end}) before it starts`);
    }
  }
  const lanes = [...new Set(items.map((i) => i.lane))];
  const spans = items.filter((i) => i.end !== undefined)
    .map((i) => ({ ...i, x1: utcDay(i.start), x2: utcDay(i.end as string) }));
  // Labels of neighbouring days in a lane alternate above and below the dot so they do not collide.
  const days = items.filter((i) => i.end === undefined)
    .sort((a, b) => a.start.localeCompare(b.start))
    .map((i, index, all) => ({
      ...i,
      x: utcDay(i.start),
      dy: all.slice(0, index).filter((o) => o.lane === i.lane).length % 2 === 0 ? -12 : 14,
    }));
  return renderPlot(options.id ?? "timeline", options.title ?? "Timeline of the dates checked", {
    width: 760,
    height: 80 + 70 * lanes.length,
    marginLeft: 100,
    marginRight: 40,
    x: { type: "utc", label: null, grid: true },
    y: { domain: lanes, label: null },
    marks: [
      Plot.barX(spans, {
        x1: "x1",
        x2: "x2",
        y: "lane",
        fill: "#9ecae1",
        insetTop: 22,
        insetBottom: 22,
      }),
      Plot.text(spans, {
        x: (d: { x1: Date; x2: Date }) => new Date((d.x1.getTime() + d.x2.getTime()) / 2),
        y: "lane",
        text: "label",
        dy: 16,
        fontSize: 10,
        fill: "#08519c",
      }),
      Plot.dot(days, { x: "x", y: "lane", r: 4, fill: "#08306b" }),
      ...[-12, 14].map((dy) =>
        Plot.text(days.filter((d) => d.dy === dy), {
          x: "x",
          y: "lane",
          text: "label",
          dy,
          fontSize: 10,
          lineWidth: 12,
        })
      ),
    ],
  });
}
