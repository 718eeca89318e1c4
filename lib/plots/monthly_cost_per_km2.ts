/**
 * Figure: the cost of the advance per month, in claimed Russian losses per km² newly occupied.
 * A month with no net gain has no ratio: it is marked "no gain" instead of a bar.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { withHeading } from "./heading.ts";
import type { KeyItem } from "./key.ts";
import { monthStart } from "./monthly_area_gained.ts";
import { type Figure, renderPlot } from "./render.ts";
// The figure draws what the claim's check returns: the row type is the claim's.
import type { MonthlyCostPoint } from "../claims/a/monthly_cost_series.ts";
export type { MonthlyCostPoint };

/** Options of {@link monthlyCostPerKm2Figure}. */
export interface MonthlyCostOptions {
  /** A horizontal reference line, e.g. the article's 96 troops/km² for 2025. */
  reference?: { value: number; label: string };
  /** Figure id (default `monthly-cost-per-km2`). */
  id?: string;
  /** Title. */
  title?: string;
}

/**
 * Losses per km² of one month, or `null` when the month has no net gain (the ratio would be
 * negative or infinite).
 *
 * @example
 * ```ts
 * import { lossesPerKm2 } from "./monthly_cost_per_km2.ts";
 * lossesPerKm2({ month: "2025-01", losses: 48_000, areaKm2: 400 }); // 120
 * lossesPerKm2({ month: "2025-02", losses: 40_000, areaKm2: -5 }); // null
 * ```
 */
export function lossesPerKm2(point: MonthlyCostPoint): number | null {
  return point.areaKm2 > 0 ? point.losses / point.areaKm2 : null;
}

/**
 * Builds the monthly cost figure. Throws on an empty series.
 *
 * @example
 * ```ts
 * import { monthlyCostPerKm2Figure } from "./monthly_cost_per_km2.ts";
 * monthlyCostPerKm2Figure(
 *   [{ month: "2025-01", losses: 48_000, areaKm2: 400 }],
 *   { reference: { value: 96, label: "article: 96 a km² in 2025" } },
 * );
 * ```
 */
export function monthlyCostPerKm2Figure(
  months: readonly MonthlyCostPoint[],
  options: MonthlyCostOptions = {},
): Figure {
  if (months.length === 0) throw new Error("monthlyCostPerKm2Figure: no months to show");
  const points = months.map((row) => {
    const start = monthStart(row.month);
    return {
      ...row,
      start,
      middle: new Date(start.getTime() + 15 * 86_400_000),
      ratio: lossesPerKm2(row),
    };
  });
  const withRatio = points.filter((d) => d.ratio !== null);
  const noGain = points.filter((d) => d.ratio === null);
  const reference = options.reference;
  const title = options.title ??
    "Claimed Russian losses per km² newly occupied, per month (General Staff, DeepState)";
  const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
  const key: KeyItem[] = [
    { label: "losses per km² gained in the month", swatch: "area", color: "#762a83" },
    ...(reference === undefined ? [] : [{
      label: reference.label,
      swatch: "line" as const,
      color: "#b2182b",
      dash: "4,3",
    }]),
  ];
  const plot: Plot.PlotOptions = {
    width: 760,
    height: 300,
    marginLeft: 56,
    x: { type: "utc", label: null },
    y: { label: "losses per km² gained (people per km²)", grid: true, zero: true, insetTop: 14 }, // room for the tallest bar's label
    marks: [
      // The reference line first, so that the bars and their labels are drawn over it.
      ...(reference === undefined ? [] : [
        Plot.ruleY([reference.value], {
          stroke: "#b2182b",
          strokeDasharray: "4,3",
          title: () => reference.label,
        }),
      ]),
      Plot.rectY(withRatio, {
        x: "start",
        interval: "month",
        y: "ratio",
        fill: "#762a83",
        inset: 1,
        title: (d: MonthlyCostPoint & { ratio: number }) =>
          `${d.month}: ${fmt(d.losses)} losses claimed, ${fmt(d.areaKm2)} km² gained, ` +
          `${fmt(d.ratio)} losses per km²`,
      }),
      Plot.text(withRatio, {
        x: "middle",
        y: "ratio",
        text: (d: { ratio: number }) => fmt(d.ratio),
        dy: -6,
        fontSize: 8,
        fill: "#111",
        stroke: "white",
        strokeWidth: 2,
      }),
      Plot.text(noGain, {
        x: "middle",
        frameAnchor: "bottom",
        text: () => "no gain",
        rotate: -90,
        textAnchor: "start",
        dy: -4,
        fontSize: 8,
        fill: "#555",
        title: (d: MonthlyCostPoint) =>
          `${d.month}: ${fmt(d.losses)} losses claimed, no net area gained (${fmt(d.areaKm2)} km²)`,
      }),
      Plot.ruleY([0]),
    ],
  };
  return renderPlot(
    options.id ?? "monthly-cost-per-km2",
    title,
    withHeading(plot, {
      title,
      subtitle: "Each bar: the personnel losses the General Staff claims for the month divided " +
        "by the km² DeepState shows newly occupied in it. Units: people per km².",
      key,
    }),
  );
}
