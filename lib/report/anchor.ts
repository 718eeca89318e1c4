/**
 * The id of a claim's section in the page, used by the table of contents, the JSON's `url`
 * fields and the browser test.
 *
 * @example
 * ```ts
 * import { claimAnchor } from "./anchor.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(claimAnchor("troops-per-km2-2025"), "claim-troops-per-km2-2025");
 * ```
 */
export function claimAnchor(claimId: string): string {
  return `claim-${claimId.replace(/[^A-Za-z0-9_-]/g, "_")}`;
}
