/**
 * What the independent series can say about "frequently exceeding 1,000 a day", a share of days:
 * The Economist's daily casualty estimate can (but only for its smoothed trend), UK Defence
 * Intelligence's monthly averages can only bound it, and the killed-only series (The Economist's
 * deaths, Mediazona/Meduza's weeks) cannot answer it.
 *
 * @module
 */
import type { Alternative, Hedge } from "../claim.ts";
import { judge } from "../hedge.ts";
import { formatNumber, formatPercent } from "../format.ts";
import { DataError } from "../../io/data_error.ts";
import { addDays, daysBetween, lastDayOfMonth } from "../../data/dates.ts";
import { ECONOMIST_ESTIMATE_FILES, metaEstimateAsOf } from "../../data/economist_estimates.ts";
import { ukModMonths } from "../../data/ukmod_monthly.ts";
import type { IndependentInputs } from "./independent_losses.ts";
import {
  independentAgreement,
  type IndependentEstimates,
  loadIndependentOrExplain,
} from "./independent_estimates.ts";
import { ECONOMIST_CASUALTIES, ukModSources } from "./independent_sources.ts";

/**
 * The Economist's daily increments of cumulative casualties (the smoothed trend's casualties a
 * day) for the days after `from` through `to`; a day without an estimate is a `DataError`.
 *
 * @example
 * ```ts
 * import { economistDailyCasualties } from "./independent_daily.ts";
 * import { loadIndependentInputs } from "./independent_losses.ts";
 * economistDailyCasualties((await loadIndependentInputs("data")).casualties, "2024-12-31", "2025-12-31").length; // 365
 * ```
 */
export function economistDailyCasualties(
  rows: IndependentInputs["casualties"],
  from: string,
  to: string,
): { date: string; casualties: number }[] {
  const file = ECONOMIST_ESTIMATE_FILES.casualties;
  const days: { date: string; casualties: number }[] = [];
  let previous = metaEstimateAsOf(rows, from, file, 0);
  for (let date = addDays(from, 1); date <= to; date = addDays(date, 1)) {
    const current = metaEstimateAsOf(rows, date, file, 0);
    days.push({ date, casualties: current.estimate - previous.estimate });
    previous = current;
  }
  return days;
}

/**
 * The independent alternatives of the share of days above `threshold` from the end of `from` to
 * the end of `to`, and the notes that say which series cannot answer.
 *
 * @example
 * ```ts
 * import { independentDailyShare } from "./independent_daily.ts";
 * import { loadIndependentInputs } from "./independent_losses.ts";
 * const inputs = await loadIndependentInputs("data");
 * independentDailyShare(inputs, { kind: "frequently-exceeding", value: 1000 }, 1000, "2024-12-31", "2025-12-31").alternatives.length; // 2
 * ```
 */
