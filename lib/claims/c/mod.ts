/**
 * The claims of CLAIMS.md group C.
 *
 * @module
 */
import type { Claim } from "../claim.ts";

/** Every claim of group C, in the article's order. */
export const groupCClaims: Claim[] = [];
