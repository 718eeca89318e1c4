/**
 * The claims of docs/claims.md#b-force-generation-and-industry, in the article's order.
 *
 * @module
 */
import type { Claim } from "../claim.ts";
import { recruits30to40k } from "./recruits_30_40k.ts";
import { shells4xNato } from "./shells_4x_nato.ts";

/**
 * Every claim of group B, in the article's order.
 *
 * @example
 * ```ts
 * import { groupBClaims } from "./mod.ts";
 * const checks = await Promise.all(
 *   groupBClaims.map((claim) => claim.check({ asOf: "2025-12-31", dataDir: "data" })),
 * );
 * checks.map((check) => check.verdict);
 * ```
 */
export const groupBClaims: Claim[] = [recruits30to40k, shells4xNato];
