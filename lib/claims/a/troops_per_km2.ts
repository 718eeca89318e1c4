/**
 * `troops-per-km2-2025`: "between January and December 2025, Russia lost about 96 troops per
 * square kilometer taken".
 *
 * @module
 */
import type { CheckWithSeries, Claim, ClaimInput } from "../claim.ts";
import { resolveOptions } from "../options.ts";
import { withSeries } from "../with_series.ts";
import { bandFor, judge } from "../hedge.ts";
import { verdictAcrossSources } from "../verdict.ts";
import { judgedAlternative } from "../alternative.ts";
import { formatNumber, roundKm2 } from "../format.ts";
import { addDays, addMonths, addYears, lastDayOfMonth, snapshotOnOrAfter } from "../../data/mod.ts";
import { type CostPerKm2, costPerKm2, monthlyCostPerKm2 } from "./cost_per_km2.ts";
import { loadGroupAInputs } from "./inputs.ts";
import {
  MONTHLY_COST_FROM,
  type MonthlyCostSeries,
  monthlyCostSeries,
} from "./monthly_cost_series.ts";
import { ARTICLE_SOURCE, DEEPSTATE_DAILY, ECONOMIST_AREA, GENERAL_STAFF } from "./sources.ts";
import { independentCostEstimates, perKm2Gained } from "./independent_estimates.ts";
import { type IndependentCost, independentCostData } from "./independent_figure_data.ts";
import { loadIndependentInputs } from "./independent_losses.ts";
import { DataError } from "../../io/data_error.ts";

const UNIT = "troops/km²";

/** What an analyst may vary; the defaults are the claim's. */
export interface TroopsPerKm2Options {
  /** The day whose end starts the period (default: a year before the as-of date). */
  from?: string;
  /** The first month of the monthly series the figures draw (default `2024-01`). */
  firstMonth?: string;
}

/** What the claim's figures draw: the General Staff's month-by-month cost, and each
 * independent source's cost by month and by year (`independentCost`, the same computation as
 * the check's independent alternatives; empty when the independent series are not in `data/`). */
export type TroopsPerKm2Series = MonthlyCostSeries & { independentCost: IndependentCost };

/** The claim's check, with the series its figures draw. */
export type TroopsPerKm2Check = CheckWithSeries<TroopsPerKm2Series>;

async function independentCostOf(
  dataDir: string,
  inputs: Awaited<ReturnType<typeof loadGroupAInputs>>,
  asOf: string,
  firstMonth: string,
): Promise<IndependentCost> {
  try {
    const independent = await loadIndependentInputs(dataDir);
    return independentCostData(independent, inputs.personnel, inputs.deepState, asOf, firstMonth);
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    return { monthly: [], yearly: [] };
  }
}

/**
 * The inputs of one cost-per-km² computation, as rows of a claim card.
 *
 * @example
 * ```ts
 * import { costInputs } from "./troops_per_km2.ts";
 * // costInputs(costPerKm2(personnel, area, "2024-12-31", "2025-12-31")).length; // 6
 * ```
 */
export function costInputs(cost: CostPerKm2): ClaimInput[] {
  return [
    {
      name: `cumulative losses through ${cost.lossesEnd.countedThrough}`,
      value: cost.lossesEnd.value,
      unit: "troops",
      from: cost.lossesEnd.from,
    },
    {
      name: `cumulative losses through ${cost.lossesStart.countedThrough}`,
      value: cost.lossesStart.value,
      unit: "troops",
      from: cost.lossesStart.from,
    },
    { name: "losses in the period", value: cost.losses, unit: "troops", from: "difference" },
    {
      name: `occupied area at the end of ${cost.to} (${cost.area})`,
      value: cost.areaEnd.km2,
      unit: "km²",
      from: cost.areaEnd.from,
    },
    {
      name: `occupied area at the end of ${cost.from} (${cost.area})`,
      value: cost.areaStart.km2,
      unit: "km²",
      from: cost.areaStart.from,
    },
    {
      name: "net area taken in the period",
      value: roundKm2(cost.gainedKm2),
      unit: "km²",
      from: "difference",
    },
  ];
}

/**
 * The claim. As of a date X it computes the 12 months ending X (for 2025-12-31: calendar 2025):
 * losses claimed by the General Staff over the period divided by the net occupied area DeepState
 * gained. Alternatives: the later neighbour standing in for a missing DeepState file, The
 * Economist's ISW-based area, the year before; the monthly ratios are in the notes and in
 * `series` (every complete month from `firstMonth`, as the figures draw them).
 *
 * @example
 * ```ts
 * import { troopsPerKm2 } from "./troops_per_km2.ts";
 * const check = await troopsPerKm2.check({ asOf: "2025-12-31", dataDir: "data" });
 * check.valueText; // "96.2 troops/km²" with the data of 2026-08
 * check.series.points.length; // 24 (January 2024 to December 2025)
 * check.series.independentCost.yearly.length; // each source's cost per km² by year
 * ```
 */
