/**
 * The report's figures for the claims of group A (the cost of the advance): the series each
 * claim's check returns, drawn by the builders of `lib/plots/`, the same calls the notebooks 01
 * and 02 make, so the figures are the notebooks' by construction and drawn from the verdict's own
 * numbers.
 *
 * @module
 */
import { donetskByAugust2027, lossesOver1000, troopsPerKm2 } from "../claims/a/mod.ts";
import { dailyLossesFigure } from "../plots/daily_losses.ts";
import { donetskMapFigure } from "../plots/donetsk_map.ts";
import { donetskMapDates, loadDonetskMapData } from "../plots/donetsk_map_data.ts";
import { donetskProjectionFigure } from "../plots/donetsk_projection.ts";
import { monthlyAreaGainedFigure } from "../plots/monthly_area_gained.ts";
import { monthlyCostPerKm2Figure } from "../plots/monthly_cost_per_km2.ts";
import { type FigureBuilder, seriesFigures } from "./figure_builder.ts";

/**
 * The losses per km² taken and the area DeepState shows as newly occupied, month by month over
 * the twelve months up to `asOf`, with the article's figure as a line.
 *
 * @example
 * ```ts
 * import { troopsPerKm2Figures } from "./figures_group_a.ts";
 * import { troopsPerKm2 } from "../claims/a/mod.ts";
 * await troopsPerKm2Figures({ claim: troopsPerKm2, asOf: "2025-12-31", dataDir: "data" });
 * ```
 */
export const troopsPerKm2Figures: FigureBuilder = seriesFigures(troopsPerKm2, (monthly) => [
  monthlyCostPerKm2Figure(monthly.points, { reference: monthly.reference }),
  monthlyAreaGainedFigure(monthly.points),
]);

/**
 * The General Staff's daily loss claims over the year up to `asOf` against 1,000 a day.
 *
 * @example
 * ```ts
 * import { dailyLossesFigures } from "./figures_group_a.ts";
 * import { lossesOver1000 } from "../claims/a/mod.ts";
 * await dailyLossesFigures({ claim: lossesOver1000, asOf: "2025-12-31", dataDir: "data" });
 * ```
 */
export const dailyLossesFigures: FigureBuilder = seriesFigures(lossesOver1000, ({ days }) => [
  dailyLossesFigure(days),
]);

/**
 * Donetsk Oblast still held, day by day, and when it would reach zero at ISW's whole-front rate
 * (DeepState and The Economist), at a Donetsk-only rate and at trailing whole-front rates.
 *
 * @example
 * ```ts
 * import { donetskProjectionFigures } from "./figures_group_a.ts";
 * import { donetskByAugust2027 } from "../claims/a/mod.ts";
 * await donetskProjectionFigures({ claim: donetskByAugust2027, asOf: "2025-12-31", dataDir: "data" });
 * ```
 */
export const donetskProjectionFigures: FigureBuilder = seriesFigures(
  donetskByAugust2027,
  (projection) => [
    donetskProjectionFigure(projection.history, projection.lines, {
      claimedMonth: projection.claimedMonth,
    }),
  ],
);

/**
 * Donetsk Oblast with the area DeepState shows as occupied a year and half a year before `asOf`
 * and at `asOf`, from `data/derived/map_donetsk.geojson` (the caption names any stand-in map).
 *
 * @example
 * ```ts
 * import { donetskMapFigures } from "./figures_group_a.ts";
 * import { donetskStillHeld } from "../claims/a/mod.ts";
 * await donetskMapFigures({ claim: donetskStillHeld, asOf: "2025-12-31", dataDir: "data" });
 * ```
 */
export const donetskMapFigures: FigureBuilder = async ({ asOf, dataDir }) => {
  const map = await loadDonetskMapData(donetskMapDates(asOf), { dataDir });
  const figure = donetskMapFigure(map.oblast, map.snapshots, map.orientation);
  return [{
    ...figure,
    caption: map.notes.length > 0 ? `Stand-in: ${map.notes.join(" ")}` : undefined,
  }];
};
