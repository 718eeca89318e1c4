/**
 * The Donetsk forecast as a probability: the still-held remainder is taken forward from the as-of
 * day by resampling DeepState's observed daily net gains (a moving-block bootstrap), and the
 * simulated fall dates give quantiles and the chance that the remainder falls by the end of
 * August 2027. Two rates: ISW's (the whole front's gains, as if all were taken in Donetsk) and
 * Donetsk's own.
 *
 * @module
 */
import type { Alternative, Hedge } from "../claim.ts";
import { judge } from "../hedge.ts";
import { formatNumber } from "../format.ts";
import {
  addDays,
  type DeepStateDailyRow,
  DONETSK_PCODE,
  occupiedAsOf,
  occupiedInUnit,
} from "../../data/mod.ts";
import { DataError } from "../../io/data_error.ts";
import { simulateFallDays, sortedQuantile } from "../../stats/block_bootstrap.ts";
import { donetskRemainder } from "./donetsk_still_held.ts";
import type { GroupAInputs } from "./inputs.ts";

/** The projection's fixed settings (stated in the README and on every result). */
export const BOOTSTRAP = {
  /** Days of observed daily gains resampled, ending at the as-of day. */
  windowDays: 365,
  /** Days per resampled block: two weeks keep a fortnight's runs of fast or slow days together. */
  blockLength: 14,
  /** Simulated futures. */
  paths: 1000,
  /** The generator's seed (the article's publication date), so every run gives the same dates. */
  seed: 20260113,
  /** Futures are followed for ten years; one not done by then counts as "not within ten years". */
  horizonDays: 3653,
} as const;

/** The date the probability is asked for: the end of the claim's month. */
export const FALL_BY = "2027-08-31";

/** The quantiles reported (5 %, 25 %, median, 75 %, 95 %). */
export const FALL_QUANTILES = [0.05, 0.25, 0.5, 0.75, 0.95] as const;

/** Which daily gains are resampled. */
export type GainRate = "whole-front" | "donetsk-only";

/**
 * DeepState's daily net gains (km²) over the `days` days ending at the end of `asOf`, oldest
 * first: each day's occupied area minus the previous day's, over the whole country or inside
 * one unit. A missing map beyond the stand-in rule is a `DataError`.
 *
 * @example
 * ```ts
 * import { dailyGains } from "./donetsk_probability.ts";
 * import { loadDeepStateDaily } from "../../data/mod.ts";
 * dailyGains(await loadDeepStateDaily(), "2025-12-31", 365, null).length; // 365
 * ```
 */
export function dailyGains(
  daily: readonly DeepStateDailyRow[],
  asOf: string,
  days: number,
  pcode: string | null,
): number[] {
  const area = (date: string) => {
    const row = occupiedAsOf(daily, date).row;
    return pcode === null ? row.occupied_km2 : occupiedInUnit(row, pcode);
  };
  const gains: number[] = [];
  let previous = area(addDays(asOf, -days));
  for (let i = days - 1; i >= 0; i--) {
    const current = area(addDays(asOf, -i));
    gains.push(current - previous);
    previous = current;
  }
  return gains;
}

/** The simulated fall dates of the Donetsk remainder from one as-of day at one rate. */
export interface FallDistribution {
  asOf: string;
  rate: GainRate;
  /** Still-held Donetsk area at the end of `asOf` (grey zone counted as held), km². */
  remainingKm2: number;
  /** Mean of the resampled daily gains, km² a day. */
  meanGainKm2: number;
  /** Every simulated fall date, sorted; `null` for a future not done within the horizon. */
  dates: (string | null)[];
  /** Fall date at each of {@link FALL_QUANTILES}, `null` beyond the horizon. */
  quantiles: { q: number; date: string | null }[];
  /** Share of futures in which the remainder has fallen by the end of {@link FALL_BY}. */
  probabilityBy: number;
  settings: typeof BOOTSTRAP;
}

/**
 * The block-bootstrap distribution of the day the still-held part of Donetsk Oblast falls, from
 * the end of `asOf`, resampling the whole front's daily gains (ISW's premise) or Donetsk's own.
 *
 * @example
 * ```ts
 * import { donetskFallDistribution } from "./donetsk_probability.ts";
 * import { loadGroupAInputs } from "./inputs.ts";
 * const fall = donetskFallDistribution(await loadGroupAInputs("data"), "2025-12-31", "whole-front");
 * fall.probabilityBy; // share of futures done by 2027-08-31
 * ```
 */