export const troopsPerKm2: Claim<TroopsPerKm2Options, TroopsPerKm2Check> = {
  id: "troops-per-km2-2025",
  group: "A",
  quote: "Latest data on Russian casualties from the Ukrainian General Staff and the Ukrainian " +
    "open-source mapping task DeepState propose that between January and December 2025, Russia " +
    "lost about 96 troops per square kilometer taken.",
  plainReading: "General Staff casualty claims for 2025 divided by the area DeepState shows as " +
    "newly occupied in 2025 give about 96 Russian troops lost per km² taken.",
  stated: 96,
  unit: UNIT,
  hedge: { kind: "about", value: 96 },
  articleAsOf: "2025-12-31",
  sources: [ARTICLE_SOURCE, GENERAL_STAFF, DEEPSTATE_DAILY, ECONOMIST_AREA],
  notebook: "01-cost-of-the-advance",
  async check({ asOf, dataDir, ...options }): Promise<TroopsPerKm2Check> {
    const inputs = await loadGroupAInputs(dataDir);
    const hedge = this.hedge;
    const variation = resolveOptions(
      { from: addYears(asOf, -1), firstMonth: MONTHLY_COST_FROM },
      options,
    );
    const from = variation.resolved.from;
    const main = costPerKm2(inputs.personnel, inputs.deepState, from, asOf);
    const value = main.troopsPerKm2;
    const alternatives = [];
    const notes = [
      "A General Staff report dated D counts losses up to the end of D-1: losses as of the end " +
      `of ${asOf} come from ${main.lossesEnd.from}, those as of the end of ${from} from ` +
      `${main.lossesStart.from}.`,
      "A DeepState file dated D shows the map at the end of D-1. " +
      `Start: ${main.areaStart.note}. End: ${main.areaEnd.note}.`,
      "Losses are the General Staff's claims (killed and wounded), not independent counts; " +
      "the area is net (gains minus losses of ground).",
    ];
    if (asOf !== this.articleAsOf && variation.fields.defaultOptions) {
      notes.push(`Re-checked as of ${asOf}: the period is the 12 months ending that day.`);
    }
    notes.push(...variation.notes);
    if (main.areaStart.standIn) {
      const later = snapshotOnOrAfter(inputs.daily, from);
      if (later) {
        alternatives.push(judgedAlternative(
          `DeepState, later neighbour (${later.row.file}, map of ${later.row.map_date}) at the start`,
          UNIT,
          hedge,
          () => main.losses / (main.areaEnd.km2 - later.row.occupied_km2),
          "the same losses over the area gained since the first map after the missing one",
        ));
      }
      const version = inputs.history.find((row) => row.map_date === from);
      if (version) {
        alternatives.push(judgedAlternative(
          `DeepState history version of ${version.version_time} (${version.file}) at the start`,
          UNIT,
          hedge,
          () => main.losses / (main.areaEnd.km2 - version.occupied_km2),
          "the map version DeepState had published by the end of the missing day " +
            "(deepstate_history_monthly.csv)",
        ));
      }
    }
    alternatives.push(judgedAlternative(
      "The Economist's ISW-based area instead of DeepState's",
      UNIT,
      hedge,
      () => costPerKm2(inputs.personnel, inputs.economist, from, asOf).troopsPerKm2,
      "ISW-based area gained over the same 12 months (its changes, not its level)",
    ));
    const before = addYears(from, -1);
    alternatives.push(judgedAlternative(
      `the 12 months before (${before} to ${from}), DeepState`,
      UNIT,
      hedge,
      () => costPerKm2(inputs.personnel, inputs.deepState, before, from).troopsPerKm2,
      "context: not the claim's period",
    ));
    alternatives.push(judgedAlternative(
      `the 12 months before (${before} to ${from}), The Economist's ISW-based area`,
      UNIT,
      hedge,
      () => costPerKm2(inputs.personnel, inputs.economist, before, from).troopsPerKm2,
      "context: not the claim's period",
    ));
    const lastMonth = asOf === lastDayOfMonth(asOf.slice(0, 7))
      ? asOf.slice(0, 7)
      : addMonths(asOf.slice(0, 7), -1);
    const months = monthlyCostPerKm2(
      inputs.personnel,
      inputs.deepState,
      addDays(from, 1).slice(0, 7),
      lastMonth,
    ).filter((m) => m.troopsPerKm2 !== null);
    if (months.length > 0) {
      const sorted = [...months].sort((a, b) => a.troopsPerKm2! - b.troopsPerKm2!);
      notes.push(
        `Month by month (DeepState) the ratio ranged from ${
          formatNumber(sorted[0].troopsPerKm2!, 1)
        } (${sorted[0].month}) to ${formatNumber(sorted.at(-1)!.troopsPerKm2!, 1)} (${
          sorted.at(-1)!.month
        }); the monthly figure of notebook 01 shows every month.`,
      );
    }
    const economistVerdict = alternatives.find((a) => a.label.startsWith("The Economist"))!.verdict;
    const mainVerdict = judge(hedge, value);
    const verdict = verdictAcrossSources([mainVerdict, economistVerdict]);
    if (verdict === "contested") {
      notes.push("DeepState and the ISW-based series fall on opposite sides of the band.");
    }
    // Independent estimates (issue 12): shown beside the main figure, never part of its verdict.
    const independent = await independentCostEstimates(
      dataDir,
      perKm2Gained(inputs.deepState),
      hedge,
      from,
      asOf,
    );
    alternatives.push(...independent.alternatives);
    notes.push(...independent.notes);
    return withSeries(
      {
        id: this.id,
        asOf,
        value,
        unit: UNIT,
        valueText: value === null ? "no net gain" : `${formatNumber(value, 1)} ${UNIT}`,
        verdict,
        band: bandFor(hedge),
        method: `General Staff losses from the end of ${from} to the end of ${asOf} ` +
          `(${formatNumber(main.losses)}) divided by the net area DeepState shows as newly ` +
          `occupied (${formatNumber(main.gainedKm2)} km², geodesic).`,
        inputs: costInputs(main),
        alternatives,
        notes,
        independentAgreement: independent.agreement,
        ...variation.fields,
      },
      {
        ...monthlyCostSeries(inputs, asOf, this.stated as number, {
          from: variation.resolved.firstMonth,
        }),
        independentCost: await independentCostOf(
          dataDir,
          inputs,
          asOf,
          variation.resolved.firstMonth,
        ),
      },
    );
  },
};
