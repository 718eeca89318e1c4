/**
 * `losses-over-1000-a-day`: "casualty rates, frequently exceeding 1,000 per day".
 *
 * @module
 */
import type { CheckWithSeries, Claim } from "../claim.ts";
import { resolveOptions } from "../options.ts";
import { withSeries } from "../with_series.ts";
import { bandFor, judge } from "../hedge.ts";
import { judgedAlternative } from "../alternative.ts";
import { formatNumber, formatPercent } from "../format.ts";
import { addYears, type DailyLosses, dailyLossesBetween } from "../../data/mod.ts";
import { loadGroupAInputs } from "./inputs.ts";
import { ARTICLE_SOURCE, GENERAL_STAFF } from "./sources.ts";
import { independentDailyEstimates } from "./independent_daily.ts";

/** How a daily loss series sits against a threshold. */
export interface DailyLossStats {
  days: number;
  daysAbove: number;
  /** Share of days strictly above the threshold (0 to 1). */
  shareAbove: number;
  mean: number;
  median: number;
  min: number;
  max: number;
  /** 10th, 25th, 75th and 90th percentiles (nearest rank). */
  p10: number;
  p25: number;
  p75: number;
  p90: number;
  /** Days per bin of `binWidth` (lower edge of each bin → count), ascending. */
  histogram: { from: number; count: number }[];
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

/**
 * Counts, mean, percentiles and a histogram of daily losses against a threshold ("above" is
 * strictly above). Throws a `RangeError` on an empty series.
 *
 * @example
 * ```ts
 * import { dailyLossStats } from "./losses_over_1000.ts";
 * const days = [900, 1000, 1100, 1300].map((losses, i) => ({ date: `2025-01-0${i + 1}`, losses, reportDate: "" }));
 * dailyLossStats(days, 1000).daysAbove; // 2
 * ```
 */
export function dailyLossStats(
  days: readonly DailyLosses[],
  threshold: number,
  binWidth = 100,
): DailyLossStats {
  if (days.length === 0) throw new RangeError("dailyLossStats: no days");
  const values = days.map((d) => d.losses);
  const sorted = [...values].sort((a, b) => a - b);
  const daysAbove = values.filter((v) => v > threshold).length;
  const bins = new Map<number, number>();
  for (const v of values) {
    const from = Math.floor(v / binWidth) * binWidth;
    bins.set(from, (bins.get(from) ?? 0) + 1);
  }
  const middle = sorted.length >> 1;
  return {
    days: values.length,
    daysAbove,
    shareAbove: daysAbove / values.length,
    mean: values.reduce((a, b) => a + b, 0) / values.length,
    median: sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2,
    min: sorted[0],
    max: sorted.at(-1)!,
    p10: percentile(sorted, 0.1),
    p25: percentile(sorted, 0.25),
    p75: percentile(sorted, 0.75),
    p90: percentile(sorted, 0.9),
    histogram: [...bins.entries()].sort((a, b) => a[0] - b[0]).map(([from, count]) => ({
      from,
      count,
    })),
  };
}

/** The threshold of the claim. */
const THRESHOLD = 1000;

/** What an analyst may vary; the default is the claim's. */
export interface LossesOver1000Options {
  /** The day after which days are counted (default: a year before the as-of date). */
  from?: string;
}

/** The claim's check, with the days it counts (what the daily losses figure draws). */
export type LossesOver1000Check = CheckWithSeries<{ days: DailyLosses[] }>;

/**
 * The claim: daily losses are differences of the General Staff's cumulative series; the value is
 * the share of the 12 months' days (calendar 2025 as of 2025-12-31) above 1,000. `series.days`
 * are the days counted.
 *
 * @example
 * ```ts
 * import { lossesOver1000 } from "./losses_over_1000.ts";
 * const check = await lossesOver1000.check({ asOf: "2025-12-31", dataDir: "data" });
 * check.series.days.length; // 365
 * ```
 */
export const lossesOver1000: Claim<LossesOver1000Options, LossesOver1000Check> = {
  id: "losses-over-1000-a-day",
  group: "A",
  quote: "Russia’s advanced military casualty rates, frequently exceeding 1,000 per day",
  plainReading: "Russia's casualties often exceed 1,000 a day.",
  stated: THRESHOLD,
  unit: "casualties/day",
  hedge: { kind: "frequently-exceeding", value: THRESHOLD },
  articleAsOf: "2025-12-31",
  sources: [ARTICLE_SOURCE, GENERAL_STAFF],
  notebook: "01-cost-of-the-advance",
  async check({ asOf, dataDir, ...options }): Promise<LossesOver1000Check> {
    const { personnel } = await loadGroupAInputs(dataDir);
    const hedge = this.hedge;
    const variation = resolveOptions({ from: addYears(asOf, -1) }, options);
    const from = variation.resolved.from;
    const days = dailyLossesBetween(personnel, from, asOf);
    const s = dailyLossStats(days, THRESHOLD);
    const before = addYears(from, -1);
    // Independent estimates (issue 12): shown beside the main figure, never part of its verdict.
    const independent = await independentDailyEstimates(dataDir, hedge, THRESHOLD, from, asOf);
    return withSeries({
      id: this.id,
      asOf,
      value: s.shareAbove,
      unit: "share of days",
      valueText: `${s.daysAbove} of ${s.days} days above ${formatNumber(THRESHOLD)} (${
        formatPercent(s.shareAbove)
      }); mean ${formatNumber(s.mean)} a day`,
      verdict: judge(hedge, s.shareAbove),
      band: bandFor(hedge),
      method: `Daily losses (each General Staff report minus the previous one) for the days ` +
        `after ${from} through ${asOf}; the share of days above ${formatNumber(THRESHOLD)}.`,
      inputs: [
        { name: "days", value: s.days, unit: "days", from: "general_staff_personnel.csv" },
        {
          name: `days above ${formatNumber(THRESHOLD)}`,
          value: s.daysAbove,
          unit: "days",
          from: "general_staff_personnel.csv, personnel_daily",
        },
        { name: "mean", value: Number(s.mean.toFixed(1)), unit: "a day", from: "computed" },
        { name: "median", value: s.median, unit: "a day", from: "computed" },
        { name: "min", value: s.min, unit: "a day", from: "computed" },
        { name: "max", value: s.max, unit: "a day", from: "computed" },
      ],
      alternatives: [
        judgedAlternative(
          `the 12 months before (${before} to ${from})`,
          "share of days",
          hedge,
          () => dailyLossStats(dailyLossesBetween(personnel, before, from), THRESHOLD).shareAbove,
          "context: not the claim's period",
        ),
        judgedAlternative(
          "mean daily losses above 1,000 (a stricter reading: the average exceeds it)",
          "share of days",
          hedge,
          () => (s.mean > THRESHOLD ? 1 : 0),
          `mean ${formatNumber(s.mean)}: 1 if above ${formatNumber(THRESHOLD)}, 0 if not`,
        ),
        ...independent.alternatives,
      ],
      notes: [
        "A General Staff report dated D counts losses up to the end of D-1, so the daily figure " +
        "of the report dated D is the losses of day D-1.",
        `Distribution: p10 ${formatNumber(s.p10)}, p25 ${formatNumber(s.p25)}, median ${
          formatNumber(s.median)
        }, p75 ${formatNumber(s.p75)}, p90 ${formatNumber(s.p90)}; range ${formatNumber(s.min)} ` +
        `to ${formatNumber(s.max)}.`,
        "These are the General Staff's claims (killed and wounded), not independent counts.",
        ...(asOf === this.articleAsOf || !variation.fields.defaultOptions
          ? []
          : [`Re-checked as of ${asOf}: the period is the 12 months ending that day.`]),
        ...independent.notes,
        ...variation.notes,
      ],
      independentAgreement: independent.agreement,
      ...variation.fields,
    }, { days });
  },
};
