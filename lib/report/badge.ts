import type { Verdict } from "../claims/claim.ts";
import { escapeHtml } from "../html/escape_html.ts";
import { VERDICT_MEANINGS } from "./verdicts.ts";

/**
 * A verdict badge: the verdict in words (so colour is never the only signal) with a class per
 * verdict for its colour, and the meaning as a tooltip.
 *
 * @example
 * ```ts
 * import { reportVerdictBadge } from "./badge.ts";
 * import { ok as assert } from "node:assert/strict";
 * const badge = reportVerdictBadge("overstated"); // '<span class="badge verdict-overstated" ...>Overstated</span>'
 * assert(badge.startsWith('<span class="badge verdict-overstated"'));
 * assert(badge.endsWith(">Overstated</span>"));
 * ```
 */
export function reportVerdictBadge(verdict: Verdict): string {
  const { label, meaning } = VERDICT_MEANINGS[verdict];
  return `<span class="badge verdict-${verdict}" data-verdict="${verdict}" title="${
    escapeHtml(`${label}: ${meaning}`)
  }">${escapeHtml(label)}</span>`;
}
