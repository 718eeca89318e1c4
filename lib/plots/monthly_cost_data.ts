/**
 * The rows of the two monthly figures of the cost of the advance (losses per km² taken, and the
 * area newly occupied each month): every complete month from January 2024 (the year before the
 * claim's, for comparison) up to the as-of date, counted as the claim `troops-per-km2-2025` counts.
 *
 * @module
 */
import { troopsPerKm2 } from "../claims/a/troops_per_km2.ts";
import { type MonthlyCost, monthlyCostPerKm2 } from "../claims/a/cost_per_km2.ts";
import type { GroupAInputs } from "../claims/a/inputs.ts";
import { addMonths, lastDayOfMonth } from "../data/dates.ts";
import type { MonthlyCostPoint } from "./monthly_cost_per_km2.ts";

/** The first month shown by default: the month-by-month cost is shown from 2024 on. */
export const MONTHLY_COST_FROM = "2024-01";

/** What the analyst may change: the first month (`YYYY-MM`), or instead how many complete months
 * up to the as-of date (12: the claim's year). */
export interface MonthlyCostDataOptions {
  from?: string;
  months?: number;
}

/** The months shown, the full monthly rows (with gaps) and the points the builders take. */
export interface MonthlyCostData {
  /** First and last month shown, `YYYY-MM`. */
  first: string;
  last: string;
  /** Every month, a month the data do not cover with `null`s and a note (for a table). */
  monthly: MonthlyCost[];
  /** The months with data, for `monthlyCostPerKm2Figure` and `monthlyAreaGainedFigure`. */
  points: MonthlyCostPoint[];
  /** The article's figure, drawn as a reference line. */
  reference: { value: number; label: string };
}

/**
 * The complete months from `options.from` (default {@link MONTHLY_COST_FROM}), or the last
 * `options.months`, up to `asOf` (its own month only if `asOf` is the month's last day): the
 * General Staff's claimed losses and DeepState's net area gained in each.
 *
 * @example
 * ```ts
 * import { monthlyCostData } from "./monthly_cost_data.ts";
 * import { loadGroupAInputs } from "../claims/a/inputs.ts";
 * const inputs = await loadGroupAInputs("data");
 * const data = monthlyCostData(inputs, "2025-12-31");
 * [data.first, data.last]; // ["2024-01", "2025-12"]
 * monthlyCostData(inputs, "2025-12-31", { months: 12 }).first; // "2025-01"
 * ```
 */
export function monthlyCostData(
  inputs: Pick<GroupAInputs, "personnel" | "deepState">,
  asOf: string,
  options: MonthlyCostDataOptions = {},
): MonthlyCostData {
  const month = asOf.slice(0, 7);
  const last = lastDayOfMonth(month) === asOf ? month : addMonths(month, -1);
  const first = options.months === undefined
    ? options.from ?? MONTHLY_COST_FROM
    : addMonths(last, -(options.months - 1));
  const monthly = monthlyCostPerKm2(inputs.personnel, inputs.deepState, first, last);
  const points = monthly.flatMap((m) =>
    m.losses === null || m.gainedKm2 === null
      ? []
      : [{ month: m.month, losses: m.losses, areaKm2: m.gainedKm2 }]
  );
  const stated = troopsPerKm2.stated as number;
  return {
    first,
    last,
    monthly,
    points,
    reference: { value: stated, label: `the article: about ${stated} a km²` },
  };
}
