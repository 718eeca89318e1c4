/**
 * Figure: the General Staff's daily personnel-loss claims against a line (1,000 a day), one bar
 * per day, the days above the line in red, with a 7-day mean.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { withHeading } from "./heading.ts";
import { type Figure, renderPlot } from "./render.ts";
import { utcDay } from "./utc_day.ts";

/** The losses counted for one day (`date` is the day counted, not the report's date). */
export interface DailyLossPoint {
  date: string;
  losses: number;
}

/** Options of {@link dailyLossesFigure}. */
export interface DailyLossesOptions {
  /** The line drawn and counted against (default 1,000). */
  threshold?: number;
  /** Figure id (default `daily-losses`). */
  id?: string;
  /** Title (default names the period from the first and last day). */
  title?: string;
}

/**
 * Builds the daily-losses figure from the days to show (in any order). Throws on an empty series.
 *
 * @example
 * ```ts
 * import { dailyLossesFigure } from "./daily_losses.ts";
 * const figure = dailyLossesFigure([
 *   { date: "2025-01-01", losses: 1_140 },
 *   { date: "2025-01-02", losses: 960 },
 * ]);
 * figure; // in a notebook: the bars, the 1,000 line and "1 of 2 days above 1,000"
 * ```
 */
export function dailyLossesFigure(
  days: readonly DailyLossPoint[],
  options: DailyLossesOptions = {},
): Figure {
  if (days.length === 0) throw new Error("dailyLossesFigure: no days to show");
  const threshold = options.threshold ?? 1000;
  const sorted = [...days].sort((a, b) => a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
  const first = sorted[0].date;
  const last = sorted[sorted.length - 1].date;
  const above = sorted.filter((day) => day.losses > threshold).length;
  const points = sorted.map((day) => ({ ...day, day: utcDay(day.date) }));
  const thresholdText = threshold.toLocaleString("en-US");
  const title = options.title ??
    `Russian personnel losses per day claimed by Ukraine's General Staff, ${first} to ${last}`;
  const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
  const plot: Plot.PlotOptions = {
    width: 760,
    height: 340,
    marginLeft: 56,
    marginTop: 20,
    x: { type: "utc", label: null },
    y: { label: "losses per day (people)", grid: true, zero: true },
    marks: [
      Plot.rectY(points, {
        x: "day",
        interval: "day",
        y: "losses",
        fill: (d: { losses: number }) => d.losses > threshold ? "#b2182b" : "#9e9e9e",
        inset: 0,
        title: (d: DailyLossPoint) => `${d.date}: ${fmt(d.losses)} losses claimed`,
      }),
      Plot.lineY(
        points,
        Plot.windowY({ k: 7, anchor: "end" }, {
          x: "day",
          y: "losses",
          stroke: "#222",
          strokeWidth: 1.2,
          title: () => "7-day mean of the daily claims",
        }),
      ),
      Plot.ruleY([threshold], {
        stroke: "#b2182b",
        strokeDasharray: "4,3",
        title: () => `${thresholdText} a day`,
      }),
    ],
  };
  return renderPlot(
    options.id ?? "daily-losses",
    title,
    withHeading(plot, {
      title,
      subtitle: `${above} of ${sorted.length} days above ${thresholdText} (red). ` +
        "Each bar is the day the report counts (the report's date minus one). Units: people a day.",
      key: [
        { label: `day above ${thresholdText}`, swatch: "area", color: "#b2182b" },
        { label: `day at or below ${thresholdText}`, swatch: "area", color: "#9e9e9e" },
        { label: "7-day mean", swatch: "line", color: "#222" },
        { label: `${thresholdText} a day`, swatch: "line", color: "#b2182b", dash: "4,3" },
      ],
    }),
  );
}
