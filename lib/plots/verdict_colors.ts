/**
 * The verdicts' colour scale of the figures of claims through time: the report's badge palette
 * (`lib/html/verdict_colors.ts`), so that a verdict reads the same in every strip, ribbon, report
 * line and badge.
 *
 * @module
 */
import type { Verdict } from "../claims/claim.ts";
import { VERDICT_COLORS as PALETTE } from "../html/verdict_colors.ts";

/**
 * The colour of each verdict, and of `gap` (a day the claim could not be computed): the shared
 * palette, typed by the claims' verdicts (a verdict without a colour fails `deno check`).
 *
 * @example
 * ```ts
 * import { VERDICT_COLORS } from "./verdict_colors.ts";
 * VERDICT_COLORS.reproduced; // "#1a7f37"
 * ```
 */
export const VERDICT_COLORS: Readonly<Record<Verdict | "gap", string>> = PALETTE;

/**
 * The colour scale options for Observable Plot: the verdicts in a fixed order with their colours.
 *
 * @example
 * ```ts
 * import { verdictColorScale } from "./verdict_colors.ts";
 * verdictColorScale().domain[0]; // "reproduced"
 * ```
 */
export function verdictColorScale(): { domain: string[]; range: string[]; legend: boolean } {
  const domain = Object.keys(VERDICT_COLORS);
  return {
    domain,
    range: domain.map((verdict) => VERDICT_COLORS[verdict as Verdict | "gap"]),
    legend: true,
  };
}
