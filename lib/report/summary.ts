/**
 * The top of the report: how many claims got each verdict, the "as of" line, and a table of
 * contents with each claim's badge.
 *
 * @module
 */
import { type Claim, type ClaimCheck, VERDICTS } from "../claims/claim.ts";
import { claimAnchor } from "./anchor.ts";
import { reportVerdictBadge } from "./badge.ts";
import { escapeHtml } from "../html/escape_html.ts";
import { VERDICT_MEANINGS } from "./verdicts.ts";

/** A claim with its check, in the order the report shows them. */
export interface CheckedClaim {
  claim: Claim;
  check: ClaimCheck;
}

/**
 * The summary section: verdict counts (every verdict listed, zeros included), the as-of line,
 * what each verdict means, and links to every claim.
 *
 * @example
 * ```ts
 * import { summaryHtml } from "./summary.ts";
 * import { ok as assert } from "node:assert/strict";
 * const html = summaryHtml([], "2025-12-31"); // '<section id="summary" ...'
 * assert(html.startsWith('<section id="summary"'));
 * assert(html.includes("0 claims checked."));
 * ```
 */
export function summaryHtml(entries: readonly CheckedClaim[], asOf: string): string {
  const counts = new Map(VERDICTS.map((verdict) => [verdict, 0]));
  for (const { check } of entries) counts.set(check.verdict, (counts.get(check.verdict) ?? 0) + 1);
  const countItems = VERDICTS.map((verdict) =>
    `<li data-verdict-count="${verdict}">${reportVerdictBadge(verdict)} <span class="count">${
      counts.get(verdict)
    }</span></li>`
  ).join("\n");
  const otherDates = [...new Set(entries.map(({ check }) => check.asOf))]
    .filter((date) => date !== asOf).sort();
  const otherDatesText = otherDates.length === 0
    ? ""
    : ` Some claims are checked as of their own dates: ${escapeHtml(otherDates.join(", "))}.`;
  const meanings = VERDICTS.map((verdict) =>
    `<dt>${reportVerdictBadge(verdict)}</dt><dd>${
      escapeHtml(VERDICT_MEANINGS[verdict].meaning)
    }</dd>`
  ).join("\n");
  const contents = entries.map(({ claim, check }) =>
    `<li><a href="#${claimAnchor(claim.id)}">${escapeHtml(claim.id)}</a> ${
      reportVerdictBadge(check.verdict)
    }</li>`
  ).join("\n");
  return `<section id="summary" aria-labelledby="summary-heading">
<h2 id="summary-heading">Summary</h2>
<p class="as-of" id="as-of">Data as of the end of <time datetime="${escapeHtml(asOf)}">${
    escapeHtml(asOf)
  }</time> (UTC).${otherDatesText}</p>
<p>${entries.length} claims checked.</p>
<ul class="verdict-counts">
${countItems}
</ul>
<details class="meanings"><summary>What the verdicts mean</summary>
<dl>
${meanings}
</dl>
</details>
<nav aria-label="Claims"><ol class="contents">
${contents}
</ol></nav>
</section>`;
}
