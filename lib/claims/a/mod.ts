/**
 * The claims of docs/claims.md#a-the-cost-of-the-advance, in the article's order, and the
 * reusable computations behind them (for notebooks and figures).
 *
 * @module
 */
import type { Claim } from "../claim.ts";
import { troopsPerKm2 } from "./troops_per_km2.ts";
import { donetskStillHeld } from "./donetsk_still_held.ts";
import { halfMillion } from "./half_million.ts";
import { donetskByAugust2027 } from "./donetsk_by_august_2027.ts";
import { lossesOver1000 } from "./losses_over_1000.ts";

export {
  type CostPerKm2,
  costPerKm2,
  type MonthlyCost,
  monthlyCostPerKm2,
} from "./cost_per_km2.ts";
export { type AdvanceRate, advanceRate, projectZeroDate } from "./projection.ts";
export {
  type AreaReading,
  type AreaSeries,
  deepStateArea,
  deepStateUnitArea,
  economistArea,
} from "./area_series.ts";
export { type GroupAInputs, loadGroupAInputs } from "./inputs.ts";
export { type DonetskRemainder, donetskRemainder } from "./donetsk_still_held.ts";
export {
  type DonetskByAugust2027Check,
  type DonetskByAugust2027Options,
  type DonetskProjectionSeries,
  ISW_RATE_EVENT,
  ISW_WINDOW,
  iswStatedRate,
  type ProjectionLine,
  projectionWindow,
  RATE_WINDOWS,
} from "./donetsk_by_august_2027.ts";
export {
  heldHistory,
  type HeldPoint,
  type Projection,
  type ProjectionSpec,
  projectRemainder,
  tryProjectRemainder,
} from "./donetsk_projections.ts";
export {
  type DailyLossStats,
  dailyLossStats,
  type LossesOver1000Check,
  type LossesOver1000Options,
} from "./losses_over_1000.ts";
export {
  MONTHLY_COST_FROM,
  type MonthlyCostPoint,
  type MonthlyCostSeries,
  monthlyCostSeries,
  type MonthlyCostSeriesOptions,
} from "./monthly_cost_series.ts";
export { type TroopsPerKm2Check, type TroopsPerKm2Options } from "./troops_per_km2.ts";
export { donetskByAugust2027, donetskStillHeld, halfMillion, lossesOver1000, troopsPerKm2 };

/** Every claim of group A, in the article's order. */
export const groupAClaims: Claim[] = [
  troopsPerKm2,
  donetskStillHeld,
  halfMillion,
  donetskByAugust2027,
  lossesOver1000,
];
