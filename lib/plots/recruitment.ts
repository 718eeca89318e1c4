/**
 * Figure: recruitment per month as Russian officials announced it (one horizontal segment per
 * announcement across the year it covers) against the General Staff's claimed Russian losses per
 * month, with the article's band of 30,000 to 40,000 shaded.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { type Figure, renderPlot } from "./render.ts";
import { utcDay } from "./utc_day.ts";

/** One announcement as a monthly rate over the year it covers. */
export interface RecruitmentSegment {
  /** Legend label, e.g. "Medvedev, final". */
  label: string;
  year: number;
  perMonth: number;
}

/** Losses of one month. */
export interface LossMonth {
  /** `YYYY-MM`. */
  month: string;
  losses: number;
}

/** Options of {@link recruitmentFigure}. */
export interface RecruitmentFigureOptions {
  id?: string;
  title?: string;
  /** The band the article states (default 30,000 to 40,000). */
  band?: [number, number];
}

const COLORS = ["#1b7837", "#5aae61", "#762a83", "#9970ab", "#e08214", "#2166ac"];

/**
 * Builds the figure. Throws when there is nothing to draw.
 *
 * @example
 * ```ts
 * import { recruitmentFigure } from "./recruitment.ts";
 * recruitmentFigure(
 *   [{ label: "Medvedev, final", year: 2024, perMonth: 37500 }],
 *   [{ month: "2024-01", losses: 30000 }, { month: "2024-02", losses: 32000 }],
 * );
 * ```
 */
export function recruitmentFigure(
  segments: readonly RecruitmentSegment[],
  losses: readonly LossMonth[],
  options: RecruitmentFigureOptions = {},
): Figure {
  if (segments.length === 0 && losses.length === 0) {
    throw new Error("recruitmentFigure: nothing to draw");
  }
  const [low, high] = options.band ?? [30000, 40000];
  const labels = [...new Set(segments.map((s) => s.label))];
  const years = [
    ...new Set([...segments.map((s) => s.year), ...losses.map((l) => +l.month.slice(0, 4))]),
  ]
    .sort();
  const start = utcDay(`${years[0]}-01-01`);
  const end = utcDay(`${years[years.length - 1] + 1}-01-01`);
  const lossPoints = losses.map((l) => ({ ...l, date: utcDay(`${l.month}-15`) }));
  const bars = segments.map((s) => ({
    ...s,
    x1: utcDay(`${s.year}-01-01`),
    x2: utcDay(`${s.year + 1}-01-01`),
  }));
  return renderPlot(
    options.id ?? "recruitment-vs-losses",
    options.title ??
      "Announced recruitment per month against losses per month claimed by Ukraine's General Staff",
    {
      width: 760,
      height: 360,
      marginLeft: 60,
      x: { type: "utc", domain: [start, end], label: null },
      y: { label: "people per month", grid: true, zero: true },
      color: { domain: labels, range: COLORS.slice(0, Math.max(labels.length, 1)), legend: true },
      marks: [
        Plot.rect([{ x1: start, x2: end, y1: low, y2: high }], {
          x1: "x1",
          x2: "x2",
          y1: "y1",
          y2: "y2",
          fill: "#e0e0e0",
          fillOpacity: 0.6,
        }),
        Plot.text([
          `the article: ${low.toLocaleString("en-US")} to ${high.toLocaleString("en-US")}`,
        ], {
          frameAnchor: "top-left",
          dx: 6,
          dy: 6,
          fontSize: 11,
          fill: "#555",
        }),
        Plot.lineY(lossPoints, { x: "date", y: "losses", stroke: "#b2182b", strokeWidth: 1.5 }),
        Plot.dot(lossPoints, { x: "date", y: "losses", fill: "#b2182b", r: 2 }),
        Plot.ruleY(bars, { x1: "x1", x2: "x2", y: "perMonth", stroke: "label", strokeWidth: 3 }),
        Plot.text(["red: General Staff's claimed Russian losses per month (killed and wounded)"], {
          frameAnchor: "bottom-right",
          dy: -6,
          dx: -6,
          textAnchor: "end",
          fontSize: 11,
          fill: "#b2182b",
        }),
      ],
    },
  );
}
