/**
 * The data of the independent-estimates figures (notebook 08 and the report), computed beside
 * the claims that use the same sources: the cost per km² taken by month and by year from each
 * source (returned by `troops-per-km2-2025`'s check in `series.independentCost`, the same
 * `perKm2Gained` computation as its independent alternatives), and the casualty series side by
 * side through the war, cumulative and per month (context, counted as the claims count them,
 * `independent_losses.ts`). `lib/plots/independent_estimates_figures.ts` only draws them.
 *
 * @module
 */
import { DataError } from "../../io/data_error.ts";
import { addDays, lastDayOfMonth, monthsFrom } from "../../data/dates.ts";
import { cumulativeLossesAsOf, type PersonnelRow } from "../../data/general_staff.ts";
import { metaEstimateAsOf } from "../../data/economist_estimates.ts";
import { killedBetween } from "../../data/meduza_weekly.ts";
import type { AreaSeries } from "./area_series.ts";
import { perKm2Gained } from "./independent_estimates.ts";
import {
  economistLosses,
  type IndependentInputs,
  meduzaLosses,
  ukModLosses,
} from "./independent_losses.ts";

/** One series' value at a date (a level, or a period's total dated by its first day), with its
 * interval where the source gives one (drawn by `estimateBandsFigure`). */
export interface EstimatePoint {
  series: string;
  date: string;
  value: number;
  low?: number;
  high?: number;
}

/** One source's losses per km² gained over a month or a year (drawn by
 * `independentCostFigure`). */
export interface CostPoint {
  source: string;
  /** The period's first day (ISO): a month's or a year's. */
  start: string;
  value: number;
  low?: number;
  high?: number;
  /** True when the source counts killed only (a different quantity). */
  killed: boolean;
}

/** The casualty series through the war, cumulative (month ends) and per month. */
export interface CasualtySeries {
  cumulative: EstimatePoint[];
  monthly: EstimatePoint[];
}

/** The cost per km² taken from each source, by month and by calendar year. */
export interface IndependentCost {
  monthly: CostPoint[];
  yearly: CostPoint[];
}

/** The first month shown: the first full month of the war. */
export const FIRST_MONTH = "2022-03";

/** One period's losses in a series, or `undefined` when the series does not cover it. */
type PeriodValue = { value: number; low?: number; high?: number; to?: string } | undefined;

function attempt(compute: () => PeriodValue): PeriodValue {
  try {
    return compute();
  } catch (error) {
    if (error instanceof DataError) return undefined;
    throw error;
  }
}

/** Each series' losses from the end of `from` to the end of `to`: the whole period or nothing,
 * except that with `shortEnd` Mediazona/Meduza's weekly series may end up to 6 days early (its
 * last ISO week ends before the year does; `to` then says where, as the claims count it). */
function lossesBetween(
  inputs: IndependentInputs,
  personnel: readonly PersonnelRow[],
  from: string,
  to: string,
  shortEnd = false,
): Record<string, PeriodValue> {
  const withInterval = (p: { value: number; interval?: { low: number; high: number } }) => ({
    value: p.value,
    low: p.interval?.low,
    high: p.interval?.high,
  });
  return {
    "General Staff (claims)": attempt(() => ({
      value: cumulativeLossesAsOf(personnel, to).value -
        cumulativeLossesAsOf(personnel, from).value,
    })),
    "The Economist": attempt(() =>
      withInterval(economistLosses(inputs.casualties, "casualties", from, to))
    ),
    "UK MoD": attempt(() => ({ value: ukModLosses(inputs.ukMod, from, to).value })),
    "The Economist: killed": attempt(() =>
      withInterval(economistLosses(inputs.deaths, "deaths", from, to))
    ),
    "Mediazona/Meduza: killed": attempt(() => {
      const period = meduzaLosses(inputs.meduza, from, to);
      const days = (Date.parse(to) - Date.parse(period.to)) / 86_400_000;
      if (period.to === to) return withInterval(period);
      return shortEnd && days <= 6 ? { ...withInterval(period), to: period.to } : undefined;
    }),
  };
}

/** The complete months from {@link FIRST_MONTH} up to `asOf`. */
function monthsUpTo(asOf: string): string[] {
  const month = asOf.slice(0, 7);
  const last = lastDayOfMonth(month) === asOf ? month : addDays(`${month}-01`, -1).slice(0, 7);
  return monthsFrom(FIRST_MONTH, last);
}

