/**
 * Where a computed value falls against a band, as one of the fixed verdicts. The band comes from
 * the hedge word (`hedge.ts`); this module only compares.
 *
 * @module
 */
import type { Band, Verdict } from "./claim.ts";

/** The side of a band a value falls on. */
export type Side = "below" | "inside" | "above";

/** Compares a number, or ISO dates at the coarser of the two precisions ("2025-03" against
 * "2025-03-31" compares "2025-03" with "2025-03"). */
function compare(a: number | string, b: number | string): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "string" && typeof b === "string") {
    const length = Math.min(a.length, b.length);
    const x = a.slice(0, length);
    const y = b.slice(0, length);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  throw new TypeError(`cannot compare ${typeof a} ${String(a)} with ${typeof b} ${String(b)}`);
}

/**
 * Which side of the band a value falls on; an open end (`null`) has no limit.
 *
 * @example
 * ```ts
 * import { sideOfBand } from "./verdict.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const band = { low: 10, high: 20, lowInclusive: true, highInclusive: false, text: "10 to 20" };
 * assertEquals(sideOfBand(band, 20), "above");
 * ```
 */
export function sideOfBand(band: Band, value: number | string): Side {
  if (band.low !== null) {
    const c = compare(value, band.low);
    if (c < 0 || (c === 0 && !band.lowInclusive)) return "below";
  }
  if (band.high !== null) {
    const c = compare(value, band.high);
    if (c > 0 || (c === 0 && !band.highInclusive)) return "above";
  }
  return "inside";
}

/**
 * The verdict of a value against a band: `reproduced` inside, `understated` when the data give
 * more than the band (the article understates), `overstated` when less, `not-checkable` when
 * there is no band or no value.
 *
 * @example
 * ```ts
 * import { verdictForBand } from "./verdict.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const band = { low: 95, high: 105, lowInclusive: true, highInclusive: true, text: "95 to 105" };
 * assertEquals(verdictForBand(band, 110), "understated");
 * assertEquals(verdictForBand(band, null), "not-checkable");
 * ```
 */
export function verdictForBand(band: Band | null, value: number | string | null): Verdict {
  if (band === null || value === null) return "not-checkable";
  if (typeof value === "number" && !Number.isFinite(value)) return "not-checkable";
  const side = sideOfBand(band, value);
  return side === "inside" ? "reproduced" : side === "above" ? "understated" : "overstated";
}

/**
 * `contested` when credible sources put the figure on both sides of the band (one verdict
 * `understated`, another `overstated`), otherwise the first verdict (the claim's main source);
 * a source that is `not-checkable` (e.g. its series does not reach the date) contests nothing.
 * A claim decides which of its figures count as credible sources; method variants of one source
 * are alternatives, not sources.
 *
 * @example
 * ```ts
 * import { verdictAcrossSources } from "./verdict.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(verdictAcrossSources(["reproduced", "overstated"]), "reproduced");
 * assertEquals(verdictAcrossSources(["understated", "overstated"]), "contested");
 * ```
 */
export function verdictAcrossSources(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.length === 0) return "not-checkable";
  if (verdicts.includes("understated") && verdicts.includes("overstated")) return "contested";
  return verdicts[0];
}