export function donetskFallDistribution(
  inputs: GroupAInputs,
  asOf: string,
  rate: GainRate,
  settings: typeof BOOTSTRAP = BOOTSTRAP,
): FallDistribution {
  const gains = dailyGains(
    inputs.daily,
    asOf,
    settings.windowDays,
    rate === "whole-front" ? null : DONETSK_PCODE,
  );
  const remainingKm2 = donetskRemainder(inputs, asOf).heldKm2;
  const days = simulateFallDays({ gains, remainingKm2, ...settings });
  const dateOf = (day: number) => Number.isFinite(day) ? addDays(asOf, day) : null;
  const dates = Array.from(days, dateOf);
  const byDay = Math.round((Date.parse(FALL_BY) - Date.parse(asOf)) / 86_400_000);
  return {
    asOf,
    rate,
    remainingKm2,
    meanGainKm2: gains.reduce((sum, g) => sum + g, 0) / gains.length,
    dates,
    quantiles: FALL_QUANTILES.map((q) => ({ q, date: dateOf(sortedQuantile(days, q)) })),
    probabilityBy: days.filter((day) => day <= byDay).length / days.length,
    settings,
  };
}

const RATE_LABEL: Record<GainRate, string> = {
  "whole-front": "whole-front daily gains (ISW's premise)",
  "donetsk-only": "Donetsk-only daily gains",
};

/** The simulated fall dates' quantiles from one as-of day at one rate, as the fall-date fan
 * draws them (`null`: beyond the horizon). */
export interface FallDatePoint {
  asOf: string;
  rate: GainRate;
  q05: string | null;
  q25: string | null;
  q50: string | null;
  q75: string | null;
  q95: string | null;
  /** Share of futures done by {@link FALL_BY}. */
  probabilityBy: number;
}

/** The claim's probabilistic alternatives and the fall-date points of its figures. */
export interface DonetskFallForecast {
  /** One alternative per rate (see {@link donetskProbabilityAlternatives}). */
  alternatives: Alternative[];
  /** One point per rate the data reach, from the same simulations as the alternatives. */
  points: FallDatePoint[];
}

/**
 * The block-bootstrap forecast of the claim as of the end of `asOf`, one simulation per rate:
 * the alternatives (value: the chance in % that the remainder has fallen by the end of August
 * 2027; verdict: the median fall date against the claim's band; note: the method and the
 * quantiles) and, from the same simulations, the points of the fall-date fan. Data that do not
 * reach the window give a `not-checkable` alternative saying why, and no point.
 *
 * @example
 * ```ts
 * import { donetskFallForecast } from "./donetsk_probability.ts";
 * import { loadGroupAInputs } from "./inputs.ts";
 * const inputs = await loadGroupAInputs("data");
 * donetskFallForecast(inputs, "2025-12-31", { kind: "by-month", month: "2027-08" }).points.length; // 2
 * ```
 */
export function donetskFallForecast(
  inputs: GroupAInputs,
  asOf: string,
  hedge: Hedge,
): DonetskFallForecast {
  const points: FallDatePoint[] = [];
  const alternatives = (["whole-front", "donetsk-only"] as const).map((rate): Alternative => {
    const label = `Chance the remainder falls by ${FALL_BY}: block bootstrap of ${
      RATE_LABEL[rate]
    }`;
    try {
      const fall = donetskFallDistribution(inputs, asOf, rate);
      const at = (p: number) => fall.quantiles.find(({ q }) => q === p)?.date ?? null;
      points.push({
        asOf,
        rate,
        q05: at(0.05),
        q25: at(0.25),
        q50: at(0.5),
        q75: at(0.75),
        q95: at(0.95),
        probabilityBy: fall.probabilityBy,
      });
      const median = fall.quantiles.find(({ q }) => q === 0.5)!.date;
      const q = (p: number) => fall.quantiles.find(({ q }) => q === p)!.date ?? "beyond ten years";
      return {
        label,
        value: Number((fall.probabilityBy * 100).toFixed(1)),
        unit: "%",
        verdict: judge(hedge, median),
        note:
          `${
            formatNumber(BOOTSTRAP.paths)
          } futures resampling ${BOOTSTRAP.blockLength}-day blocks of ` +
          `DeepState's daily net gains over the ${BOOTSTRAP.windowDays} days to ${asOf} (mean ` +
          `${formatNumber(fall.meanGainKm2, 2)} km²/day), seed ${BOOTSTRAP.seed}, from ` +
          `${formatNumber(fall.remainingKm2)} km² left on ${asOf}; fall date 5 % ${q(0.05)}, ` +
          `median ${q(0.5)}, 95 % ${q(0.95)}; verdict: the median date against the band`,
      };
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      return { label, value: null, unit: "%", verdict: "not-checkable", note: error.message };
    }
  });
  return { alternatives, points };
}

/**
 * The claim's probabilistic alternatives, one per rate (those of {@link donetskFallForecast}).
 *
 * @example
 * ```ts
 * import { donetskProbabilityAlternatives } from "./donetsk_probability.ts";
 * import { loadGroupAInputs } from "./inputs.ts";
 * const inputs = await loadGroupAInputs("data");
 * donetskProbabilityAlternatives(inputs, "2025-12-31", { kind: "by-month", month: "2027-08" });
 * ```
 */
export function donetskProbabilityAlternatives(
  inputs: GroupAInputs,
  asOf: string,
  hedge: Hedge,
): Alternative[] {
  return donetskFallForecast(inputs, asOf, hedge).alternatives;
}
