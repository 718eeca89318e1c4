/**
 * Every implemented claim of the article, in the article's order of groups (A to E), and a
 * helper that checks them all.
 *
 * @module
 */
import type { Claim, ClaimCheck } from "./claim.ts";
import { groupAClaims } from "./a/mod.ts";
import { groupBClaims } from "./b/mod.ts";
import { groupCClaims } from "./c/mod.ts";
import { groupDClaims } from "./d/mod.ts";
import { groupEClaims } from "./e/mod.ts";

/**
 * Every claim, group A first, each group in the article's order. Throws if two claims share an
 * id.
 *
 * @example
 * ```ts
 * import { allClaims } from "./registry.ts";
 * allClaims().map((claim) => claim.id); // ["troops-per-km2-2025", ...]
 * ```
 */
export function allClaims(): Claim[] {
  const claims = [
    ...groupAClaims,
    ...groupBClaims,
    ...groupCClaims,
    ...groupDClaims,
    ...groupEClaims,
  ];
  const seen = new Set<string>();
  for (const claim of claims) {
    if (seen.has(claim.id)) throw new Error(`registry: two claims have the id '${claim.id}'`);
    seen.add(claim.id);
  }
  return claims;
}

/** A claim with its check, or the error that stopped the check. */
export interface CheckedClaim {
  claim: Claim;
  check: ClaimCheck;
}

/**
 * Checks every claim as of the end of `asOf` from the data in `dataDir`, one after the other (they
 * share loaded files through the loaders' cache). A claim whose check throws makes the whole call
 * throw, naming the claim: a verdict is only given when it can be computed.
 *
 * @example
 * ```ts
 * import { checkAll } from "./registry.ts";
 * const results = await checkAll({ asOf: "2025-12-31", dataDir: "data" });
 * results.map(({ check }) => check.verdict);
 * ```
 */
export async function checkAll(
  options: { asOf: string; dataDir: string; claims?: readonly Claim[] },
): Promise<CheckedClaim[]> {
  const results: CheckedClaim[] = [];
  for (const claim of options.claims ?? allClaims()) {
    let check: ClaimCheck;
    try {
      check = await claim.check({ asOf: options.asOf, dataDir: options.dataDir });
    } catch (error) {
      throw new Error(`claim '${claim.id}' could not be computed: ${(error as Error).message}`, {
        cause: error,
      });
    }
    results.push({ claim, check });
  }
  return results;
}
