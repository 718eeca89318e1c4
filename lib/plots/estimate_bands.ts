/**
 * Figure: several casualty series on one time axis, each a line with its interval as a band
 * (The Economist's 95 % bounds, Mediazona/Meduza's), for the series side by side through the war,
 * cumulative or per month.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { type Figure, renderPlot } from "./render.ts";

// What the figure draws is what the claims module computes (the casualty series).
import type { EstimatePoint } from "../claims/a/independent_figure_data.ts";
export type { EstimatePoint };

/** Options of {@link estimateBandsFigure}. */
export interface EstimateBandsOptions {
  id: string;
  title: string;
  yLabel: string;
  /** Series names in legend order with their colours. */
  colors: Record<string, string>;
  /** Draw dots at each point (per-month series) as well as lines. */
  dots?: boolean;
}

/**
 * Builds the figure: per series, the band (where `low`/`high` exist), the line and optional dots,
 * with a colour legend. Throws on an empty series list.
 *
 * @example
 * ```ts
 * import { estimateBandsFigure } from "./estimate_bands.ts";
 * estimateBandsFigure(
 *   [{ series: "The Economist", date: "2025-01-31", value: 790000, low: 760000, high: 820000 }],
 *   { id: "casualties-cumulative", title: "Cumulative casualties", yLabel: "people", colors: { "The Economist": "#e3120b" } },
 * );
 * ```
 */
export function estimateBandsFigure(
  points: readonly EstimatePoint[],
  options: EstimateBandsOptions,
): Figure {
  if (points.length === 0) throw new Error("estimateBandsFigure: no points to show");
  const rows = points.map((p) => ({ ...p, time: new Date(`${p.date}T00:00:00Z`) }));
  const banded = rows.filter((p) => p.low !== undefined && p.high !== undefined);
  const names = Object.keys(options.colors);
  const color = { domain: names, range: names.map((n) => options.colors[n]), legend: true };
  return renderPlot(options.id, options.title, {
    width: 760,
    height: 320,
    marginLeft: 64,
    x: { type: "utc", label: null },
    y: { label: options.yLabel, grid: true, zero: true, tickFormat: "s" },
    color,
    marks: [
      Plot.areaY(banded, {
        x: "time",
        y1: "low",
        y2: "high",
        z: "series",
        fill: "series",
        fillOpacity: 0.18,
      }),
      Plot.lineY(rows, { x: "time", y: "value", z: "series", stroke: "series", strokeWidth: 1.6 }),
      ...(options.dots ? [Plot.dot(rows, { x: "time", y: "value", fill: "series", r: 2 })] : []),
      Plot.ruleY([0]),
    ],
  });
}
