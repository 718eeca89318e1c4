/**
 * The claims of CLAIMS.md group A (the cost of the advance), in the article's order.
 *
 * @module
 */
import type { Claim } from "../claim.ts";

/** Every claim of group A, in the article's order. */
export const groupAClaims: Claim[] = [];
