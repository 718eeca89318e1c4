/**
 * The claims of CLAIMS.md group B.
 *
 * @module
 */
import type { Claim } from "../claim.ts";

/** Every claim of group B, in the article's order. */
export const groupBClaims: Claim[] = [];
