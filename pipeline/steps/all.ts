/**
 * Every step of `deno task data:build`, in the order they run.
 *
 * @module
 */
import type { Step } from "../step.ts";
import { generalStaffStep } from "./general_staff.ts";
import { economistAreaStep } from "./economist_area.ts";
import { oblastsStep } from "./oblasts.ts";
import { deepstateDailyStep } from "./deepstate_daily.ts";
import { greyZoneStep } from "./grey_zone.ts";
import { deepstateHistoryStep } from "./deepstate_history.ts";
import { azerbaijanStep } from "./azerbaijan.ts";
import { mapDonetskStep } from "./map_donetsk.ts";
import { mapAzerbaijanStep } from "./map_azerbaijan.ts";
import { economistCasualtiesStep, economistDeathsStep } from "./economist_estimates.ts";
import { ukModMonthlyStep } from "./ukmod_monthly.ts";
import { meduzaWeeklyStep } from "./meduza_weekly.ts";
import { pointEstimatesStep } from "./casualty_point_estimates.ts";

/**
 * All steps, in build order.
 *
 * @example
 * ```ts
 * import { ALL_STEPS } from "./all.ts";
 * ALL_STEPS.map((step) => step.output); // ["general_staff_personnel.csv", ...]
 * ```
 */
export const ALL_STEPS: readonly Step[] = [
  generalStaffStep,
  economistAreaStep,
  oblastsStep,
  deepstateDailyStep,
  greyZoneStep,
  deepstateHistoryStep,
  azerbaijanStep,
  mapDonetskStep,
  mapAzerbaijanStep,
  economistCasualtiesStep,
  economistDeathsStep,
  ukModMonthlyStep,
  meduzaWeeklyStep,
  pointEstimatesStep,
];
