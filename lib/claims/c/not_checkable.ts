/**
 * A claim no data can decide (the author's biography, a comparison without figures): it is kept
 * in the registry, with hedge `none` and the reason, so that the overview shows the whole article.
 *
 * @module
 */
import type { Claim, ClaimCheck, Source } from "../claim.ts";

/** What an out-of-scope claim is made of. */
export interface NotCheckableSpec {
  id: string;
  group: Claim["group"];
  quote: string;
  plainReading: string;
  reason: string;
  notebook: string;
  sources?: Source[];
}

/**
 * Builds a claim whose check always gives `not-checkable`, with the reason as its method.
 *
 * @example
 * ```ts
 * import { notCheckableClaim } from "./not_checkable.ts";
 * const claim = notCheckableClaim({ id: "x", group: "C", quote: "q", plainReading: "p",
 *   reason: "a biography", notebook: "04-dates-and-diplomacy" });
 * (await claim.check({ asOf: "2025-12-31", dataDir: "data" })).verdict; // "not-checkable"
 * ```
 */
export function notCheckableClaim(spec: NotCheckableSpec): Claim {
  return {
    id: spec.id,
    group: spec.group,
    quote: spec.quote,
    plainReading: spec.plainReading,
    stated: null,
    unit: "",
    hedge: { kind: "none", reason: spec.reason },
    articleAsOf: "2025-12-31",
    sources: spec.sources ?? [],
    notebook: spec.notebook,
    check({ asOf }): Promise<ClaimCheck> {
      return Promise.resolve({
        id: spec.id,
        asOf,
        value: null,
        unit: "",
        valueText: "not checkable",
        verdict: "not-checkable",
        band: null,
        method: spec.reason,
        inputs: [],
        alternatives: [],
        notes: [],
      });
    },
  };
}
