/**
 * How a checked claim shows itself: in Jupyter through `[Symbol.for("Jupyter.display")]` (never
 * `Deno.jupyter`, which exists only inside the kernel) as an HTML card, plain text and a
 * machine-readable JSON record (`application/vnd.claimbook.claim+json`).
 *
 * The card is semantic HTML that reads well with no stylesheet at all, as an untrusted notebook
 * shows it (its sanitiser drops every `style`): the verdict is a word ("Verdict: reproduced"),
 * fields are a definition list and lists, not table cells (classic Notebook right-aligns those),
 * and each disclosure's summary starts with a visible marker (▸), which classic Notebook's own
 * stylesheet hides. Inline styles add borders and verdict colours where they are kept.
 *
 * @module
 */
import type { Claim, ClaimCheck, Verdict } from "./claim.ts";
import { formatNumber } from "./format.ts";
import { statedText } from "./stated_text.ts";
import { alternativeExtrasHtml } from "./alternative_extras.ts";
import { escapeHtml } from "../html/escape_html.ts";
import { JUPYTER_DISPLAY } from "../html/jupyter_display.ts";
import { VERDICT_COLORS as PALETTE } from "../html/verdict_colors.ts";

/** The MIME type of the machine-readable claim record. */
export const CLAIM_MIME = "application/vnd.claimbook.claim+json";

/** Badge colours of the verdicts (background, text): the report's palette
 * (`lib/html/verdict_colors.ts`), white text on each, readable in light and dark themes. */
export const VERDICT_COLORS: Record<Verdict, { background: string; text: string }> = {
  "reproduced": { background: PALETTE.reproduced, text: "#ffffff" },
  "understated": { background: PALETTE.understated, text: "#ffffff" },
  "overstated": { background: PALETTE.overstated, text: "#ffffff" },
  "contested": { background: PALETTE.contested, text: "#ffffff" },
  "not-checkable": { background: PALETTE["not-checkable"], text: "#ffffff" },
};

/** A claim and its check in one machine-readable record: the claim's fields (without its
 * function; `unit` is the stated figure's unit) plus the check's value, verdict, band, method,
 * inputs and alternatives (`valueUnit` is the computed value's unit). */
export type ClaimRecord =
  & Omit<Claim, "check">
  & Omit<ClaimCheck, "id" | "unit">
  & { valueUnit: string };

/**
 * The machine-readable record of a checked claim (what `--json` writes and the JSON MIME bundle
 * carries).
 *
 * @example
 * ```ts
 * import { claimRecord } from "./display.ts";
 * import { groupAClaims } from "./a/mod.ts";
 * const claim = groupAClaims[0];
 * const record = claimRecord(claim, await claim.check({ asOf: "2025-12-31", dataDir: "data" }));
 * record.verdict; // e.g. "reproduced"
 * ```
 */
export function claimRecord(claim: Claim, check: ClaimCheck): ClaimRecord {
  if (claim.id !== check.id) {
    throw new Error(`claimRecord: claim '${claim.id}' given the check of '${check.id}'`);
  }
  const { check: _, ...fields } = claim;
  const { id: __, unit, ...result } = check;
  return { ...fields, ...result, valueUnit: unit };
}

/** The verdict as a word in a coloured pill (the colour only where inline styles are kept). */
function verdictPill(verdict: Verdict): string {
  const { background, text } = VERDICT_COLORS[verdict];
  return `<strong class="claimbook-verdict" style="display:inline-block;padding:0 8px;` +
    `border-radius:10px;background:${background};color:${text};font-weight:600">` +
    `${escapeHtml(verdict)}</strong>`;
}

function safeUrl(url: string): string {
  return /^https?:\/\//i.test(url) ? escapeHtml(url) : "#";
}

function valueText(value: number | string | null): string {
  return value === null ? "-" : typeof value === "number" ? formatNumber(value) : value;
}