/**
 * The casualty series through the war at each month's end (cumulative since the invasion) and
 * per month, with intervals where the source gives them.
 *
 * @example
 * ```ts
 * import { casualtySeriesData } from "./independent_figure_data.ts";
 * import { loadIndependentInputs } from "./independent_losses.ts";
 * import { loadGeneralStaffPersonnel } from "../../data/general_staff.ts";
 * const data = casualtySeriesData(await loadIndependentInputs("data"), await loadGeneralStaffPersonnel("data"), "2025-12-31");
 * data.monthly.filter((p) => p.series === "UK MoD").length; // 46 months, 2022-03 to 2025-12
 * ```
 */
export function casualtySeriesData(
  inputs: IndependentInputs,
  personnel: readonly PersonnelRow[],
  asOf: string,
): CasualtySeries {
  const cumulative: EstimatePoint[] = [];
  const monthly: EstimatePoint[] = [];
  const ukCumulative = new Map(inputs.ukMod.map((m) => [m.month, m.cumulative]));
  for (const month of monthsUpTo(asOf)) {
    const end = lastDayOfMonth(month);
    const from = addDays(`${month}-01`, -1);
    const at = (series: string, value: PeriodValue) => {
      if (value) cumulative.push({ series, date: end, ...value });
    };
    at(
      "General Staff (claims)",
      attempt(() => ({ value: cumulativeLossesAsOf(personnel, end).value })),
    );
    at(
      "The Economist",
      attempt(() => {
        const r = metaEstimateAsOf(inputs.casualties, end);
        return { value: r.estimate, low: r.ci_lower, high: r.ci_upper };
      }),
    );
    const uk = ukCumulative.get(month);
    at("UK MoD", uk === undefined ? undefined : { value: uk });
    at(
      "The Economist: killed",
      attempt(() => {
        const r = metaEstimateAsOf(inputs.deaths, end, "economist_deaths_daily.csv");
        return { value: r.estimate, low: r.ci_lower, high: r.ci_upper };
      }),
    );
    at(
      "Mediazona/Meduza: killed",
      attempt(() => {
        const k = killedBetween(inputs.meduza, "2022-02-23", end);
        return { value: k.estimate, low: k.low, high: k.high };
      }),
    );
    for (const [series, value] of Object.entries(lossesBetween(inputs, personnel, from, end))) {
      if (value) monthly.push({ series, date: `${month}-01`, ...value });
    }
  }
  return { cumulative, monthly };
}

/**
 * The cost per km² of DeepState's net gain by month and by calendar year (complete ones up to
 * `asOf`) from each source; a period without a net gain, or one a source does not cover, has no
 * point for it. Killed-only series are flagged `killed`.
 *
 * @example
 * ```ts
 * import { independentCostData } from "./independent_figure_data.ts";
 * import { loadIndependentInputs } from "./independent_losses.ts";
 * import { loadGroupAInputs } from "./inputs.ts";
 * const a = await loadGroupAInputs("data");
 * independentCostData(await loadIndependentInputs("data"), a.personnel, a.deepState, "2025-12-31", "2024-01").yearly.length;
 * ```
 */
export function independentCostData(
  inputs: IndependentInputs,
  personnel: readonly PersonnelRow[],
  area: AreaSeries,
  asOf: string,
  firstMonth = "2024-01",
): IndependentCost {
  const perKm2 = perKm2Gained(area);
  const points = (from: string, to: string, start: string): CostPoint[] =>
    Object.entries(lossesBetween(inputs, personnel, from, to, true)).flatMap(([source, losses]) => {
      if (!losses) return [];
      try {
        const ratio = (v: number) => perKm2.compute(v, from, losses.to ?? to);
        const point: CostPoint = {
          source,
          start,
          value: ratio(losses.value),
          killed: source.endsWith(": killed"),
        };
        if (losses.low !== undefined && losses.high !== undefined) {
          point.low = ratio(losses.low);
          point.high = ratio(losses.high);
        }
        return [point];
      } catch (error) {
        if (error instanceof DataError) return [];
        throw error;
      }
    });
  const months = monthsUpTo(asOf).filter((month) => month >= firstMonth);
  const monthly = months.flatMap((month) =>
    points(addDays(`${month}-01`, -1), lastDayOfMonth(month), `${month}-01`)
  );
  const lastYear = Number(asOf.slice(0, 4)) - (asOf.endsWith("-12-31") ? 0 : 1);
  const yearly: CostPoint[] = [];
  for (let year = 2023; year <= lastYear; year++) {
    yearly.push(...points(`${year - 1}-12-31`, `${year}-12-31`, `${year}-01-01`));
  }
  return { monthly, yearly };
}
