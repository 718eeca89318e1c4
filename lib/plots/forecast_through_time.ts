/**
 * The Donetsk forecast through time: on each as-of day, the date each method says the remainder
 * reaches zero, against the article's month (± 1), so a reader sees forecasts move as data arrive.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import type { ForecastPoint } from "../sweep/forecast_through_time_data.ts";
import { type Figure, renderPlot } from "./render.ts";
import { utcDay } from "./utc_day.ts";

/** Options of {@link forecastThroughTimeFigure}. */
export interface ForecastThroughTimeOptions {
  /** The claimed month `YYYY-MM`, shaded from its first day a month before to a month after. */
  claimedMonth?: string;
  articleAsOf?: string;
  id?: string;
  title?: string;
  /** Draw the title and a reading line above the figure (default true). */
  heading?: boolean;
  /** Forecasts later than this are not drawn (a rate near zero sends a date decades out and
   * would flatten every other line); default 2035-12-31. */
  latest?: string;
}

function monthStart(month: string, by: number): Date {
  const [year, index] = month.split("-").map(Number);
  return new Date(Date.UTC(year, index - 1 + by, 1));
}

/**
 * One line per method: x the as-of day, y the forecast date.
 *
 * @example
 * ```ts
 * import { forecastThroughTimeFigure } from "./forecast_through_time.ts";
 * forecastThroughTimeFigure([
 *   { asOf: "2026-01-01", method: "ISW method", zeroDate: "2027-05-01" },
 *   { asOf: "2026-01-02", method: "ISW method", zeroDate: "2027-05-03" },
 * ], { claimedMonth: "2027-08" }).markup;
 * ```
 */
export function forecastThroughTimeFigure(
  points: readonly ForecastPoint[],
  options: ForecastThroughTimeOptions = {},
): Figure {
  if (points.length === 0) throw new Error("forecastThroughTimeFigure: no forecast to show");
  const latest = options.latest ?? "2035-12-31";
  // Beyond `latest` a line breaks (a gap) rather than joining across the missing days.
  const data = points.map((p) => p.zeroDate <= latest ? p : { ...p, zeroDate: null }).map((p) => ({
    ...p,
    day: utcDay(p.asOf),
    date: p.zeroDate === null ? null : utcDay(p.zeroDate),
  }));
  const days = data.map((d) => d.day.getTime());
  const x1 = new Date(Math.min(...days));
  const x2 = new Date(Math.max(...days));
  const marks: Plot.Markish[] = [];
  if (options.claimedMonth) {
    const band = [{
      x1,
      x2,
      y1: monthStart(options.claimedMonth, -1),
      y2: monthStart(options.claimedMonth, 2),
    }];
    marks.push(Plot.rect(band, { x1: "x1", x2: "x2", y1: "y1", y2: "y2", fill: "#f2d675" }));
    marks.push(Plot.text(band, {
      x: "x1",
      y: "y2",
      text: () => `article: ${options.claimedMonth} ± 1 month`,
      textAnchor: "start",
      dx: 3,
      dy: 8,
      fontSize: 9,
    }));
  }
  if (options.articleAsOf) {
    marks.push(
      Plot.ruleX([utcDay(options.articleAsOf)], { stroke: "#111", strokeDasharray: "3,2" }),
    );
  }
  marks.push(Plot.line(data, { x: "day", y: "date", stroke: "method", strokeWidth: 1.2 }));
  const title = options.title ??
    `When Donetsk's remainder would reach zero, as forecast on each as-of day, by method ` +
      `(dates after ${latest} not drawn)`;
  return renderPlot(
    options.id ?? "donetsk-forecast-through-time",
    title,
    {
      // A visible title and a line on how to read it, unless the caller draws its own.
      ...(options.heading === false ? {} : {
        title,
        subtitle:
          "ISW's method (the remainder over the average daily gain of a window) computed again as of each day; the shaded months are the article's \"by August 2027\", give or take one.",
      }),
      width: 760,
      height: 360,
      marginLeft: 64,
      x: { type: "utc", label: "as-of day" },
      y: { type: "utc", label: "forecast date", grid: true },
      color: { type: "categorical", scheme: "tableau10", legend: true },
      marks,
    },
  );
}
