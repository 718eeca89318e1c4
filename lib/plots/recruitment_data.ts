/**
 * The rows of the recruitment figure: recruitment announcements published by the as-of date as
 * monthly rates, and the General Staff's claimed losses per month beside them.
 *
 * @module
 */
import {
  lossesPerMonth,
  type MonthlyLosses,
  recruitmentRates,
} from "../claims/b/recruitment_rates.ts";
import type { FactRow } from "../data/facts.ts";
import { dailyLossesBetween, type PersonnelRow } from "../data/general_staff.ts";
import type { RecruitmentSegment } from "./recruitment.ts";

/** What the analyst may change: the day after which losses are summed (default: the end of the
 * year before last, so two calendar years up to `asOf`). */
export interface RecruitmentDataOptions {
  lossesFrom?: string;
}

/** One segment per announcement, and the claimed losses month by month. */
export interface RecruitmentData {
  segments: RecruitmentSegment[];
  losses: MonthlyLosses[];
}

/**
 * The announcements out by `asOf` (labelled by speaker and statement, contracts a month over the
 * months each covers) and the losses claimed in each month after `lossesFrom` up to `asOf`.
 *
 * @example
 * ```ts
 * import { recruitmentData } from "./recruitment_data.ts";
 * import { loadFacts } from "../data/facts.ts";
 * import { loadGeneralStaffPersonnel } from "../data/general_staff.ts";
 * const data = recruitmentData(
 *   await loadFacts("recruitment", "data"),
 *   await loadGeneralStaffPersonnel("data"),
 *   "2025-12-31",
 * );
 * data.losses[0].month; // "2024-01"
 * ```
 */
export function recruitmentData(
  recruitment: readonly FactRow<"recruitment">[],
  personnel: readonly PersonnelRow[],
  asOf: string,
  options: RecruitmentDataOptions = {},
): RecruitmentData {
  const lossesFrom = options.lossesFrom ?? `${Number(asOf.slice(0, 4)) - 2}-12-31`;
  return {
    segments: recruitmentRates(recruitment)
      .filter((rate) => rate.published <= asOf)
      .map((rate) => ({
        label: `${rate.speaker.split(" ").at(-1)}, ${rate.statement}`,
        year: rate.year,
        perMonth: rate.contractsPerMonth,
      })),
    losses: lossesPerMonth(dailyLossesBetween(personnel, lossesFrom, asOf)),
  };
}
