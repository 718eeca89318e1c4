/**
 * The claims of docs/claims.md#e-the-karabakh-precedent, in the article's order, with the
 * comparison to WWII battles that has no figure to check.
 *
 * @module
 */
import type { Claim } from "../claim.ts";
import { notCheckableClaim } from "../c/not_checkable.ts";
import { lostOneFifth } from "./lost_one_fifth.ts";
import { oneInEight } from "./one_in_eight.ts";

/**
 * "on a scale comparable to medium-sized battles in WWII".
 *
 * @example
 * ```ts
 * import { battlesLikeWwii } from "./mod.ts";
 * (await battlesLikeWwii.check({ asOf: "2025-12-31", dataDir: "data" })).verdict; // "not-checkable"
 * ```
 */
export const battlesLikeWwii: Claim = notCheckableClaim({
  id: "battles-like-wwii",
  group: "E",
  quote: "The months preceding the ceasefire were the bloodiest phase of the conflict, marked by " +
    "the largest battles of the war, on a scale comparable to medium-sized battles in WWII.",
  plainReading:
    "The battles of 1993-94 were as large as mid-sized battles of the Second World War.",
  reason: 'A comparison without figures: "medium-sized battles in WWII" has no agreed size, and ' +
    "no data set of the 1993-94 battles' forces or losses is in this workbook.",
  notebook: "06-karabakh-precedent",
});

/**
 * Every claim of group E, in the article's order.
 *
 * @example
 * ```ts
 * import { groupEClaims } from "./mod.ts";
 * const checks = await Promise.all(
 *   groupEClaims.map((claim) => claim.check({ asOf: "2025-12-31", dataDir: "data" })),
 * );
 * checks.map((check) => check.verdict);
 * ```
 */
export const groupEClaims: Claim[] = [lostOneFifth, oneInEight, battlesLikeWwii];
