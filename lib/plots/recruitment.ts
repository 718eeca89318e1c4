/**
 * Figure: recruitment per month as Russian officials announced it (one horizontal segment per
 * announcement across the year it covers) against the General Staff's claimed Russian losses per
 * month, with the article's band of 30,000 to 40,000 shaded.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { withHeading } from "./heading.ts";
import type { KeyItem } from "./key.ts";
import { type Figure, renderPlot } from "./render.ts";
import { utcDay } from "./utc_day.ts";
// The figure draws what the claim's check returns: the row type is the claim's.
import type { RecruitmentSegment } from "../claims/b/recruitment_series.ts";
export type { RecruitmentSegment };

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
  const color = (label: string) => COLORS[labels.indexOf(label) % COLORS.length];
  // Announcements of the same year can be almost equal (Medvedev's and Belousov's 2025 interim
  // totals): each is shifted a few pixels so that none hides another; the key gives the values.
  const bars = segments.map((s) => {
    const sameYear = segments.filter((other) => other.year === s.year);
    const rank = sameYear.indexOf(s);
    return {
      ...s,
      x1: utcDay(`${s.year}-01-01`),
      x2: utcDay(`${s.year + 1}-01-01`),
      dy: (rank - (sameYear.length - 1) / 2) * 5,
    };
  });
  const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
  const band = `the article: ${fmt(low)} to ${fmt(high)} a month`;
  const key: KeyItem[] = [
    ...bars.map((bar): KeyItem => ({
      label: `${bar.label} (${bar.year}): ${fmt(bar.perMonth)} a month`,
      swatch: "line",
      color: color(bar.label),
    })),
    ...(lossPoints.length === 0 ? [] : [{
      label: "losses claimed by Ukraine's General Staff (killed and wounded)",
      swatch: "line" as const,
      color: "#b2182b",
    }]),
    { label: band, swatch: "area", color: "#e0e0e0", stroke: "#bbb" },
  ];
  const title = options.title ??
    "Announced recruitment per month against losses per month claimed by Ukraine's General Staff";
  const plot: Plot.PlotOptions = {
    width: 760,
    height: 360,
    marginLeft: 60,
    x: { type: "utc", domain: [start, end], label: null },
    y: { label: "people per month", grid: true, zero: true },
    marks: [
      Plot.rect([{ x1: start, x2: end, y1: low, y2: high }], {
        x1: "x1",
        x2: "x2",
        y1: "y1",
        y2: "y2",
        fill: "#e0e0e0",
        fillOpacity: 0.6,
        title: () => band,
      }),
      Plot.lineY(lossPoints, { x: "date", y: "losses", stroke: "#b2182b", strokeWidth: 1.5 }),
      Plot.dot(lossPoints, {
        x: "date",
        y: "losses",
        fill: "#b2182b",
        r: 2,
        title: (d: LossMonth) => `${d.month}: ${fmt(d.losses)} losses claimed`,
      }),
      ...bars.map((bar) =>
        Plot.ruleY([bar], {
          x1: "x1",
          x2: "x2",
          y: "perMonth",
          dy: bar.dy,
          stroke: color(bar.label),
          strokeWidth: 3,
          title: () => `${bar.label}, ${bar.year}: ${fmt(bar.perMonth)} recruits a month`,
        })
      ),
    ],
  };
  return renderPlot(
    options.id ?? "recruitment-vs-losses",
    title,
    withHeading(plot, {
      title,
      subtitle: "Each announced yearly total is drawn as a monthly rate across its year " +
        "(interim: the year to date). Units: people per month.",
      key,
    }),
  );
}
