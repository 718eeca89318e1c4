/**
 * Projections of the date the still-held part of Donetsk Oblast reaches zero: a rate of advance
 * over a window, applied to the area still held at the window's end. The claim
 * `donetsk-by-august-2027` computes every variant it judges and its figure draws with
 * {@link projectRemainder}, and the held area day by day with {@link heldHistory}.
 *
 * @module
 */
import { DataError } from "../../io/data_error.ts";
import type { AreaSeries } from "./area_series.ts";
import { donetskRemainder } from "./donetsk_still_held.ts";
import type { GroupAInputs } from "./inputs.ts";
import { type AdvanceRate, advanceRate, projectZeroDate } from "./projection.ts";

/** A variant to project: a label, the area series whose rate is used, and the rate's window. */
export interface ProjectionSpec {
  label: string;
  area: AreaSeries;
  from: string;
  to: string;
}

/** One projection: the rate, its window, the area left at the window's end, the zero date. */
export interface Projection {
  label: string;
  /** The name of the area series whose rate is used, e.g. "DeepState". */
  area: string;
  from: string;
  to: string;
  km2PerDay: number;
  startKm2: number;
  /** `null` when the rate is not positive (the area never runs out). */
  zeroDate: string | null;
}

/** The still-held area of Donetsk Oblast on one map date (grey zone counted as held). */
export interface HeldPoint {
  date: string;
  heldKm2: number;
}

/**
 * The projection of one variant, with the rate it rests on (its readings name the files used).
 * Throws a `DataError` where the series do not reach the window (a Donetsk-only window before the
 * daily maps, say).
 *
 * @example
 * ```ts
 * import { projectRemainder } from "./donetsk_projections.ts";
 * import { loadGroupAInputs } from "./inputs.ts";
 * const inputs = await loadGroupAInputs("data");
 * const { projection } = projectRemainder(inputs, {
 *   label: "ISW method, DeepState", area: inputs.deepState, from: "2025-08-15", to: "2025-11-20",
 * });
 * projection.zeroDate; // "2027-05-07"
 * ```
 */
export function projectRemainder(
  inputs: GroupAInputs,
  spec: ProjectionSpec,
): { projection: Projection; rate: AdvanceRate } {
  const rate = advanceRate(spec.area, spec.from, spec.to);
  const startKm2 = donetskRemainder(inputs, spec.to).heldKm2;
  return {
    projection: {
      label: spec.label,
      area: spec.area.name,
      from: spec.from,
      to: spec.to,
      km2PerDay: rate.km2PerDay,
      startKm2,
      zeroDate: projectZeroDate(startKm2, rate.km2PerDay, spec.to),
    },
    rate,
  };
}

/**
 * {@link projectRemainder}, or the `DataError` saying why the data do not reach the variant
 * (other errors propagate).
 *
 * @example
 * ```ts
 * import { tryProjectRemainder } from "./donetsk_projections.ts";
 * import { loadGroupAInputs } from "./inputs.ts";
 * const inputs = await loadGroupAInputs("data");
 * const early = { label: "x", area: inputs.deepStateDonetsk, from: "2024-01-01", to: "2024-07-08" };
 * tryProjectRemainder(inputs, early) instanceof Error; // true (no daily map before July 2024)
 * ```
 */
export function tryProjectRemainder(
  inputs: GroupAInputs,
  spec: ProjectionSpec,
): { projection: Projection; rate: AdvanceRate } | DataError {
  try {
    return projectRemainder(inputs, spec);
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
}

/**
 * The still-held area of Donetsk Oblast on every daily map up to `asOf` (grey zone counted as
 * held).
 *
 * @example
 * ```ts
 * import { heldHistory } from "./donetsk_projections.ts";
 * import { loadGroupAInputs } from "./inputs.ts";
 * heldHistory(await loadGroupAInputs("data"), "2025-12-31").at(-1)?.date; // "2025-12-31"
 * ```
 */
export function heldHistory(inputs: GroupAInputs, asOf: string): HeldPoint[] {
  return inputs.daily
    .filter((row) => row.map_date <= asOf)
    .map((row) => ({
      date: row.map_date,
      heldKm2: donetskRemainder(inputs, row.map_date).heldKm2,
    }));
}
