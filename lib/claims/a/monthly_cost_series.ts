/**
 * The month-by-month cost of the advance that the claim `troops-per-km2-2025` returns for its
 * figures (losses per km² taken, and the area newly occupied each month): every complete month
 * from January 2024 (the year before the claim's, for comparison) up to the as-of date.
 *
 * @module
 */
import { addMonths, lastDayOfMonth } from "../../data/dates.ts";
import { type MonthlyCost, monthlyCostPerKm2 } from "./cost_per_km2.ts";
import type { GroupAInputs } from "./inputs.ts";

/** The first month shown by default: the month-by-month cost is shown from 2024 on. */
export const MONTHLY_COST_FROM = "2024-01";

/** Which months: from `from` (`YYYY-MM`), or instead the last `months` complete months up to the
 * as-of date (12: the claim's year). */
export interface MonthlyCostSeriesOptions {
  from?: string;
  months?: number;
}

/** One month with data: claimed losses and net area gained. */
export interface MonthlyCostPoint {
  month: string;
  losses: number;
  areaKm2: number;
}

/** The months shown, the full monthly rows (with gaps) and the points the figures draw. */
export interface MonthlyCostSeries {
  /** First and last month shown, `YYYY-MM`. */
  first: string;
  last: string;
  /** Every month, a month the data do not cover with `null`s and a note (for a table). */
  monthly: MonthlyCost[];
  /** The months with data, as `monthlyCostPerKm2Figure` and `monthlyAreaGainedFigure` draw them. */
  points: MonthlyCostPoint[];
  /** The article's figure, drawn as a reference line. */
  reference: { value: number; label: string };
}

/**
 * The complete months from `options.from` (default {@link MONTHLY_COST_FROM}), or the last
 * `options.months`, up to `asOf` (its own month only if `asOf` is the month's last day): the
 * General Staff's claimed losses and DeepState's net area gained in each; `stated` is the
 * article's figure, drawn as a reference.
 *
 * @example
 * ```ts
 * import { monthlyCostSeries } from "./monthly_cost_series.ts";
 * import { loadGroupAInputs } from "./inputs.ts";
 * const inputs = await loadGroupAInputs("data");
 * const series = monthlyCostSeries(inputs, "2025-12-31", 96);
 * [series.first, series.last]; // ["2024-01", "2025-12"]
 * monthlyCostSeries(inputs, "2025-12-31", 96, { months: 12 }).first; // "2025-01"
 * ```
 */
export function monthlyCostSeries(
  inputs: Pick<GroupAInputs, "personnel" | "deepState">,
  asOf: string,
  stated: number,
  options: MonthlyCostSeriesOptions = {},
): MonthlyCostSeries {
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
  return {
    first,
    last,
    monthly,
    points,
    reference: { value: stated, label: `the article: about ${stated} a km²` },
  };
}
