/**
 * The four figures of the independent estimates, built in one place so that notebook 08 and the
 * report show the same figures to the byte: the casualty series through the war (cumulative and
 * per month, intervals as bands) and the cost per km² taken by year and by month from each
 * source, with the article's 96 marked.
 *
 * @module
 */
import { estimateBandsFigure, type EstimatePoint } from "./estimate_bands.ts";
import { type CostPoint, independentCostFigure } from "./independent_cost.ts";
import type { Figure } from "./render.ts";

/** The series' names and colours, in legend order (killed-only series last). */
export const SERIES_COLORS: Record<string, string> = {
  "General Staff (claims)": "#762a83",
  "The Economist": "#e3120b",
  "UK MoD": "#1b7837",
  "The Economist: killed": "#f4a582",
  "Mediazona/Meduza: killed": "#2166ac",
};

/** The article's figure, drawn on the cost figures. */
export const ARTICLE_COST_REFERENCE = { value: 96, label: "article: about 96 a km² in 2025" };

/** The four figures; one whose data are empty as of the date (e.g. no complete year with
 * DeepState at both ends) is `undefined`. */
export interface IndependentEstimatesFigures {
  cumulative?: Figure;
  monthly?: Figure;
  costByYear?: Figure;
  costByMonth?: Figure;
}

/** What the four figures draw: the casualty series through the war (`casualtySeriesData`) and
 * the cost per km² by source (`troops-per-km2-2025`'s `check.series.independentCost`), both
 * computed in `lib/claims/a/independent_figure_data.ts`. */
export interface IndependentEstimatesData {
  series: { cumulative: readonly EstimatePoint[]; monthly: readonly EstimatePoint[] };
  cost: { monthly: readonly CostPoint[]; yearly: readonly CostPoint[] };
}

/**
 * Draws the four figures from their data (a part whose points are empty has no figure).
 *
 * @example
 * ```ts
 * import { independentEstimatesFigures } from "./independent_estimates_figures.ts";
 * import { troopsPerKm2 } from "../claims/a/troops_per_km2.ts";
 * const check = await troopsPerKm2.check({ asOf: "2025-12-31", dataDir: "data" });
 * const empty = { cumulative: [], monthly: [] };
 * independentEstimatesFigures({ series: empty, cost: check.series.independentCost }).costByYear;
 * ```
 */
export function independentEstimatesFigures(
  { series, cost }: IndependentEstimatesData,
): IndependentEstimatesFigures {
  const unlessEmpty = <T>(points: readonly T[], build: (p: readonly T[]) => Figure) =>
    points.length > 0 ? build(points) : undefined;
  return {
    cumulative: unlessEmpty(series.cumulative, (points) =>
      estimateBandsFigure(points, {
        id: "independent-cumulative",
        title: "Russian losses since the invasion: claims, estimates of casualties, and of killed",
        yLabel: "people (cumulative)",
        colors: SERIES_COLORS,
      })),
    monthly: unlessEmpty(series.monthly, (points) =>
      estimateBandsFigure(points, {
        id: "independent-monthly",
        title: "Russian losses per month: claims, estimates of casualties, and of killed",
        yLabel: "people per month",
        colors: SERIES_COLORS,
        dots: true,
      })),
    costByYear: unlessEmpty(cost.yearly, (points) =>
      independentCostFigure(points, {
        id: "independent-cost-by-year",
        title: "Losses per km² newly occupied (DeepState), by year and source",
        period: "year",
        colors: SERIES_COLORS,
        reference: ARTICLE_COST_REFERENCE,
      })),
    costByMonth: unlessEmpty(cost.monthly, (points) =>
      independentCostFigure(points, {
        id: "independent-cost-by-month",
        title: "Losses per km² newly occupied (DeepState), by month and source",
        period: "month",
        colors: SERIES_COLORS,
        reference: ARTICLE_COST_REFERENCE,
        logY: true,
      })),
  };
}
