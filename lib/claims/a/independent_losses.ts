/**
 * Losses over a period from each independent series, with what it counts, its interval where
 * the source gives one, and its sources: The Economist's casualty and death meta-estimates, UK
 * Defence Intelligence's months, Mediazona and Meduza's weeks.
 *
 * @module
 */
import type { Source } from "../claim.ts";
import { DataError } from "../../io/data_error.ts";
import { addDays, lastDayOfMonth } from "../../data/dates.ts";
import {
  ECONOMIST_ESTIMATE_FILES,
  loadMetaEstimate,
  metaEstimateAsOf,
  type MetaEstimateDay,
} from "../../data/economist_estimates.ts";
import { loadUkModMonthly, type UkModMonth, ukModMonths } from "../../data/ukmod_monthly.ts";
import {
  killedBetween,
  loadMeduzaWeekly,
  meduzaLastDay,
  type MeduzaWeek,
} from "../../data/meduza_weekly.ts";
import {
  ECONOMIST_CASUALTIES,
  ECONOMIST_DEATHS,
  MEDUZA,
  ukModSources,
} from "./independent_sources.ts";

/** The independent series, loaded. */
export interface IndependentInputs {
  casualties: MetaEstimateDay[];
  deaths: MetaEstimateDay[];
  ukMod: UkModMonth[];
  meduza: MeduzaWeek[];
}

/**
 * Loads the four independent series from `dataDir`.
 *
 * @example
 * ```ts
 * import { loadIndependentInputs } from "./independent_losses.ts";
 * (await loadIndependentInputs("data")).ukMod.length; // 47 months with the data of 2026-08
 * ```
 */
export async function loadIndependentInputs(dataDir: string): Promise<IndependentInputs> {
  const [casualties, deaths, ukMod, meduza] = await Promise.all([
    loadMetaEstimate("casualties", dataDir),
    loadMetaEstimate("deaths", dataDir),
    loadUkModMonthly(dataDir),
    loadMeduzaWeekly(dataDir),
  ]);
  return { casualties, deaths, ukMod, meduza };
}

/** Losses from the end of `from` to the end of `to` in one series. */
export interface PeriodLosses {
  /** Who, e.g. "The Economist". */
  name: string;
  /** What it counts, e.g. "killed and wounded (casualties)". */
  counts: string;
  /** `casualties` is the article's quantity; `killed` is a different one. */
  quantity: "casualties" | "killed";
  from: string;
  /** The period's end actually used (a series may end before the period does). */
  to: string;
  value: number;
  /** The interval, when the source gives bounds, and how it is made. */
  interval?: { low: number; high: number; text: string };
  /** The rows used, for a reader to redo the sums. */
  detail: string;
  sources: Source[];
}

/**
 * The change of an Economist meta-estimate from the end of `from` to the end of `to`. The
 * interval is the change along the lower and upper 95 % confidence bounds (The Economist does
 * not publish an interval for a change; this reads the bounds as two paths, so the level's
 * uncertainty shared by both ends cancels).
 *
 * @example
 * ```ts
 * import { economistLosses, loadIndependentInputs } from "./independent_losses.ts";
 * const { casualties } = await loadIndependentInputs("data");
 * economistLosses(casualties, "casualties", "2024-12-31", "2025-12-31").value; // 447190.2
 * ```
 */
export function economistLosses(
  rows: readonly MetaEstimateDay[],
  quantity: "casualties" | "deaths",
  from: string,
  to: string,
): PeriodLosses {
  const file = ECONOMIST_ESTIMATE_FILES[quantity];
  const start = metaEstimateAsOf(rows, from, file);
  const end = metaEstimateAsOf(rows, to, file);
  const value = end.estimate - start.estimate;
  const paths = [end.ci_lower - start.ci_lower, end.ci_upper - start.ci_upper, value];
  return {
    name: quantity === "casualties" ? "The Economist" : "The Economist (deaths)",
    counts: quantity === "casualties"
      ? "killed and wounded (casualties), a model estimate pooling many sources"
      : "killed only (deaths), a model estimate pooling many sources",
    quantity: quantity === "casualties" ? "casualties" : "killed",
    from,
    to,
    value: Math.round(value * 10) / 10,
    interval: {
      low: Math.min(...paths),
      high: Math.max(...paths),
      text: "change along the 95 % confidence bounds",
    },
    detail: `${file}, rows dated ${start.date} and ${end.date}`,
    sources: [quantity === "casualties" ? ECONOMIST_CASUALTIES : ECONOMIST_DEATHS],
  };
}

/**
 * UK Defence Intelligence's casualties over whole months: `from` and `to` must be months' last
 * days (else a `DataError`), the months after `from` through `to` must all be there.
 *
 * @example
 * ```ts
 * import { loadIndependentInputs, ukModLosses } from "./independent_losses.ts";
 * const { ukMod } = await loadIndependentInputs("data");
 * ukModLosses(ukMod, "2024-12-31", "2025-12-31").value; // 415608
 * ```
 */
export function ukModLosses(
  rows: readonly UkModMonth[],
  from: string,
  to: string,
): PeriodLosses {
  for (const day of [from, to]) {
    if (day !== lastDayOfMonth(day.slice(0, 7))) {
      throw new DataError(
        "ukmod_casualties_monthly.csv",
        `period ${from} to ${to}`,
        "a period of whole months (monthly figures: it must start and end on a month's last day)",
        day,
      );
    }
  }
  const months = ukModMonths(rows, addDays(from, 1).slice(0, 7), to.slice(0, 7));
  return {
    name: "UK MoD",
    counts: "killed and wounded (casualties); UK Defence Intelligence's monthly averages a day",
    quantity: "casualties",
    from,
    to,
    value: months.reduce((sum, month) => sum + month.month_total, 0),
    detail: `ukmod_casualties_monthly.csv, ${months.length} months ${months[0].month} to ${
      months.at(-1)!.month
    }`,
    sources: ukModSources(months),
  };
}

/**
 * Mediazona and Meduza's killed (`EDAssembled`) from the end of `from` to the end of `to`, or
 * to the series' last day if it ends earlier (the period is then shorter: `to` says so). The
 * interval is the sum of the weekly 95 % bounds.
 *
 * @example
 * ```ts
 * import { loadIndependentInputs, meduzaLosses } from "./independent_losses.ts";
 * const { meduza } = await loadIndependentInputs("data");
 * meduzaLosses(meduza, "2024-12-31", "2025-12-31").to; // "2025-12-28"
 * ```
 */
export function meduzaLosses(
  rows: readonly MeduzaWeek[],
  from: string,
  to: string,
): PeriodLosses {
  const last = meduzaLastDay(rows);
  const end = to < last ? to : last;
  const killed = killedBetween(rows, from, end);
  return {
    name: "Mediazona/Meduza",
    counts: "killed only (killed and missing in action), estimated from excess inheritance " +
      "cases in Russia's probate registry",
    quantity: "killed",
    from,
    to: end,
    value: Math.round(killed.estimate * 10) / 10,
    interval: {
      low: killed.low,
      high: killed.high,
      text: "sum of the weekly 95 % bounds",
    },
    detail: `meduza_killed_weekly.csv, ISO weeks of death from ${addDays(from, 1)} through ${end}` +
      ` (weeks across the edges counted by their days); names in the named lists for the same ` +
      `days: ${Math.round(killed.namedRecords)}`,
    sources: [MEDUZA],
  };
}
