/**
 * The fall-date fan: on each as-of day, the block-bootstrap distribution of the day Donetsk's
 * remainder falls (5-95 % and 25-75 % ribbons, the median as a line), per rate, against the
 * article's month.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import type { FanPoint } from "../sweep/fall_date_fan_data.ts";
import { type Figure, renderPlot } from "./render.ts";
import { utcDay } from "./utc_day.ts";

/** Options of {@link fallDateFanFigure}. */
export interface FallDateFanOptions {
  /** The claimed month `YYYY-MM`, drawn as two rules a month either side. */
  claimedMonth?: string;
  articleAsOf?: string;
  id?: string;
  title?: string;
  /** Draw the title and a reading line above the figure (default true). */
  heading?: boolean;
}

function monthStart(month: string, by: number): Date {
  const [year, index] = month.split("-").map(Number);
  return new Date(Date.UTC(year, index - 1 + by, 1));
}

/**
 * The fan of both rates (quantiles beyond the ten-year horizon are left out).
 *
 * @example
 * ```ts
 * import { fallDateFanFigure } from "./fall_date_fan.ts";
 * fallDateFanFigure([{ asOf: "2026-01-01", rate: "whole-front", q05: "2027-02-01",
 *   q25: "2027-04-01", q50: "2027-05-01", q75: "2027-06-01", q95: "2027-07-01", probabilityBy: 1 }]);
 * ```
 */
export function fallDateFanFigure(
  points: readonly FanPoint[],
  options: FallDateFanOptions = {},
): Figure {
  const data = points
    .filter((p) => p.q05 && p.q25 && p.q50 && p.q75 && p.q95)
    .map((p) => ({
      day: utcDay(p.asOf),
      rate: p.rate === "whole-front" ? "whole-front gains (ISW's premise)" : "Donetsk-only gains",
      q05: utcDay(p.q05!),
      q25: utcDay(p.q25!),
      q50: utcDay(p.q50!),
      q75: utcDay(p.q75!),
      q95: utcDay(p.q95!),
    }));
  if (data.length === 0) throw new Error("fallDateFanFigure: no quantiles to show");
  const marks: Plot.Markish[] = [];
  if (options.claimedMonth) {
    const edges = [monthStart(options.claimedMonth, -1), monthStart(options.claimedMonth, 2)];
    marks.push(Plot.ruleY(edges, { stroke: "#b8860b", strokeDasharray: "4,3" }));
    marks.push(Plot.text([edges[1]], {
      y: (d: Date) => d,
      frameAnchor: "left",
      text: () => `article: ${options.claimedMonth} ± 1 month`,
      textAnchor: "start",
      dx: 3,
      dy: -6,
      fontSize: 9,
    }));
  }
  if (options.articleAsOf) {
    marks.push(
      Plot.ruleX([utcDay(options.articleAsOf)], { stroke: "#111", strokeDasharray: "3,2" }),
    );
  }
  marks.push(
    Plot.areaY(data, { x: "day", y1: "q05", y2: "q95", z: "rate", fill: "rate", fillOpacity: 0.2 }),
    Plot.areaY(data, {
      x: "day",
      y1: "q25",
      y2: "q75",
      z: "rate",
      fill: "rate",
      fillOpacity: 0.35,
    }),
    Plot.line(data, { x: "day", y: "q50", z: "rate", stroke: "rate", strokeWidth: 1.5 }),
  );
  const title = options.title ??
    "Donetsk's simulated fall date from each as-of day: median, 25-75 % and 5-95 % of 1,000 futures";
  return renderPlot(
    options.id ?? "donetsk-fall-date-fan",
    title,
    {
      // A visible title and a line on how to read it, unless the caller draws its own.
      ...(options.heading === false ? {} : {
        title,
        subtitle:
          "Each as-of day's fan comes from resampling, in blocks, the daily net gains observed before that day, for the whole-front and the Donetsk-only rate.",
      }),
      width: 760,
      height: 380,
      marginLeft: 64,
      x: { type: "utc", label: "as-of day" },
      y: { type: "utc", label: "simulated fall date", grid: true },
      color: { type: "categorical", scheme: "tableau10", legend: true },
      marks,
    },
  );
}
