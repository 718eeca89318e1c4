/**
 * What the recruitment figure draws, returned by the claim `recruits-30-40k-a-month`:
 * recruitment announcements published by the as-of date as monthly rates, and the General
 * Staff's claimed losses per month beside them.
 *
 * @module
 */
import type { DailyLosses } from "../../data/general_staff.ts";
import { lossesPerMonth, type MonthlyLosses, type RecruitmentRate } from "./recruitment_rates.ts";

/** One announcement as a monthly rate, labelled for the figure's legend. */
export interface RecruitmentSegment {
  /** Legend label, e.g. "Medvedev, final". */
  label: string;
  year: number;
  perMonth: number;
}

/** One segment per announcement, and the claimed losses month by month. */
export interface RecruitmentSeries {
  segments: RecruitmentSegment[];
  losses: MonthlyLosses[];
}

/**
 * The announcements out by `asOf` (labelled by speaker and statement, contracts a month over the
 * months each covers) and the claimed losses of `days` summed by month.
 *
 * @example
 * ```ts
 * import { recruitmentSeries } from "./recruitment_series.ts";
 * import { recruitmentRates } from "./recruitment_rates.ts";
 * import { loadFacts } from "../../data/facts.ts";
 * import { dailyLossesBetween, loadGeneralStaffPersonnel } from "../../data/general_staff.ts";
 * const series = recruitmentSeries(
 *   recruitmentRates(await loadFacts("recruitment", "data")),
 *   dailyLossesBetween(await loadGeneralStaffPersonnel("data"), "2023-12-31", "2025-12-31"),
 *   "2025-12-31",
 * );
 * series.losses[0].month; // "2024-01"
 * ```
 */
export function recruitmentSeries(
  rates: readonly RecruitmentRate[],
  days: readonly DailyLosses[],
  asOf: string,
): RecruitmentSeries {
  return {
    segments: rates
      .filter((rate) => rate.published <= asOf)
      .map((rate) => ({
        label: `${rate.speaker.split(" ").at(-1)}, ${rate.statement}`,
        year: rate.year,
        perMonth: rate.contractsPerMonth,
      })),
    losses: lossesPerMonth(days),
  };
}
