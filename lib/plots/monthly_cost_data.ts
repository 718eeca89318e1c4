/**
 * The rows of the two monthly figures of the cost of the advance (losses per km² taken, and the
 * area newly occupied each month): the complete months up to the as-of date, as the claim
 * `troops-per-km2-2025` counts them.
 *
 * @module
 */
import { troopsPerKm2 } from "../claims/a/troops_per_km2.ts";
import { type MonthlyCost, monthlyCostPerKm2 } from "../claims/a/cost_per_km2.ts";
import type { GroupAInputs } from "../claims/a/inputs.ts";
import { addMonths, lastDayOfMonth } from "../data/dates.ts";
import type { MonthlyCostPoint } from "./monthly_cost_per_km2.ts";

/** What the analyst may change: how many complete months to show (the claim's year: 12). */
export interface MonthlyCostDataOptions {
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
 * The complete months up to `asOf` (its own month only if `asOf` is the month's last day): the
 * General Staff's claimed losses and DeepState's net area gained in each.
 *
 * @example
 * ```ts
 * import { monthlyCostData } from "./monthly_cost_data.ts";
 * import { loadGroupAInputs } from "../claims/a/inputs.ts";
 * const data = monthlyCostData(await loadGroupAInputs("data"), "2025-12-31", { months: 12 });
 * [data.first, data.last]; // ["2025-01", "2025-12"]
 * ```
 */
export function monthlyCostData(
  inputs: Pick<GroupAInputs, "personnel" | "deepState">,
  asOf: string,
  options: MonthlyCostDataOptions = {},
): MonthlyCostData {
  const months = options.months ?? 12;
  const month = asOf.slice(0, 7);
  const last = lastDayOfMonth(month) === asOf ? month : addMonths(month, -1);
  const first = addMonths(last, -(months - 1));
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
