/**
 * The data of the Donetsk forecast through time: the date each method gives on each as-of day,
 * computed by the function `donetsk-by-august-2027`'s check computes its value and its
 * same-window variants with (`tryProjectRemainder`), over the claim's window of that day.
 *
 * @module
 */
import { addDays } from "../data/dates.ts";
import type { AreaSeries } from "../claims/a/area_series.ts";
import { projectionWindow } from "../claims/a/donetsk_by_august_2027.ts";
import { tryProjectRemainder } from "../claims/a/donetsk_projections.ts";
import type { GroupAInputs } from "../claims/a/inputs.ts";

/** One method's forecast on one as-of day. */
export interface ForecastPoint {
  asOf: string;
  method: string;
  /** The day the remainder would reach zero. */
  zeroDate: string;
}

/**
 * For each as-of day from `from` to `to` (every `step` days), the zero date of the claim's own
 * method (the window of `projectionWindow`, the remainder at its end) at three rates: the whole
 * front on DeepState (ISW's method), the whole front on The Economist's ISW-based series, and
 * Donetsk alone on DeepState. Days the data do not reach, or with no net advance, are left out.
 *
 * @example
 * ```ts
 * import { forecastThroughTimeData } from "./forecast_through_time_data.ts";
 * import { loadGroupAInputs } from "../claims/a/inputs.ts";
 * const points = forecastThroughTimeData(await loadGroupAInputs("data"), "2025-01-01", "2026-06-30");
 * ```
 */
export function forecastThroughTimeData(
  inputs: GroupAInputs,
  from: string,
  to: string,
  step = 1,
): ForecastPoint[] {
  const methods: [string, AreaSeries][] = [
    ["ISW method: whole-front rate (DeepState)", inputs.deepState],
    ["whole-front rate (The Economist, ISW-based)", inputs.economist],
    ["Donetsk-only rate (DeepState)", inputs.deepStateDonetsk],
  ];
  const points: ForecastPoint[] = [];
  for (let asOf = from; asOf <= to; asOf = addDays(asOf, step)) {
    const window = projectionWindow(asOf);
    for (const [method, area] of methods) {
      const computed = tryProjectRemainder(inputs, { label: method, area, ...window });
      if (computed instanceof Error) continue;
      const { zeroDate } = computed.projection;
      if (zeroDate !== null) points.push({ asOf, method, zeroDate });
    }
  }
  return points;
}
