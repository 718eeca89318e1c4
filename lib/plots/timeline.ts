/**
 * Figure: a timeline of the dates behind the article's date claims: points for single days,
 * bars for spans (a pause, a gap between rounds of talks), one lane per thread of events.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { withHeading } from "./heading.ts";
import { type Figure, renderPlot } from "./render.ts";
import { utcDay } from "./utc_day.ts";
// The figure draws what the claim's check returns: the row type is the claim's.
import type { TimelineItem } from "../claims/c/timeline.ts";
export type { TimelineItem };

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
  // A label near either end of the axis is anchored to run inwards, so that it stays clear of
  // the lane names on the left and of the figure's edge on the right.
  const times = items.flatMap((i) => [utcDay(i.start), utcDay(i.end ?? i.start)].map(Number));
  const [first, last] = [Math.min(...times), Math.max(...times)];
  const anchorOf = (x: Date): "start" | "middle" | "end" => {
    const at = last === first ? 0.5 : (x.getTime() - first) / (last - first);
    return at < 0.08 ? "start" : at > 0.92 ? "end" : "middle";
  };
  const title = options.title ?? "Timeline of the dates checked";
  const plot: Plot.PlotOptions = {
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
        title: (d: TimelineItem) => `${d.label}: ${d.start} to ${d.end}`,
      }),
      Plot.text(spans, {
        x: (d: { x1: Date; x2: Date }) => new Date((d.x1.getTime() + d.x2.getTime()) / 2),
        y: "lane",
        text: "label",
        dy: 16,
        fontSize: 10,
        fill: "#08519c",
      }),
      Plot.dot(days, {
        x: "x",
        y: "lane",
        r: 4,
        fill: "#08306b",
        title: (d: TimelineItem) => `${d.label}: ${d.start}`,
      }),
      ...[-12, 14].flatMap((dy) =>
        (["start", "middle", "end"] as const).map((anchor) =>
          Plot.text(days.filter((d) => d.dy === dy && anchorOf(d.x) === anchor), {
            x: "x",
            y: "lane",
            text: "label",
            dy,
            dx: anchor === "start" ? -4 : anchor === "end" ? 4 : 0,
            textAnchor: anchor,
            fontSize: 10,
            lineWidth: 12,
          })
        )
      ),
    ],
  };
  return renderPlot(
    options.id ?? "timeline",
    title,
    withHeading(plot, {
      title,
      subtitle: "One lane per thread of events; dates as the sources give them (UTC days).",
      key: [
        { label: "a dated event", swatch: "point", color: "#08306b" },
        { label: "a span between two dates", swatch: "area", color: "#9ecae1", stroke: "#6baed6" },
      ],
    }),
  );
}
