/**
 * How a checked claim shows itself: in Jupyter through `[Symbol.for("Jupyter.display")]` (never
 * `Deno.jupyter`, which exists only inside the kernel) as an HTML card, plain text and a
 * machine-readable JSON record (`application/vnd.claimbook.claim+json`).
 *
 * @module
 */
import type { Claim, ClaimCheck, Verdict } from "./claim.ts";
import { formatNumber } from "./format.ts";
import { statedText } from "./stated_text.ts";
import { alternativeExtrasHtml } from "./alternative_extras.ts";
import { escapeHtml } from "../html/escape_html.ts";

/**
 * The key Deno's Jupyter kernel looks up on a displayed object (`Symbol.for("Jupyter.display")`),
 * typed as a unique symbol so that `card[JUPYTER_DISPLAY]()` type-checks.
 *
 * @example
 * ```ts
 * import { JUPYTER_DISPLAY } from "./display.ts";
 * const shown = { [JUPYTER_DISPLAY]: () => ({ "text/plain": "hi" }) };
 * ```
 */
export const JUPYTER_DISPLAY: unique symbol = Symbol.for("Jupyter.display") as never;

/** The MIME type of the machine-readable claim record. */
export const CLAIM_MIME = "application/vnd.claimbook.claim+json";

/** Badge colours of the verdicts (background, text), chosen to read in light and dark themes. */
export const VERDICT_COLORS: Record<Verdict, { background: string; text: string }> = {
  "reproduced": { background: "#1a7f37", text: "#ffffff" },
  "understated": { background: "#9a6700", text: "#ffffff" },
  "overstated": { background: "#cf222e", text: "#ffffff" },
  "contested": { background: "#8250df", text: "#ffffff" },
  "not-checkable": { background: "#6e7781", text: "#ffffff" },
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

/**
 * The verdict as a coloured badge (inline styles, no stylesheet needed).
 *
 * @example
 * ```ts
 * import { verdictBadge } from "./display.ts";
 * verdictBadge("reproduced"); // '<span style="...">reproduced</span>'
 * ```
 */
export function verdictBadge(verdict: Verdict): string {
  const { background, text } = VERDICT_COLORS[verdict];
  return `<span style="display:inline-block;padding:1px 8px;border-radius:10px;` +
    `background:${background};color:${text};font:600 12px/18px system-ui,sans-serif">` +
    `${escapeHtml(verdict)}</span>`;
}

function safeUrl(url: string): string {
  return /^https?:\/\//i.test(url) ? escapeHtml(url) : "#";
}

function cardHtml(record: ClaimRecord): string {
  const e = escapeHtml;
  const cell = "padding:2px 8px;vertical-align:top;border-top:1px solid #d0d7de";
  const th = `${cell};text-align:left;font-weight:600`;
  const inputs = record.inputs.map((input) =>
    `<tr><td style="${cell}">${e(input.name)}</td><td style="${cell};text-align:right">${
      e(typeof input.value === "number" ? formatNumber(input.value) : input.value)
    }</td><td style="${cell}">${e(input.unit)}</td><td style="${cell};color:#57606a">${
      e(input.from)
    }</td></tr>`
  ).join("");
  const alternatives = record.alternatives.map((alt) =>
    `<tr><td style="${cell}">${e(alt.label)}</td><td style="${cell};text-align:right">${
      e(
        alt.value === null
          ? "-"
          : typeof alt.value === "number"
          ? formatNumber(alt.value)
          : alt.value,
      )
    }</td><td style="${cell}">${e(alt.unit)}</td><td style="${cell}">${
      verdictBadge(alt.verdict)
    }</td><td style="${cell};color:#57606a">${e(alt.note ?? "")}${
      alternativeExtrasHtml(alt)
    }</td></tr>`
  ).join("");
  const sources = record.sources.map((s) =>
    `<li><a href="${safeUrl(s.url)}" target="_blank" rel="noopener">${e(s.title)}</a>, ${
      e(s.publisher)
    }, ${e(s.date)}</li>`
  ).join("");
  const notes = record.notes.map((n) => `<li>${e(n)}</li>`).join("");
  return [
    `<div class="claimbook-claim" data-claim-id="${e(record.id)}" style="border:1px solid #d0d7de;`,
    `border-radius:6px;padding:10px 14px;margin:8px 0;font:14px/1.45 system-ui,sans-serif;`,
    `max-width:900px">`,
    `<div style="display:flex;gap:8px;align-items:center;justify-content:space-between">`,
    `<code style="font-size:13px">${e(record.id)}</code>${verdictBadge(record.verdict)}</div>`,
    `<blockquote style="margin:6px 0;padding-left:10px;border-left:3px solid #d0d7de">`,
    `“${e(record.quote)}”</blockquote>`,
    `<div style="color:#57606a">Plain reading: ${e(record.plainReading)}</div>`,
    `<table style="border-collapse:collapse;margin:6px 0">`,
    `<tr><th style="${th}">stated</th><td style="${cell}">${e(statedText(record))}</td></tr>`,
    `<tr><th style="${th}">computed</th><td style="${cell}"><b>${e(record.valueText)}</b>`,
    ` (as of ${e(record.asOf)})</td></tr>`,
    `<tr><th style="${th}">band</th><td style="${cell}">${
      e(record.band?.text ?? "none: nothing in the data can decide it")
    }</td></tr>`,
    `<tr><th style="${th}">method</th><td style="${cell}">${e(record.method)}</td></tr></table>`,
    inputs
      ? `<details open><summary>Inputs</summary><table style="border-collapse:collapse">${inputs}</table></details>`
      : "",
    record.independentAgreement
      ? `<div style="margin:4px 0"><b>${e(record.independentAgreement)}</b></div>`
      : "",
    alternatives
      ? `<details open><summary>Alternatives</summary><table style="border-collapse:collapse">${alternatives}</table></details>`
      : "",
    notes
      ? `<details><summary>Notes</summary><ul style="margin:4px 0">${notes}</ul></details>`
      : "",
    sources
      ? `<div style="margin-top:4px">Sources:<ul style="margin:2px 0">${sources}</ul></div>`
      : "",
    `</div>`,
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
    const cell = "padding:3px 8px;border-top:1px solid #d0d7de;text-align:left;vertical-align:top";
    const rows = this.records.map((r) =>
      `<tr><td style="${cell}"><code>${e(r.id)}</code></td><td style="${cell}">${
        e(statedText(r))
      }</td><td style="${cell}">${e(r.valueText)}</td><td style="${cell}">${
        verdictBadge(r.verdict)
      }</td></tr>`
    ).join("");
    const head = ["claim", "stated", "computed", "verdict"].map((h) =>
      `<th style="${cell};font-weight:600">${h}</th>`
    ).join("");
    return {
      "text/html": `<table style="border-collapse:collapse;font:14px/1.4 system-ui,sans-serif">` +
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