/** A disclosure whose summary shows a marker even where the browser's own marker is hidden. */
function disclosure(title: string, count: number, body: string, open: boolean): string {
  return `<details${open ? " open" : ""} style="margin:4px 0"><summary ` +
    `style="cursor:pointer;list-style:none;font-weight:600">▸ ${title} (${count})</summary>` +
    `${body}</details>`;
}

const LIST = `style="margin:2px 0 6px;padding-left:1.4em;text-align:left"`;

function cardHtml(record: ClaimRecord): string {
  const e = escapeHtml;
  const muted = "color:#57606a";
  const inputs = record.inputs.map((input) =>
    `<li>${e(input.name)}: <strong>${e(valueText(input.value))}</strong> ${e(input.unit)} ` +
    `<span style="${muted}">(from ${e(input.from)})</span></li>`
  ).join("");
  const alternatives = record.alternatives.map((alt) =>
    `<li>${e(alt.label)}: <strong>${e(valueText(alt.value))}</strong> ${e(alt.unit)}, ` +
    `verdict: ${verdictPill(alt.verdict)}${
      alt.note ? ` <span style="${muted}">(${e(alt.note)})</span>` : ""
    }${alternativeExtrasHtml(alt)}</li>`
  ).join("");
  const sources = record.sources.map((s) =>
    `<li><a href="${safeUrl(s.url)}" target="_blank" rel="noopener">${e(s.title)}</a>, ${
      e(s.publisher)
    }, ${e(s.date)}</li>`
  ).join("");
  const notes = record.notes.map((n) => `<li>${e(n)}</li>`).join("");
  const field = (name: string, value: string) =>
    `<dt style="font-weight:600">${name}</dt><dd style="margin:0">${value}</dd>`;
  return [
    `<article class="claimbook-claim" data-claim-id="${e(record.id)}" style="text-align:left;`,
    `border:1px solid #d0d7de;border-radius:6px;padding:10px 14px;margin:8px 0;`,
    `font:14px/1.45 system-ui,sans-serif;max-width:900px">`,
    `<h4 style="margin:0 0 6px;font-size:15px"><code>${e(record.id)}</code> · Verdict: `,
    `${verdictPill(record.verdict)}</h4>`,
    `<blockquote style="margin:6px 0;padding-left:10px;border-left:3px solid #d0d7de">`,
    `“${e(record.quote)}”</blockquote>`,
    `<p style="margin:4px 0;${muted}">Plain reading: ${e(record.plainReading)}</p>`,
    `<dl style="display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:6px 0">`,
    field("Stated", e(statedText(record))),
    field("Computed", `<strong>${e(record.valueText)}</strong> (as of ${e(record.asOf)})`),
    field("Band", e(record.band?.text ?? "none: nothing in the data can decide it")),
    field("Method", e(record.method)),
    `</dl>`,
    inputs ? disclosure("Inputs", record.inputs.length, `<ul ${LIST}>${inputs}</ul>`, true) : "",
    record.independentAgreement
      ? `<p style="margin:4px 0"><strong>${e(record.independentAgreement)}</strong></p>`
      : "",
    alternatives
      ? disclosure(
        "Alternatives",
        record.alternatives.length,
        `<ul ${LIST}>${alternatives}</ul>`,
        true,
      )
      : "",
    notes ? disclosure("Notes", record.notes.length, `<ul ${LIST}>${notes}</ul>`, false) : "",
    sources
      ? `<p style="margin:6px 0 0;font-weight:600">Sources</p><ul ${LIST}>${sources}</ul>`
      : "",
    `</article>`,
  ].join("");
}

