/**
 * The claims of CLAIMS.md group D (public opinion), in the article's order.
 *
 * @module
 */
import type { Claim } from "../claim.ts";
import { majorityWouldProtest, unacceptableClaim } from "./poll_claims.ts";

/** "legal designation of the occupied territories as Russian (84.5 per cent deemed as
 * unacceptable)". */
export const recognitionUnacceptable: Claim = unacceptableClaim({
  id: "poll-recognition-unacceptable",
  quote: "including legal designation of the occupied territories as Russian (84.5 per cent " +
    "deemed as unacceptable)",
  plainReading: "84.5 % of Ukrainians find legal recognition of the occupied territories as " +
    "Russian unacceptable.",
  question: "recognition",
  stated: 84.5,
});

/** "simplification of Ukraine's army (83.3 per cent)". */
export const armyCutsUnacceptable: Claim = unacceptableClaim({
  id: "poll-army-cuts-unacceptable",
  quote: "simplification of Ukraine’s army (83.3 per cent)",
  plainReading: "83.3 % find a reduction of Ukraine's army unacceptable.",
  question: "army-cuts",
  stated: 83.3,
});

/** "granting the Russian language authoritative position (78.4 per cent)". */
export const russianLanguageUnacceptable: Claim = unacceptableClaim({
  id: "poll-russian-language-unacceptable",
  quote: "or granting the Russian language authoritative position (78.4 per cent)",
  plainReading: "78.4 % find official status for the Russian language unacceptable.",
  question: "russian-language",
  stated: 78.4,
});

/** Every claim of group D, in the article's order. */
export const groupDClaims: Claim[] = [
  recognitionUnacceptable,
  armyCutsUnacceptable,
  russianLanguageUnacceptable,
  majorityWouldProtest,
];
