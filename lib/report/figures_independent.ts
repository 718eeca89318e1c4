/**
 * The report's figures of the independent estimates (notebook 08's, by the same call): the cost
 * per km² by year and by month from each source beside `troops-per-km2-2025`, the casualty series
 * through the war beside `losses-over-1000-a-day`.
 *
 * @module
 */
import { loadGroupAInputs } from "../claims/a/inputs.ts";
import { loadIndependentInputs } from "../claims/a/independent_losses.ts";
import { independentEstimatesFigures } from "../plots/independent_estimates_figures.ts";
import type { FigureBuilder } from "./figure_builder.ts";

async function build(asOf: string, dataDir: string) {
  const a = await loadGroupAInputs(dataDir);
  return independentEstimatesFigures(
    await loadIndependentInputs(dataDir),
    a.personnel,
    a.deepState,
    asOf,
  );
}

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
export const independentCostFigures: FigureBuilder = async ({ asOf, dataDir }) => {
  const figures = await build(asOf, dataDir);
  const caption = "Each source's losses over DeepState's net gain in the same period; hollow " +
    "dots count killed only (a different quantity); bars are intervals (notebook 08).";
  return [figures.costByYear, figures.costByMonth].filter((f) => f !== undefined)
    .map((figure) => ({ ...figure, caption }));
};

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
  const figures = await build(asOf, dataDir);
  return [figures.cumulative, figures.monthly].filter((f) => f !== undefined);
};
