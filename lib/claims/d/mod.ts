/**
 * The claims of CLAIMS.md group D.
 *
 * @module
 */
import type { Claim } from "../claim.ts";

/** Every claim of group D, in the article's order. */
export const groupDClaims: Claim[] = [];
