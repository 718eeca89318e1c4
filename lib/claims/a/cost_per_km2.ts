/**
 * Troops lost per km² taken: the General Staff's claimed personnel losses over a period divided
 * by the net occupied area gained over the same period, for one period or month by month.
 *
 * @module
 */
import {
  addDays,
  type CumulativeLosses,
  cumulativeLossesAsOf,
  lastDayOfMonth,
  monthsFrom,
  type PersonnelRow,
} from "../../data/mod.ts";
import { DataError } from "../../io/data_error.ts";
import type { AreaReading, AreaSeries } from "./area_series.ts";

/** The cost of the advance over one period: from the end of `from` to the end of `to`. */
export interface CostPerKm2 {
  from: string;
  to: string;
  /** The area series used, e.g. "DeepState". */
  area: string;
  losses: number;
  lossesStart: CumulativeLosses;
  lossesEnd: CumulativeLosses;
  /** Net area gained (end minus start); can be negative. */
  gainedKm2: number;
  areaStart: AreaReading;
  areaEnd: AreaReading;
  /** Losses per km² gained; `null` when nothing was gained (the ratio means nothing). */
  troopsPerKm2: number | null;
}

/**
 * Troops lost per km² gained from the end of `from` to the end of `to`.
 *
 * @example
 * ```ts
 * import { costPerKm2 } from "./cost_per_km2.ts";
 * import { deepStateArea } from "./area_series.ts";
 * import * as data from "../../data/mod.ts";
 * const area = deepStateArea(data.occupiedSeries(await data.loadDeepStateDaily(), await data.loadDeepStateHistory()));
 * costPerKm2(await data.loadGeneralStaffPersonnel(), area, "2024-12-31", "2025-12-31").troopsPerKm2;
 * ```
 */
export function costPerKm2(
  personnel: readonly PersonnelRow[],
  area: AreaSeries,
  from: string,
  to: string,
): CostPerKm2 {
  const lossesStart = cumulativeLossesAsOf(personnel, from);
  const lossesEnd = cumulativeLossesAsOf(personnel, to);
  const areaStart = area.asOf(from);
  const areaEnd = area.asOf(to);
  const losses = lossesEnd.value - lossesStart.value;
  const gainedKm2 = areaEnd.km2 - areaStart.km2;
  return {
    from,
    to,
    area: area.name,
    losses,
    lossesStart,
    lossesEnd,
    gainedKm2,
    areaStart,
    areaEnd,
    troopsPerKm2: gainedKm2 > 0 ? losses / gainedKm2 : null,
  };
}

/** One month of {@link monthlyCostPerKm2}. */
export interface MonthlyCost {
  /** `YYYY-MM`. */
  month: string;
  /** Losses in the month, or `null` if the data do not cover it. */
  losses: number | null;
  gainedKm2: number | null;
  troopsPerKm2: number | null;
  /** The area files used at both ends, or why the month is empty. */
  note: string;
}

/**
 * The cost per km² month by month (end of the previous month to the end of the month), from
 * `first` to `last` (`YYYY-MM`). A month the data do not cover gives `null`s and a note instead
 * of an error, so a figure can show the gap.
 *
 * @example
 * ```ts
 * import { monthlyCostPerKm2 } from "./cost_per_km2.ts";
 * import { deepStateArea } from "./area_series.ts";
 * import * as data from "../../data/mod.ts";
 * const area = deepStateArea(data.occupiedSeries(await data.loadDeepStateDaily(), await data.loadDeepStateHistory()));
 * monthlyCostPerKm2(await data.loadGeneralStaffPersonnel(), area, "2024-01", "2025-12");
 * ```
 */
export function monthlyCostPerKm2(
  personnel: readonly PersonnelRow[],
  area: AreaSeries,
  first: string,
  last: string,
): MonthlyCost[] {
  return monthsFrom(first, last).map((month) => {
    const from = addDays(`${month}-01`, -1);
    const to = lastDayOfMonth(month);
    try {
      const cost = costPerKm2(personnel, area, from, to);
      return {
        month,
        losses: cost.losses,
        gainedKm2: cost.gainedKm2,
        troopsPerKm2: cost.troopsPerKm2,
        note: `${cost.areaStart.from} to ${cost.areaEnd.from}`,
      };
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      return { month, losses: null, gainedKm2: null, troopsPerKm2: null, note: error.message };
    }
  });
}
