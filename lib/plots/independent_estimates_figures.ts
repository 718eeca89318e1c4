/**
 * The four figures of the independent estimates, built in one place so that notebook 08 and the
 * report show the same figures to the byte: the casualty series through the war (cumulative and
 * per month, intervals as bands) and the cost per km² taken by year and by month from each
 * source, with the article's 96 marked.
 *
 * @module
 */
import type { PersonnelRow } from "../data/general_staff.ts";
import type { AreaSeries } from "../claims/a/area_series.ts";
import type { IndependentInputs } from "../claims/a/independent_losses.ts";
import { estimateBandsFigure } from "./estimate_bands.ts";
import { independentCostFigure } from "./independent_cost.ts";
import {
  casualtySeriesData,
  independentCostData,
  SERIES_COLORS,
} from "./independent_estimates_data.ts";
import type { Figure } from "./render.ts";

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

/**
 * Builds the four figures as of the end of `asOf` (cost by month from `firstMonth`, default
 * January 2024).
 *
 * @example
 * ```ts
 * import { independentEstimatesFigures } from "./independent_estimates_figures.ts";
 * import { loadIndependentInputs } from "../claims/a/independent_losses.ts";
 * import { loadGroupAInputs } from "../claims/a/inputs.ts";
 * const a = await loadGroupAInputs("data");
 * independentEstimatesFigures(await loadIndependentInputs("data"), a.personnel, a.deepState, "2025-12-31").costByYear;
 * ```
 */
export function independentEstimatesFigures(
  inputs: IndependentInputs,
  personnel: readonly PersonnelRow[],
  area: AreaSeries,
  asOf: string,
  firstMonth = "2024-01",
): IndependentEstimatesFigures {
  const series = casualtySeriesData(inputs, personnel, asOf);
  const cost = independentCostData(inputs, personnel, area, asOf, firstMonth);
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
