/**
 * One colour per verdict (and for a gap), shared by the figures of claims through time, so that a
 * verdict reads the same in every strip, ribbon and report line.
 *
 * @module
 */
import type { Verdict } from "../claims/claim.ts";

/**
 * The colour of each verdict, and of `gap` (a day the claim could not be computed).
 *
 * @example
 * ```ts
 * import { VERDICT_COLORS } from "./verdict_colors.ts";
 * VERDICT_COLORS.reproduced; // "#2e7d32"
 * ```
 */
export const VERDICT_COLORS: Record<Verdict | "gap", string> = {
  reproduced: "#2e7d32",
  understated: "#1f77b4",
  overstated: "#d62728",
  contested: "#9467bd",
  "not-checkable": "#9e9e9e",
  gap: "#e0e0e0",
};

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
