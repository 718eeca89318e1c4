/**
 * Figure: the area of Donetsk Oblast still held by Ukraine over time, and projections of the date
 * it would reach zero at several rates of advance (a fan of dashed lines, each labelled where it
 * reaches zero), with the article's month (give or take one) shaded.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { type Figure, renderPlot } from "./render.ts";
import { utcDay } from "./utc_day.ts";

/** The area still held on one date. */
export interface HeldPoint {
  date: string;
  heldKm2: number;
}

/** One projection to zero: from a start point, at a constant rate, down to zero on `zeroDate`. */
export interface ProjectionLine {
  /** Short label, e.g. "ISW method (DeepState)", "last 90 days". */
  label: string;
  startDate: string;
  startKm2: number;
  /** The date the projection reaches zero (ISO `YYYY-MM-DD`). */
  zeroDate: string;
}

/** Options of {@link donetskProjectionFigure}. */
export interface DonetskProjectionOptions {
  /** The claimed month (`YYYY-MM`), shaded from the month before to the month after. */
  claimedMonth?: string;
  /** Figure id (default `donetsk-projection`). */
  id?: string;
  /** Title. */
  title?: string;
}

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
  const segments = projections.flatMap((line) => [
    { label: line.label, day: utcDay(line.startDate), km2: line.startKm2 },
    { label: line.label, day: utcDay(line.zeroDate), km2: 0 },
  ]);
  const ends = projections.map((line, index) => ({
    label: line.label,
    key: `${line.label}: zero in ${line.zeroDate.slice(0, 7)}`,
    day: utcDay(line.zeroDate),
    index,
  }));
  const claimed = options.claimedMonth;
  const band = claimed === undefined ? [] : [{
    from: shiftMonth(claimed, -1),
    to: shiftMonth(claimed, 2),
    label: `article: ${claimed} ± 1 month`,
  }];
  const title = options.title ??
    "Donetsk Oblast still held by Ukraine (km²) and projections of when it would reach zero";
  return renderPlot(options.id ?? "donetsk-projection", title, {
    width: 760,
    height: 380,
    marginLeft: 56,
    marginTop: 20,
    x: { type: "utc", label: null },
    y: { label: "km² of Donetsk Oblast still held", grid: true, zero: true },
    color: { type: "categorical", scheme: "tableau10" },
    marks: [
      Plot.rectX(band, { x1: "from", x2: "to", fill: "#f2d675", fillOpacity: 0.45 }),
      Plot.text(band, {
        x: "from",
        frameAnchor: "bottom",
        text: "label",
        textAnchor: "start",
        dx: 3,
        dy: -8,
        fontSize: 9,
      }),
      Plot.line(segments, {
        x: "day",
        y: "km2",
        z: "label",
        stroke: "label",
        strokeDasharray: "5,3",
        strokeWidth: 1.3,
      }),
      Plot.dot(ends, { x: "day", y: 0, fill: "label", r: 3 }),
      // The key, top right: one line per projection in its colour.
      ...ends.map((end) =>
        Plot.text([end], {
          frameAnchor: "top-right",
          text: "key",
          fill: "label",
          textAnchor: "end",
          dy: 16 + end.index * 14,
          fontSize: 10,
          stroke: "white",
          strokeWidth: 3,
        })
      ),
      Plot.line(past, { x: "day", y: "heldKm2", stroke: "#222", strokeWidth: 1.8 }),
      Plot.ruleY([0]),
    ],
  });
}
