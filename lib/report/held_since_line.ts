/**
 * The report's line per claim on its verdict through time: over which days since the article's
 * as-of date the verdict of that date held, with a small strip of the verdict of every day.
 *
 * @module
 */
import type { Claim } from "../claims/claim.ts";
import { DataError } from "../io/data_error.ts";
import { escapeHtml } from "../html/escape_html.ts";
import { verdictStripFigure } from "../plots/verdict_strip.ts";
import { defaultSweepRange } from "../sweep/default_range.ts";
import { heldSince } from "../sweep/held_since.ts";
import { sweepClaims, type SweepRow } from "../sweep/sweep.ts";
import { claimAnchor } from "./anchor.ts";
import { assertInlineFigure } from "./figure.ts";

/**
 * The sweep the report's lines use: every claim on every day from the earliest article as-of
 * date of `claims` to the last day the data reach; empty when the data reach no such day.
 *
 * @example
 * ```ts
 * import { reportSweep } from "./held_since_line.ts";
 * import { allClaims } from "../claims/registry.ts";
 * const rows = await reportSweep(allClaims(), "data");
 * ```
 */
export async function reportSweep(
  claims: readonly Claim[],
  dataDir: string,
): Promise<SweepRow[]> {
  if (claims.length === 0) return [];
  const from = claims.map((claim) => claim.articleAsOf).sort()[0];
  let to: string;
  try {
    to = (await defaultSweepRange(dataDir, claims)).to;
  } catch (error) {
    if (error instanceof DataError) return [];
    throw error;
  }
  return to < from ? [] : await sweepClaims({ from, to, dataDir, claims });
}

/**
 * One claim's "since the article" paragraph and strip, or "" when the sweep has no day of it on
 * or after the article's as-of date.
 *
 * @example
 * ```ts
 * import { heldSinceHtml } from "./held_since_line.ts";
 * import { troopsPerKm2 } from "../claims/a/troops_per_km2.ts";
 * heldSinceHtml(troopsPerKm2, []); // ""
 * ```
 */
export function heldSinceHtml(claim: Claim, rows: readonly SweepRow[]): string {
  const own = rows.filter((row) => row.claimId === claim.id && row.asOf >= claim.articleAsOf);
  if (own.length === 0) return "";
  const held = heldSince(own, claim.id, claim.articleAsOf);
  const title = `${claim.id}: the verdict on each day since ${claim.articleAsOf}`;
  const strip = verdictStripFigure(own, {
    id: `${claimAnchor(claim.id)}-since`,
    title,
    legend: false,
    heading: false,
    width: 640,
    rowHeight: 16,
  });
  assertInlineFigure({ title, markup: strip.markup }, claim.id);
  return `<div class="held-since"><p><span class="label">Since the article:</span> ${
    escapeHtml(held.text)
  } <span class="held-key">(strip: green reproduced, blue understated, red overstated, ` +
    `purple contested, grey not checkable)</span></p>
<div class="figure-body">${strip.markup}</div></div>`;
}
