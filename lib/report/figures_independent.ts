/**
 * The report's figures of the independent estimates (notebook 08's, by the same call): the cost
 * per km² by year and by month from each source beside `troops-per-km2-2025`, drawn from its
 * check's `series.independentCost` (so they show the numbers of its independent alternatives),
 * and the casualty series through the war (context) beside `losses-over-1000-a-day`.
 *
 * @module
 */
import { loadGroupAInputs } from "../claims/a/inputs.ts";
import { loadIndependentInputs } from "../claims/a/independent_losses.ts";
import { casualtySeriesData } from "../claims/a/independent_figure_data.ts";
import { troopsPerKm2 } from "../claims/a/troops_per_km2.ts";
import { independentEstimatesFigures } from "../plots/independent_estimates_figures.ts";
import { type FigureBuilder, seriesFigures } from "./figure_builder.ts";

const NO_POINTS = { monthly: [], yearly: [], cumulative: [] };

/**
 * The cost per km² taken from each source, by year and by month.
 *
 * @example
 * ```ts
 * import { independentCostFigures } from "./figures_independent.ts";
 * import { troopsPerKm2 } from "../claims/a/mod.ts";
 * await independentCostFigures({ claim: troopsPerKm2, asOf: "2025-12-31", dataDir: "data" });
 * ```
 */
export const independentCostFigures: FigureBuilder = seriesFigures(troopsPerKm2, (series) => {
  const figures = independentEstimatesFigures({ series: NO_POINTS, cost: series.independentCost });
  const caption = "Each source's losses over DeepState's net gain in the same period; hollow " +
    "dots count killed only (a different quantity); bars are intervals (notebook 08).";
  return [figures.costByYear, figures.costByMonth].filter((f) => f !== undefined)
    .map((figure) => ({ ...figure, caption }));
});

/**
 * The casualty series through the war, cumulative and per month, intervals as bands.
 *
 * @example
 * ```ts
 * import { independentSeriesFigures } from "./figures_independent.ts";
 * import { lossesOver1000 } from "../claims/a/mod.ts";
 * await independentSeriesFigures({ claim: lossesOver1000, asOf: "2025-12-31", dataDir: "data" });
 * ```
 */
export const independentSeriesFigures: FigureBuilder = async ({ asOf, dataDir }) => {
  const a = await loadGroupAInputs(dataDir);
  const series = casualtySeriesData(await loadIndependentInputs(dataDir), a.personnel, asOf);
  const figures = independentEstimatesFigures({ series, cost: NO_POINTS });
  return [figures.cumulative, figures.monthly].filter((f) => f !== undefined);
};
