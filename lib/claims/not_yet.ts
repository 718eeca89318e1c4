/**
 * The check of a claim whose evidence did not exist yet on the as-of date (the poll not
 * published, the talks not held, no estimate announced): no value, verdict `not-checkable`, and
 * the claim's band kept so that the card still shows what would have been judged.
 *
 * @module
 */
import type { Alternative, ClaimCheck, ClaimInput, Hedge } from "./claim.ts";
import { bandFor } from "./hedge.ts";

/** What such a check says. */
export interface NotYetSpec {
  id: string;
  asOf: string;
  unit: string;
  hedge: Hedge;
  /** Shown in place of the value, e.g. "not published by the as-of date". */
  valueText: string;
  /** Why there is no value, in one sentence. */
  method: string;
  inputs?: ClaimInput[];
  alternatives?: Alternative[];
}

/**
 * A `not-checkable` check with no value and no notes.
 *
 * @example
 * ```ts
 * import { notYetCheck } from "./not_yet.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const check = notYetCheck({
 *   id: "shells-4x-nato",
 *   asOf: "2020-01-01",
 *   unit: "× NATO",
 *   hedge: { kind: "nearly", value: 4 },
 *   valueText: "no estimate published by the as-of date",
 *   method: "No estimate had been published by the as-of date.",
 * });
 * assertEquals(check.verdict, "not-checkable");
 * ```
 */
export function notYetCheck(spec: NotYetSpec): ClaimCheck {
  return {
    id: spec.id,
    asOf: spec.asOf,
    value: null,
    unit: spec.unit,
    valueText: spec.valueText,
    verdict: "not-checkable",
    band: bandFor(spec.hedge),
    method: spec.method,
    inputs: spec.inputs ?? [],
    alternatives: spec.alternatives ?? [],
    notes: [],
  };
}
