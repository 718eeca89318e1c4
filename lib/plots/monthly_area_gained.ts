/**
 * Figure: the net area newly occupied each month (km²), one bar per month; a month in which the
 * occupied area shrank shows below zero in blue.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { withHeading } from "./heading.ts";
import { type Figure, renderPlot } from "./render.ts";

/** The net area gained in one month (`YYYY-MM`): occupied at its end minus at the previous end. */
export interface MonthlyAreaPoint {
  month: string;
  areaKm2: number;
}

/** Options of {@link monthlyAreaGainedFigure}. */
export interface MonthlyAreaOptions {
  /** Figure id (default `monthly-area-gained`). */
  id?: string;
  /** Title (default names the source as "DeepState"). */
  title?: string;
  /** The source of the areas, shown in the default title (default "DeepState"). */
  source?: string;
}

/** The first day of a `YYYY-MM` month, as a UTC date. */
export function monthStart(month: string): Date {
  if (!/^\d{4}-\d{2}$/.test(month)) {
    throw new RangeError(`expected a month YYYY-MM, found '${month}'`);
  }
  return new Date(`${month}-01T00:00:00Z`);
}

/**
 * Builds the monthly area figure. Throws on an empty series or a malformed month.
 *
 * @example
 * ```ts
 * import { monthlyAreaGainedFigure } from "./monthly_area_gained.ts";
 * monthlyAreaGainedFigure([{ month: "2025-01", areaKm2: 427 }, { month: "2025-02", areaKm2: 389 }]);
 * ```
 */
export function monthlyAreaGainedFigure(
  months: readonly MonthlyAreaPoint[],
  options: MonthlyAreaOptions = {},
): Figure {
  if (months.length === 0) throw new Error("monthlyAreaGainedFigure: no months to show");
  const points = months.map((row) => {
    const start = monthStart(row.month);
    // Labels sit over the middle of the month's bar.
    return { ...row, start, middle: new Date(start.getTime() + 15 * 86_400_000) };
  });
  const label = (d: MonthlyAreaPoint) => Math.round(d.areaKm2).toLocaleString("en-US");
  const source = options.source ?? "DeepState";
  const title = options.title ?? `Net area newly occupied by Russia per month (${source}), km²`;
  const tip = (d: MonthlyAreaPoint) => `${d.month}: ${label(d)} km² net (${source})`;
  const plot: Plot.PlotOptions = {
    width: 760,
    height: 300,
    marginLeft: 56,
    x: { type: "utc", label: null },
    y: { label: "km² gained in the month", grid: true, zero: true, insetTop: 14 }, // room for the tallest bar's label
    marks: [
      Plot.rectY(points, {
        x: "start",
        interval: "month",
        y: "areaKm2",
        fill: (d: MonthlyAreaPoint) => d.areaKm2 < 0 ? "#2166ac" : "#b2182b",
        inset: 1,
        title: tip,
      }),
      Plot.text(points.filter((d) => d.areaKm2 >= 0), {
        x: "middle",
        y: "areaKm2",
        text: label,
        dy: -6,
        fontSize: 8,
      }),
      Plot.text(points.filter((d) => d.areaKm2 < 0), {
        x: "middle",
        y: "areaKm2",
        text: label,
        dy: 7,
        fontSize: 8,
      }),
      Plot.ruleY([0]),
    ],
  };
  return renderPlot(
    options.id ?? "monthly-area-gained",
    title,
    withHeading(plot, {
      title,
      subtitle: "The occupied area at the end of each month minus at the end of the month " +
        "before. Units: km².",
      key: [
        { label: "net gain (km²)", swatch: "area", color: "#b2182b" },
        ...(points.some((d) => d.areaKm2 < 0)
          ? [{ label: "net loss (km²)", swatch: "area" as const, color: "#2166ac" }]
          : []),
      ],
    }),
  );
}
