/**
 * The rows of the daily losses figure: the General Staff's daily loss claims over the year up
 * to the as-of date, the days the claim `losses-over-1000-a-day` counts.
 *
 * @module
 */
import { addYears } from "../data/dates.ts";
import { type DailyLosses, dailyLossesBetween, type PersonnelRow } from "../data/general_staff.ts";

/** What the analyst may change: the first day (excluded; default: a year before `asOf`). */
export interface DailyLossesDataOptions {
  from?: string;
}

/**
 * The losses claimed on each day after `from` up to `asOf` (each report minus the previous one).
 *
 * @example
 * ```ts
 * import { dailyLossesData } from "./daily_losses_data.ts";
 * import { loadGeneralStaffPersonnel } from "../data/general_staff.ts";
 * const days = dailyLossesData(await loadGeneralStaffPersonnel("data"), "2025-12-31");
 * days.at(-1)?.date; // "2025-12-31"
 * ```
 */
export function dailyLossesData(
  personnel: readonly PersonnelRow[],
  asOf: string,
  options: DailyLossesDataOptions = {},
): DailyLosses[] {
  return dailyLossesBetween(personnel, options.from ?? addYears(asOf, -1), asOf);
}
