/**
 * Figure: the cost of the advance per km² from each source on the same axes (General Staff,
 * The Economist, UK MoD; killed-only series in lighter, hollow marks), by month or by year, each
 * interval as a vertical bar, the article's figure as a reference line.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { type Figure, renderPlot } from "./render.ts";

// What the figure draws is what the claim computes (`troops-per-km2-2025`'s series).
import type { CostPoint } from "../claims/a/independent_figure_data.ts";
export type { CostPoint };

/** Options of {@link independentCostFigure}. */
export interface IndependentCostOptions {
  id: string;
  title: string;
  /** `month` (a time axis) or `year` (one panel per year). */
  period: "month" | "year";
  colors: Record<string, string>;
  reference?: { value: number; label: string };
  /** A log y axis (monthly ratios span orders of magnitude). */
  logY?: boolean;
}

/**
 * Builds the figure. By month, sources sit side by side inside their month (offset by their
 * order in `colors`) on a time axis; by year, one panel per year with a slot per source. Throws
 * on an empty list.
 *
 * @example
 * ```ts
 * import { independentCostFigure } from "./independent_cost.ts";
 * independentCostFigure(
 *   [{ source: "UK MoD", start: "2025-01-01", value: 95.6, killed: false }],
 *   { id: "cost-by-year", title: "Cost per km²", period: "year", colors: { "UK MoD": "#1b7837" } },
 * );
 * ```
 */
export function independentCostFigure(
  points: readonly CostPoint[],
  options: IndependentCostOptions,
): Figure {
  if (points.length === 0) throw new Error("independentCostFigure: no points to show");
  const names = Object.keys(options.colors);
  const rows = points.map((p) => {
    // Months on a time axis, each source offset inside its month; years as facets by source.
    const slot = (names.indexOf(p.source) + 1) / (names.length + 1);
    return {
      ...p,
      year: p.start.slice(0, 4),
      x: new Date(Date.parse(`${p.start}T00:00:00Z`) + slot * 30 * 86_400_000),
    };
  });
  const byYear = options.period === "year";
  const x = byYear ? "source" : "x";
  const facet = byYear ? { fx: "year" } : {};
  const intervals = rows.filter((p) => p.low !== undefined && p.high !== undefined);
  const reference = options.reference;
  const tooltip = (p: CostPoint) =>
    `${p.source}, ${byYear ? p.start.slice(0, 4) : p.start.slice(0, 7)}: ` +
    `${Math.round(p.value)} per km²` +
    (p.low !== undefined && p.high !== undefined
      ? ` (${Math.round(p.low)} to ${Math.round(p.high)})`
      : "") +
    (p.killed ? ", killed only" : "");
  return renderPlot(options.id, options.title, {
    width: 760,
    height: 340,
    marginLeft: 56,
    x: byYear ? { domain: names, axis: null, padding: 0.2 } : { type: "utc", label: null },
    ...(byYear ? { fx: { label: null, padding: 0.1 } } : {}),
    // nice and insetTop: the highest dot clear of the frame's top edge.
    y: options.logY
      ? { type: "log", label: "per km² gained (log scale)", grid: true, nice: true, insetTop: 6 }
      : { label: "per km² gained", grid: true, zero: true, nice: true, insetTop: 6 },
    color: { domain: names, range: names.map((n) => options.colors[n]), legend: true },
    marks: [
      Plot.ruleX(intervals, {
        x,
        ...facet,
        y1: "low",
        y2: "high",
        stroke: "source",
        strokeWidth: 2,
      }),
      Plot.dot(rows.filter((p) => !p.killed), {
        x,
        ...facet,
        y: "value",
        fill: "source",
        r: 3.5,
        title: tooltip,
      }),
      Plot.dot(rows.filter((p) => p.killed), {
        x,
        ...facet,
        y: "value",
        stroke: "source",
        fill: "white",
        r: 3.5,
        title: tooltip,
      }),
      ...(reference === undefined ? [] : [
        Plot.ruleY([reference.value], { stroke: "#b2182b", strokeDasharray: "4,3" }),
        // By year the first slot (the General Staff) sits at the left, near the reference value:
        // the label goes to the right there, where the killed-only series are far below it.
        Plot.text([reference.label], {
          frameAnchor: byYear ? "right" : "left",
          y: reference.value,
          dy: -7,
          textAnchor: byYear ? "end" : "start",
          fill: "#b2182b",
          stroke: "white",
          strokeWidth: 3,
        }),
      ]),
    ],
  });
}