function cardText(record: ClaimRecord): string {
  const lines = [
    `${record.id}: ${record.verdict}`,
    `  quote:    "${record.quote}"`,
    `  stated:   ${statedText(record)}`,
    `  computed: ${record.valueText} (as of ${record.asOf})`,
    `  band:     ${record.band?.text ?? "none"}`,
    `  method:   ${record.method}`,
  ];
  for (const alt of record.alternatives) {
    const value = alt.value === null
      ? "-"
      : typeof alt.value === "number"
      ? formatNumber(alt.value)
      : alt.value;
    lines.push(`  alt: ${alt.label}: ${value} ${alt.unit} (${alt.verdict})`);
  }
  if (record.independentAgreement) lines.push(`  ${record.independentAgreement}`);
  return lines.join("\n");
}

/**
 * A checked claim as a Jupyter display: evaluate a `ClaimCard` as the last expression of a cell
 * and the kernel shows the HTML card (verdict badge, stated against computed, band, method,
 * inputs, alternatives, sources); plain-text front ends get the text; tools get the JSON record.
 *
 * @example
 * ```ts
 * import { ClaimCard } from "./display.ts";
 * import { groupAClaims } from "./a/mod.ts";
 * const claim = groupAClaims[0];
 * new ClaimCard(claim, await claim.check({ asOf: "2025-12-31", dataDir: "data" }));
 * ```
 */
export class ClaimCard {
  /** The machine-readable record shown by this card. */
  readonly record: ClaimRecord;

  constructor(claim: Claim, check: ClaimCheck) {
    this.record = claimRecord(claim, check);
  }

  /** The MIME bundle Deno's Jupyter kernel displays. */
  [JUPYTER_DISPLAY](): Record<string, unknown> {
    return {
      "text/html": cardHtml(this.record),
      "text/plain": cardText(this.record),
      [CLAIM_MIME]: this.record,
    };
  }

  /** The plain text, so `console.log(card)` and string templates read well. */
  toString(): string {
    return cardText(this.record);
  }
}

/**
 * Several checked claims as one table (id, stated, computed, verdict) for Jupyter, with the same
 * three MIME types as {@link ClaimCard} (the JSON one is an array of records).
 *
 * @example
 * ```ts
 * import { ClaimTable } from "./display.ts";
 * import { checkAll } from "./registry.ts";
 * new ClaimTable(await checkAll({ asOf: "2025-12-31", dataDir: "data" }));
 * ```
 */
export class ClaimTable {
  /** The records, in the order given. */
  readonly records: ClaimRecord[];

  constructor(checked: readonly { claim: Claim; check: ClaimCheck }[]) {
    this.records = checked.map(({ claim, check }) => claimRecord(claim, check));
  }

  /** The MIME bundle Deno's Jupyter kernel displays. */
  [JUPYTER_DISPLAY](): Record<string, unknown> {
    const e = escapeHtml;
    // Classic Notebook's stylesheet right-aligns cells; styles fix it where they are kept.
    const cell = "padding:3px 8px;border-top:1px solid #d0d7de;text-align:left;vertical-align:top";
    const rows = this.records.map((r) =>
      `<tr><td style="${cell}"><code>${e(r.id)}</code></td><td style="${cell}">${
        e(statedText(r))
      }</td><td style="${cell}">${e(r.valueText)}</td><td style="${cell}">${
        verdictPill(r.verdict)
      }</td></tr>`
    ).join("");
    const head = ["claim", "stated", "computed", "verdict"].map((h) =>
      `<th style="${cell};font-weight:600">${h}</th>`
    ).join("");
    return {
      "text/html": `<table class="claimbook-claims" style="border-collapse:collapse;` +
        `font:14px/1.4 system-ui,sans-serif;margin:0">` +
        `<thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`,
      "text/plain": this.toString(),
      [CLAIM_MIME]: this.records,
    };
  }

  /** One line per claim: id, stated, computed, verdict. */
  toString(): string {
    return this.records.map((r) =>
      `${r.id}  stated ${statedText(r)}  computed ${r.valueText}  ${r.verdict}`
    ).join("\n");
  }
}

export { escapeHtml, statedText };
