/**
 * Figure: the area of Donetsk Oblast still held by Ukraine over time, and projections of the date
 * it would reach zero at several rates of advance (a fan of dashed lines, each labelled where it
 * reaches zero), with the article's month (give or take one) shaded.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { withHeading } from "./heading.ts";
import type { KeyItem } from "./key.ts";
import { type Figure, renderPlot } from "./render.ts";
import { utcDay } from "./utc_day.ts";
// The figure draws what the claim's check returns: the row type is the claim's.
import type { HeldPoint } from "../claims/a/donetsk_projections.ts";
export type { HeldPoint };
import type { ProjectionLine } from "../claims/a/donetsk_by_august_2027.ts";
export type { ProjectionLine };

/** Options of {@link donetskProjectionFigure}. */
export interface DonetskProjectionOptions {
  /** The claimed month (`YYYY-MM`), shaded from the month before to the month after. */
  claimedMonth?: string;
  /** Figure id (default `donetsk-projection`). */
  id?: string;
  /** Title. */
  title?: string;
}

// Dark, distinct colours (no pale yellow), and a dash pattern per line, so that two projections
// on the same course still show both colours.
const COLORS = [
  "#d95f02",
  "#1b9e77",
  "#7570b3",
  "#e7298a",
  "#66a61e",
  "#1f78b4",
  "#a6761d",
  "#555",
];
const DASHES = ["6,3", "2,3", "9,3", "4,2,1,2", "1,2", "12,4", "3,3", "7,2,2,2"];

function shiftMonth(month: string, by: number): Date {
  const [year, index] = month.split("-").map(Number);
  return new Date(Date.UTC(year, index - 1 + by, 1));
}

/**
 * Builds the projection fan. Throws on an empty history.
 *
 * @example
 * ```ts
 * import { donetskProjectionFigure } from "./donetsk_projection.ts";
 * donetskProjectionFigure(
 *   [{ date: "2025-01-01", heldKm2: 8_000 }, { date: "2025-12-31", heldKm2: 5_400 }],
 *   [{ label: "last 90 days", startDate: "2025-12-31", startKm2: 5_400, zeroDate: "2027-06-30" }],
 *   { claimedMonth: "2027-08" },
 * );
 * ```
 */
export function donetskProjectionFigure(
  history: readonly HeldPoint[],
  projections: readonly ProjectionLine[],
  options: DonetskProjectionOptions = {},
): Figure {
  if (history.length === 0) throw new Error("donetskProjectionFigure: no history to show");
  const past = history.map((point) => ({ ...point, day: utcDay(point.date) }));
  const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
  const lines = projections.map((line, index) => ({
    ...line,
    color: COLORS[index % COLORS.length],
    dash: DASHES[index % DASHES.length],
    key: `${line.label}: zero in ${line.zeroDate.slice(0, 7)}`,
    points: [
      { day: utcDay(line.startDate), km2: line.startKm2 },
      { day: utcDay(line.zeroDate), km2: 0 },
    ],
  }));
  const claimed = options.claimedMonth;
  const band = claimed === undefined ? [] : [{
    from: shiftMonth(claimed, -1),
    to: shiftMonth(claimed, 2),
    label: `article: ${claimed} ± 1 month`,
  }];
  const title = options.title ??
    "Donetsk Oblast still held by Ukraine (km²) and projections of when it would reach zero";
  const key: KeyItem[] = [
    { label: "still held (DeepState)", swatch: "line", color: "#222" },
    ...lines.map((line): KeyItem => ({
      label: line.key,
      swatch: "line",
      color: line.color,
      dash: line.dash,
    })),
    ...band.map((b): KeyItem => ({
      label: b.label,
      swatch: "area",
      color: "#f2d675",
      stroke: "#c9a227",
    })),
  ];
  const plot: Plot.PlotOptions = {
    width: 760,
    height: 380,
    marginLeft: 56,
    marginTop: 20,
    x: { type: "utc", label: null },
    y: { label: "km² of Donetsk Oblast still held", grid: true, zero: true },
    marks: [
      Plot.rectX(band, {
        x1: "from",
        x2: "to",
        fill: "#f2d675",
        fillOpacity: 0.45,
        title: "label",
      }),
      ...lines.flatMap((line) => [
        Plot.line(line.points, {
          x: "day",
          y: "km2",
          stroke: line.color,
          strokeDasharray: line.dash,
          strokeWidth: 1.6,
          title: () =>
            `${line.label}: from ${fmt(line.startKm2)} km² on ${line.startDate} to zero on ` +
            `${line.zeroDate}`,
        }),
        Plot.dot([line.points[1]], {
          x: "day",
          y: "km2",
          fill: line.color,
          r: 3,
          title: () => line.key,
        }),
      ]),
      Plot.line(past, {
        x: "day",
        y: "heldKm2",
        stroke: "#222",
        strokeWidth: 1.8,
        title: (d: HeldPoint) => `${d.date}: ${fmt(d.heldKm2)} km² still held`,
      }),
      Plot.ruleY([0]),
    ],
  };
  return renderPlot(
    options.id ?? "donetsk-projection",
    title,
    withHeading(plot, {
      title,
      subtitle: "Black: the part of Donetsk Oblast DeepState does not show as occupied. Each " +
        "dashed line runs at a constant rate of advance to zero. Units: km².",
      key,
    }),
  );
}
