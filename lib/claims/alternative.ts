/**
 * Building the alternatives a claim shows beside its main figure, each judged by the claim's own
 * hedge, and tolerating data that do not reach a variant (the variant then says why).
 *
 * @module
 */
import type { Alternative, Hedge } from "./claim.ts";
import { judge } from "./hedge.ts";
import { DataError } from "../io/data_error.ts";

/**
 * An alternative computed by `compute` and judged against `hedge`. If `compute` throws a
 * `DataError` (the data do not reach this variant), the alternative has no value, the verdict
 * `not-checkable` and the error as its note; other errors propagate.
 *
 * @example
 * ```ts
 * import { judgedAlternative } from "./alternative.ts";
 * judgedAlternative("ISW-based area", "troops/km²", { kind: "about", value: 96 }, () => 90.2);
 * // { label: "ISW-based area", value: 90.2, unit: "troops/km²", verdict: "overstated" }
 * ```
 */
export function judgedAlternative(
  label: string,
  unit: string,
  hedge: Hedge,
  compute: () => number | string | null,
  note?: string,
): Alternative {
  try {
    const value = compute();
    const alternative: Alternative = { label, value, unit, verdict: judge(hedge, value) };
    if (note !== undefined) alternative.note = note;
    return alternative;
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    return { label, value: null, unit, verdict: "not-checkable", note: error.message };
  }
}