export function independentDailyShare(
  inputs: IndependentInputs,
  hedge: Hedge,
  threshold: number,
  from: string,
  to: string,
): { alternatives: Alternative[]; notes: string[] } {
  const alternatives: Alternative[] = [];
  const counts = "killed and wounded (casualties)";
  try {
    const days = economistDailyCasualties(inputs.casualties, from, to);
    const above = days.filter((d) => d.casualties > threshold).length;
    const mean = days.reduce((sum, d) => sum + d.casualties, 0) / days.length;
    alternatives.push({
      label: "The Economist: casualties, share of days its smoothed daily rate exceeds " +
        formatNumber(threshold),
      value: above / days.length,
      unit: "share of days",
      verdict: judge(hedge, above / days.length),
      counts,
      note: `Counts ${counts}, a model estimate: ${above} of ${days.length} days; mean ` +
        `${formatNumber(mean)} a day. Its day-to-day changes are a smoothed trend (a GAM), ` +
        "not days of actual losses, so the share says how often the trend ran above the line.",
      sources: [ECONOMIST_CASUALTIES],
    });
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    alternatives.push({
      label: "The Economist: casualties, share of days its smoothed daily rate exceeds " +
        formatNumber(threshold),
      value: null,
      unit: "share of days",
      verdict: "not-checkable",
      counts,
      note: error.message,
    });
  }
  const monthsLabel = `UK MoD: casualties, share of months averaging above ${
    formatNumber(threshold)
  } a day`;
  try {
    if (from !== lastDayOfMonth(from.slice(0, 7)) || to !== lastDayOfMonth(to.slice(0, 7))) {
      throw new DataError(
        "ukmod_casualties_monthly.csv",
        `period ${from} to ${to}`,
        "a period of whole months",
      );
    }
    const months = ukModMonths(inputs.ukMod, addDays(from, 1).slice(0, 7), to.slice(0, 7));
    const monthsAbove = months.filter((m) => m.average_per_day > threshold);
    const days = daysBetween(from, to);
    const daysInMonthsAbove = monthsAbove.reduce((sum, m) => sum + m.days, 0);
    // A month averaging above the threshold has at least one day above it; one averaging at or
    // below has at least one day at or below. Nothing more follows from an average.
    const low = monthsAbove.length / days;
    const high = 1 - (months.length - monthsAbove.length) / days;
    const total = months.reduce((sum, m) => sum + m.month_total, 0);
    alternatives.push({
      label: monthsLabel,
      value: monthsAbove.length / months.length,
      unit: "share of months",
      verdict: judge(hedge, monthsAbove.length / months.length),
      counts: "killed and wounded (casualties), monthly averages a day",
      interval: {
        low,
        high,
        text: "bounds on the share of DAYS above the line that monthly averages allow",
      },
      note:
        `Counts killed and wounded, as monthly averages: ${monthsAbove.length} of ${months.length}` +
        ` months average above ${formatNumber(threshold)} (${daysInMonthsAbove} days in them); ` +
        `mean ${formatNumber(total / days)} a day. An average only bounds the share of days: ` +
        `between ${formatPercent(low)} and ${formatPercent(high)}. Judged as a proxy (months, ` +
        "not days). Built on the General Staff's daily claims for 2024 onward (the posts say so).",
      sources: ukModSources(months),
    });
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    alternatives.push({
      label: monthsLabel,
      value: null,
      unit: "share of months",
      verdict: "not-checkable",
      counts: "killed and wounded (casualties), monthly averages a day",
      note: error.message,
    });
  }
  return {
    alternatives,
    notes: [
      "Which independent series can answer a share of days: The Economist's daily casualty " +
      "estimate can, for its smoothed trend only; UK MoD's monthly averages can only bound it; " +
      "The Economist's death estimate and Mediazona/Meduza's weekly estimate cannot (they count " +
      "killed only, not killed and wounded, and Mediazona/Meduza's are weekly).",
    ],
  };
}

/**
 * Loads the independent series from `dataDir` and returns the daily-share alternatives, the
 * notes and the agreement line (see {@link independentDailyShare}); if the series are not in
 * `dataDir`, one `not-checkable` alternative says so.
 *
 * @example
 * ```ts
 * import { independentDailyEstimates } from "./independent_daily.ts";
 * (await independentDailyEstimates("data", { kind: "frequently-exceeding", value: 1000 }, 1000, "2024-12-31", "2025-12-31")).agreement;
 * ```
 */
export async function independentDailyEstimates(
  dataDir: string,
  hedge: Hedge,
  threshold: number,
  from: string,
  to: string,
): Promise<IndependentEstimates> {
  const loaded = await loadIndependentOrExplain(dataDir, "share of days");
  if ("unavailable" in loaded) return loaded.unavailable;
  const { inputs } = loaded;
  const { alternatives, notes } = independentDailyShare(inputs, hedge, threshold, from, to);
  return { alternatives, notes, agreement: independentAgreement(alternatives, hedge) };
}
