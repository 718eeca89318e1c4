/**
 * The one palette of the verdicts, shared by the report's badges (`lib/report/page_shell.ts`)
 * and the figures of claims through time (`lib/plots/verdict_colors.ts`), so that a verdict has
 * the same colour on a badge, in a strip and on a ribbon. Each colour carries white text at a
 * contrast of at least 5:1 (the badges), and the hues differ (green, blue, red, purple, grey) so
 * that neighbouring verdicts in a strip stay apart.
 *
 * @module
 */

/**
 * The colour of each verdict (the names of `VERDICTS`, `lib/claims/claim.ts`), and of `gap` (a
 * day the claim could not be computed; light, never behind text).
 *
 * @example
 * ```ts
 * import { VERDICT_COLORS } from "./verdict_colors.ts";
 * VERDICT_COLORS.reproduced; // "#1a7f37"
 * ```
 */
export const VERDICT_COLORS = {
  reproduced: "#1a7f37",
  understated: "#1d5fa8",
  overstated: "#b4232a",
  contested: "#6a3fb5",
  "not-checkable": "#5b5b66",
  gap: "#e0e0e0",
} as const;
