/**
 * The claims of CLAIMS.md group E.
 *
 * @module
 */
import type { Claim } from "../claim.ts";

/** Every claim of group E, in the article's order. */
export const groupEClaims: Claim[] = [];
