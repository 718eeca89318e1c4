/**
 * One claim's section of the report: the quote, the verdict, stated against computed value, the
 * band, the method, inputs, alternatives, notes, figures, sources and the notebook link.
 *
 * @module
 */
import type { Claim, ClaimCheck, Source } from "../claims/claim.ts";
import { claimAnchor } from "./anchor.ts";
import { reportVerdictBadge } from "./badge.ts";
import { escapeHtml } from "../html/escape_html.ts";
import { figureHtml, type ReportFigure } from "./figure.ts";
import { formatValue, statedText } from "../claims/stated_text.ts";
import { formatNumber } from "../claims/format.ts";
import { alternativeExtrasHtml } from "../claims/alternative_extras.ts";
import type { SweepRow } from "../sweep/sweep.ts";
import { heldSinceHtml } from "./held_since_line.ts";

/** The group headings of docs/claims.md (sections A to E). */
export const GROUP_TITLES: Record<Claim["group"], string> = {
  A: "The cost of the advance",
  B: "Force generation and industry",
  C: "Dates and durations",
  D: "Public opinion",
  E: "The Karabakh precedent",
};

/** Where the notebooks are, seen from `out/report/index.html`. */
export const NOTEBOOKS_FROM_REPORT = "../../notebooks";

function sourceItem(source: Source): string {
  const title = escapeHtml(source.title);
  // Only web addresses become links: anything else (javascript:, relative paths) stays text.
  const linked = /^https?:\/\//i.test(source.url)
    ? `<a href="${escapeHtml(source.url)}" rel="noopener noreferrer">${title}</a>`
    : `${title} (${escapeHtml(source.url)})`;
  return `<li>${linked}, ${escapeHtml(source.publisher)}, ${escapeHtml(source.date)}</li>`;
}

function inputsTable(check: ClaimCheck): string {
  if (check.inputs.length === 0) return "";
  const rows = check.inputs.map((input) =>
    `<tr><td>${escapeHtml(input.name)}</td><td class="num">${
      escapeHtml(formatValue(input.value, input.unit))
    }</td><td class="from">${escapeHtml(input.from)}</td></tr>`
  ).join("\n");
  return `<table class="inputs"><caption>Inputs</caption>
<thead><tr><th scope="col">input</th><th scope="col">value</th><th scope="col">from</th></tr></thead>
<tbody>
${rows}
</tbody></table>`;
}

function alternativesTable(check: ClaimCheck): string {
  if (check.alternatives.length === 0) return "";
  const rows = check.alternatives.map((alternative) =>
    `<tr><td>${escapeHtml(alternative.label)}</td><td class="num">${
      // Rounded like the claims' own value texts; inputs keep every digit (to redo the sums).
      escapeHtml(formatValue(
        typeof alternative.value === "number" ? formatNumber(alternative.value) : alternative.value,
        alternative.unit,
      ))}</td><td>${reportVerdictBadge(alternative.verdict)}</td><td>${
      escapeHtml(alternative.note ?? "")
    }${alternativeExtrasHtml(alternative)}</td></tr>`
  ).join("\n");
  return `<table class="alternatives"><caption>Computed other ways</caption>
<thead><tr><th scope="col">alternative</th><th scope="col">value</th><th scope="col">verdict</th><th scope="col">note</th></tr></thead>
<tbody>
${rows}
</tbody></table>`;
}

function listSection(className: string, heading: string, items: string[]): string {
  if (items.length === 0) return "";
  return `<div class="${className}"><h4>${heading}</h4><ul>
${items.join("\n")}
</ul></div>`;
}

/**
 * The `<article>` for one claim. Every text is escaped; figures are checked to be
 * self-contained (see `figure.ts`).
 *
 * @example
 * ```ts
 * import { claimSectionHtml } from "./claim_section.ts";
 * import { allClaims } from "../claims/registry.ts";
 * import { ok as assert } from "node:assert/strict";
 * const claim = allClaims().find((claim) => claim.id === "northern-war-21-years")!;
 * const check = await claim.check({ asOf: "2025-12-31", dataDir: "data" });
 * assert(claimSectionHtml(claim, check, []).startsWith("<article"));
 * ```
 */
export function claimSectionHtml(
  claim: Claim,
  check: ClaimCheck,
  figures: readonly ReportFigure[],
  /** The sweep rows since the article (`held_since_line.ts`): the "since the article" line. */
  sweep: readonly SweepRow[] = [],
): string {
  const anchor = claimAnchor(claim.id);
  const stated = statedText(claim);
  const band = check.band === null
    ? (claim.hedge.kind === "none" ? `none: ${claim.hedge.reason}` : "none")
    : check.band.text;
  const notebook = `${NOTEBOOKS_FROM_REPORT}/${encodeURIComponent(claim.notebook)}.ipynb`;
  return `<article class="claim" id="${anchor}" data-claim-id="${
    escapeHtml(claim.id)
  }" data-verdict="${check.verdict}">
<header>
<p class="group">${escapeHtml(claim.group)} · ${escapeHtml(GROUP_TITLES[claim.group])}</p>
<h3>${reportVerdictBadge(check.verdict)} <a class="permalink" href="#${anchor}">${
    escapeHtml(claim.id)
  }</a></h3>
</header>
<blockquote class="quote">“${escapeHtml(claim.quote)}”</blockquote>
<p class="plain-reading"><span class="label">Plain reading:</span> ${
    escapeHtml(claim.plainReading)
  }</p>
<dl class="claim-numbers">
<div><dt>Stated</dt><dd class="stated">${escapeHtml(stated)}</dd></div>
<div><dt>Computed</dt><dd class="computed">${escapeHtml(check.valueText)}</dd></div>
<div><dt>Band that reproduces it</dt><dd class="band">${escapeHtml(band)}</dd></div>
<div><dt>As of</dt><dd class="claim-as-of"><time datetime="${escapeHtml(check.asOf)}">${
    escapeHtml(check.asOf)
  }</time>${
    claim.articleAsOf === check.asOf ? "" : ` (the article's: ${escapeHtml(claim.articleAsOf)})`
  }</dd></div>
</dl>
<p class="method"><span class="label">Method:</span> ${escapeHtml(check.method)}</p>
${inputsTable(check)}
${alternativesTable(check)}${
    check.independentAgreement
      ? `\n<p class="independent-agreement">${escapeHtml(check.independentAgreement)}</p>`
      : ""
  }
${listSection("notes", "Notes", check.notes.map((note) => `<li>${escapeHtml(note)}</li>`))}
${heldSinceHtml(claim, sweep)}
${figures.map((figure) => figureHtml(figure, claim.id)).join("\n")}
${listSection("sources", "Sources", claim.sources.map(sourceItem))}
<p class="notebook"><a href="${escapeHtml(notebook)}">Notebook: ${
    escapeHtml(claim.notebook)
  }</a></p>
</article>`;
}
