/**
 * The report's figures for the claims of group A (the cost of the advance), built from `data/`
 * with the computations of `lib/claims/a/` and the builders of `lib/plots/`, as the notebooks
 * 01 and 02 draw them.
 *
 * @module
 */
import {
  advanceRate,
  type AreaSeries,
  donetskRemainder,
  type GroupAInputs,
  loadGroupAInputs,
  monthlyCostPerKm2,
  projectionWindow,
  projectZeroDate,
} from "../claims/a/mod.ts";
import { addDays, addMonths, addYears, dailyLossesBetween, lastDayOfMonth } from "../data/mod.ts";
import { dailyLossesFigure } from "../plots/daily_losses.ts";
import { donetskMapFigure } from "../plots/donetsk_map.ts";
import { loadDonetskMapData } from "../plots/donetsk_map_data.ts";
import { donetskProjectionFigure, type ProjectionLine } from "../plots/donetsk_projection.ts";
import { monthlyAreaGainedFigure } from "../plots/monthly_area_gained.ts";
import { monthlyCostPerKm2Figure } from "../plots/monthly_cost_per_km2.ts";
import type { FigureBuilder } from "./figure_builder.ts";

/** The twelve whole months up to `asOf` (its own month only if `asOf` is its last day). */
function lastTwelveMonths(asOf: string): { first: string; last: string } {
  const month = asOf.slice(0, 7);
  const last = lastDayOfMonth(month) === asOf ? month : addMonths(month, -1);
  return { first: addMonths(last, -11), last };
}

/**
 * Losses per km² month by month over the twelve months up to `asOf`, with the article's figure
 * as a line, and the area DeepState shows as newly occupied each month.
 *
 * @example
 * ```ts
 * import { troopsPerKm2Figures } from "./figures_group_a.ts";
 * import { troopsPerKm2 } from "../claims/a/mod.ts";
 * await troopsPerKm2Figures({ claim: troopsPerKm2, asOf: "2025-12-31", dataDir: "data" });
 * ```
 */
export const troopsPerKm2Figures: FigureBuilder = async ({ claim, asOf, dataDir }) => {
  const inputs = await loadGroupAInputs(dataDir);
  const { first, last } = lastTwelveMonths(asOf);
  const months = monthlyCostPerKm2(inputs.personnel, inputs.deepState, first, last)
    .filter((month) => month.losses !== null && month.gainedKm2 !== null);
  const stated = typeof claim.stated === "number" ? claim.stated : null;
  return [
    monthlyCostPerKm2Figure(
      months.map((month) => ({
        month: month.month,
        losses: month.losses!,
        areaKm2: month.gainedKm2!,
      })),
      stated === null ? {} : { reference: { value: stated, label: `article: ${stated} a km²` } },
    ),
    monthlyAreaGainedFigure(months.map((month) => ({
      month: month.month,
      areaKm2: month.gainedKm2!,
    }))),
  ];
};

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
export const dailyLossesFigures: FigureBuilder = async ({ asOf, dataDir }) => {
  const { personnel } = await loadGroupAInputs(dataDir);
  const days = dailyLossesBetween(personnel, addYears(asOf, -1), asOf);
  return [dailyLossesFigure(days.map((day) => ({ date: day.date, losses: day.losses })))];
};

/** A projection line, or nothing when the rate is not positive (the area never runs out). */
function projectionLine(
  label: string,
  inputs: GroupAInputs,
  series: AreaSeries,
  from: string,
  to: string,
): ProjectionLine[] {
  const rate = advanceRate(series, from, to);
  const startKm2 = donetskRemainder(inputs, to).heldKm2;
  const zeroDate = projectZeroDate(startKm2, rate.km2PerDay, to);
  return zeroDate === null ? [] : [{ label, startDate: to, startKm2, zeroDate }];
}

/**
 * Donetsk Oblast still held, month by month, and when it would reach zero at ISW's whole-front
 * rate (DeepState and The Economist), at a Donetsk-only rate and at last year's rate.
 *
 * @example
 * ```ts
 * import { donetskProjectionFigures } from "./figures_group_a.ts";
 * import { donetskByAugust2027 } from "../claims/a/mod.ts";
 * await donetskProjectionFigures({ claim: donetskByAugust2027, asOf: "2025-12-31", dataDir: "data" });
 * ```
 */
export const donetskProjectionFigures: FigureBuilder = async ({ claim, asOf, dataDir }) => {
  const inputs = await loadGroupAInputs(dataDir);
  // The held area month by month, from the first daily DeepState map the data hold.
  const firstMap = inputs.daily[0].map_date;
  const history = [];
  for (
    let month = firstMap.slice(0, 7);
    lastDayOfMonth(month) < asOf;
    month = addMonths(month, 1)
  ) {
    const date = lastDayOfMonth(month);
    if (date >= firstMap) history.push({ date, heldKm2: donetskRemainder(inputs, date).heldKm2 });
  }
  history.push({ date: asOf, heldKm2: donetskRemainder(inputs, asOf).heldKm2 });
  const window = projectionWindow(asOf);
  const projections = [
    ...projectionLine("ISW method (DeepState)", inputs, inputs.deepState, window.from, window.to),
    ...projectionLine("ISW method (Economist)", inputs, inputs.economist, window.from, window.to),
    ...projectionLine(
      "Donetsk-only rate, same window",
      inputs,
      inputs.deepStateDonetsk,
      window.from,
      window.to,
    ),
    ...projectionLine(
      "whole front, last 365 days",
      inputs,
      inputs.deepState,
      addDays(asOf, -365),
      asOf,
    ),
  ];
  const claimedMonth = claim.hedge.kind === "by-month" ? claim.hedge.month : undefined;
  return [donetskProjectionFigure(history, projections, { claimedMonth })];
};

/**
 * Donetsk Oblast with the area DeepState shows as occupied a year before `asOf` and at `asOf`.
 * The geometry comes from `data/derived/map_donetsk.geojson` (month-end maps; the note names any
 * stand-in).
 *
 * @example
 * ```ts
 * import { donetskMapFigures } from "./figures_group_a.ts";
 * import { donetskStillHeld } from "../claims/a/mod.ts";
 * await donetskMapFigures({ claim: donetskStillHeld, asOf: "2025-12-31", dataDir: "data" });
 * ```
 */
export const donetskMapFigures: FigureBuilder = async ({ asOf, dataDir }) => {
  const { oblast, snapshots, notes } = await loadDonetskMapData([addYears(asOf, -1), asOf], {
    dataDir,
  });
  const figure = donetskMapFigure(oblast, snapshots);
  return [{ ...figure, caption: notes.length > 0 ? `Stand-in: ${notes.join(" ")}` : undefined }];
};
