/**
 * The claims of docs/claims.md#d-public-opinion, in the article's order.
 *
 * @module
 */
import type { Claim } from "../claim.ts";
import { majorityWouldProtest, unacceptableClaim } from "./poll_claims.ts";

/**
 * "legal designation of the occupied territories as Russian (84.5 per cent deemed as
 * unacceptable)".
 *
 * @example
 * ```ts
 * import { recognitionUnacceptable } from "./mod.ts";
 * (await recognitionUnacceptable.check({ asOf: "2025-12-31", dataDir: "data" })).valueText;
 * ```
 */
export const recognitionUnacceptable = unacceptableClaim({
  id: "poll-recognition-unacceptable",
  quote: "including legal designation of the occupied territories as Russian (84.5 per cent " +
    "deemed as unacceptable)",
  plainReading: "84.5 % of Ukrainians find legal recognition of the occupied territories as " +
    "Russian unacceptable.",
  question: "recognition",
  stated: 84.5,
});

/**
 * "simplification of Ukraine's army (83.3 per cent)".
 *
 * @example
 * ```ts
 * import { armyCutsUnacceptable } from "./mod.ts";
 * (await armyCutsUnacceptable.check({ asOf: "2025-12-31", dataDir: "data" })).valueText;
 * ```
 */
export const armyCutsUnacceptable = unacceptableClaim({
  id: "poll-army-cuts-unacceptable",
  quote: "simplification of Ukraine’s army (83.3 per cent)",
  plainReading: "83.3 % find a reduction of Ukraine's army unacceptable.",
  question: "army-cuts",
  stated: 83.3,
});

/**
 * "granting the Russian language authoritative position (78.4 per cent)".
 *
 * @example
 * ```ts
 * import { russianLanguageUnacceptable } from "./mod.ts";
 * (await russianLanguageUnacceptable.check({ asOf: "2025-12-31", dataDir: "data" })).valueText;
 * ```
 */
export const russianLanguageUnacceptable = unacceptableClaim({
  id: "poll-russian-language-unacceptable",
  quote: "or granting the Russian language authoritative position (78.4 per cent)",
  plainReading: "78.4 % find official status for the Russian language unacceptable.",
  question: "russian-language",
  stated: 78.4,
});

/**
 * Every claim of group D, in the article's order.
 *
 * @example
 * ```ts
 * import { groupDClaims } from "./mod.ts";
 * const checks = await Promise.all(
 *   groupDClaims.map((claim) => claim.check({ asOf: "2025-12-31", dataDir: "data" })),
 * );
 * checks.map((check) => check.verdict);
 * ```
 */
export const groupDClaims: Claim[] = [
  recognitionUnacceptable,
  armyCutsUnacceptable,
  russianLanguageUnacceptable,
  majorityWouldProtest,
];
