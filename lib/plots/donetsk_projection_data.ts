/**
 * The rows of the Donetsk projection figure: the part of Donetsk Oblast still held, day by day,
 * and the date it would reach zero at several rates of advance, with the windows the claim
 * `donetsk-by-august-2027` uses.
 *
 * @module
 */
import {
  donetskByAugust2027,
  projectionWindow,
  RATE_WINDOWS,
} from "../claims/a/donetsk_by_august_2027.ts";
import { donetskRemainder } from "../claims/a/donetsk_still_held.ts";
import type { AreaSeries } from "../claims/a/area_series.ts";
import type { GroupAInputs } from "../claims/a/inputs.ts";
import { advanceRate, projectZeroDate } from "../claims/a/projection.ts";
import { addDays } from "../data/dates.ts";
import { DataError } from "../io/data_error.ts";
import type { HeldPoint, ProjectionLine } from "./donetsk_projection.ts";

/** What the analyst may change; the defaults are the claim's. */
export interface DonetskProjectionDataOptions {
  /** The window of the main rates (default: `projectionWindow(asOf)`, ISW's own in 2025). */
  window?: { from: string; to: string };
  /** Trailing windows, in days to `asOf`, of the whole-front rate (default `RATE_WINDOWS`). */
  trailingDays?: readonly number[];
}

/** One projection: the rate, its window, the area left at the window's end, the zero date. */
export interface Projection {
  label: string;
  area: string;
  from: string;
  to: string;
  km2PerDay: number;
  startKm2: number;
  /** `null` when the rate is not positive (the area never runs out). */
  zeroDate: string | null;
}

/** The figure's history and lines, every projection (for a table) and the claimed month. */
export interface DonetskProjectionData {
  history: HeldPoint[];
  projections: Projection[];
  /** The projections that reach zero, as `donetskProjectionFigure` draws them. */
  lines: ProjectionLine[];
  claimedMonth: string;
}

/**
 * The held area on every daily map up to `asOf` (grey zone counted as held) and the projections
 * to zero: ISW's method on DeepState's and The Economist's areas, a Donetsk-only rate over the same
 * window, and the whole-front rate over each trailing window.
 *
 * @example
 * ```ts
 * import { donetskProjectionData } from "./donetsk_projection_data.ts";
 * import { loadGroupAInputs } from "../claims/a/inputs.ts";
 * const inputs = await loadGroupAInputs("data");
 * const data = donetskProjectionData(inputs, "2025-12-31", { trailingDays: [90] });
 * data.projections.map((p) => p.label).at(-1); // "whole front, last 90 days"
 * ```
 */
export function donetskProjectionData(
  inputs: GroupAInputs,
  asOf: string,
  options: DonetskProjectionDataOptions = {},
): DonetskProjectionData {
  const window = options.window ?? projectionWindow(asOf);
  const held = (date: string) => donetskRemainder(inputs, date).heldKm2;
  const history = inputs.daily
    .filter((row) => row.map_date <= asOf)
    .map((row) => ({ date: row.map_date, heldKm2: held(row.map_date) }));
  const variants: { label: string; area: AreaSeries; from: string; to: string }[] = [
    { label: "ISW method, DeepState", area: inputs.deepState, ...window },
    { label: "ISW method, The Economist", area: inputs.economist, ...window },
    { label: "Donetsk-only rate, same window", area: inputs.deepStateDonetsk, ...window },
    ...(options.trailingDays ?? RATE_WINDOWS).map((days) => ({
      label: `whole front, last ${days} days`,
      area: inputs.deepState,
      from: addDays(asOf, -days),
      to: asOf,
    })),
  ];
  // A window the series does not reach (early as-of dates: the Donetsk-only series starts with
  // the daily maps in July 2024) has no rate to draw.
  const reached = variants.filter(({ area, from, to }) => reaches(area, from) && reaches(area, to));
  const projections = reached.map(({ label, area, from, to }) => {
    const { km2PerDay } = advanceRate(area, from, to);
    const startKm2 = held(to);
    const zeroDate = projectZeroDate(startKm2, km2PerDay, to);
    return { label, area: area.name, from, to, km2PerDay, startKm2, zeroDate };
  });
  const lines = projections.flatMap(({ label, to, startKm2, zeroDate }) =>
    zeroDate === null ? [] : [{ label, startDate: to, startKm2, zeroDate }]
  );
  const hedge = donetskByAugust2027.hedge;
  const claimedMonth = hedge.kind === "by-month" ? hedge.month : String(donetskByAugust2027.stated);
  return { history, projections, lines, claimedMonth };
}

/** Whether the series reaches `date`: its `asOf` throws a `DataError` where the data stop. */
function reaches(area: AreaSeries, date: string): boolean {
  try {
    area.asOf(date);
    return true;
  } catch (error) {
    if (error instanceof DataError) return false;
    throw error;
  }
}
