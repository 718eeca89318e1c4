/**
 * Writes the reviewers' report: `index.html` (one self-contained page, figures inline, nothing
 * loaded from the network) and `claims.json` beside it (each claim also as a schema.org
 * `ClaimReview`).
 *
 * @module
 */
import { type Claim, type ClaimCheck, VERDICTS } from "../claims/claim.ts";
import { DEFAULT_DATA_DIR } from "../data/data_dir.ts";
import { writeFilesTogether } from "../io/write_together.ts";
import { ARTICLE } from "../claims/article.ts";
import { inArticleOrder, inIdOrder } from "./article_order.ts";
import { claimSectionHtml } from "./claim_section.ts";
import { reportJson } from "./claim_review.ts";
import { escapeHtml } from "../html/escape_html.ts";
import type { ReportFigure } from "./figure.ts";
import { figuresForClaims } from "./figures_for_claim.ts";
import { pageShell } from "./page_shell.ts";
import { type CheckedClaim, summaryHtml } from "./summary.ts";
import type { SweepRow } from "../sweep/sweep.ts";
import { reportSweep } from "./held_since_line.ts";

/** What {@link writeReport} needs. */
export interface WriteReportOptions {
  /** The claims. The report shows them in the article's order: that of `ARTICLE_ORDER`
   * (`article_order.ts`), or of their quotes in `articleText` when it is given; claims not placed
   * either way follow in the order given here. */
  claims: Claim[];
  /** One check per claim (any order). */
  checks: ClaimCheck[];
  /** The as-of date the checks used (end of that day, UTC). */
  asOf: string;
  /** The folder to write into, e.g. `out/report` (created if missing). */
  outDir: string;
  /** Figures per claim id; when left out they are built from `dataDir` by
   * `figures_for_claim.ts`. */
  figures?: Record<string, readonly ReportFigure[]>;
  /** The data folder figures are built from when `figures` is left out (default: the
   * repository's `data/`). */
  dataDir?: string;
  /** The article's text: when given, claims are shown in the order their quotes appear in it. */
  articleText?: string;
  /** Every claim's sweep since the article (the "since the article" lines); when left out it is
   * computed from `dataDir`, unless `figures` are given (then no lines). */
  sweep?: readonly SweepRow[];
}

/**
 * Pairs each claim with its check; throws if a claim has no check, a check has no claim, an id
 * repeats, or a verdict is not one of the fixed set (a report that silently drops a claim or
 * shows a made-up verdict would mislead).
 *
 * @example
 * ```ts
 * import { pairChecks } from "./write_report.ts";
 * pairChecks([], []); // []
 * ```
 */
export function pairChecks(
  claims: readonly Claim[],
  checks: readonly ClaimCheck[],
): CheckedClaim[] {
  const byId = new Map<string, ClaimCheck>();
  for (const check of checks) {
    if (byId.has(check.id)) throw new Error(`writeReport: two checks for claim '${check.id}'`);
    for (const verdict of [check.verdict, ...check.alternatives.map((a) => a.verdict)]) {
      if (!(VERDICTS as readonly string[]).includes(verdict)) {
        throw new Error(`writeReport: claim '${check.id}' has an unknown verdict '${verdict}'`);
      }
    }
    byId.set(check.id, check);
  }
  const seen = new Set<string>();
  const entries = claims.map((claim) => {
    if (seen.has(claim.id)) throw new Error(`writeReport: claim '${claim.id}' listed twice`);
    seen.add(claim.id);
    const check = byId.get(claim.id);
    if (check === undefined) throw new Error(`writeReport: no check for claim '${claim.id}'`);
    return { claim, check };
  });
  const orphans = checks.filter((check) => !seen.has(check.id)).map((check) => check.id);
  if (orphans.length > 0) {
    throw new Error(`writeReport: checks for unknown claims: ${orphans.join(", ")}`);
  }
  return entries;
}

/**
 * The report page's HTML (pure: no files read or written).
 *
 * @example
 * ```ts
 * import { reportHtml } from "./write_report.ts";
 * const html = reportHtml([], "2025-12-31", {});
 * ```
 */
export function reportHtml(
  entries: readonly CheckedClaim[],
  asOf: string,
  figures: Record<string, readonly ReportFigure[]>,
  sweep: readonly SweepRow[] = [],
): string {
  const sections = entries.map(({ claim, check }) =>
    claimSectionHtml(claim, check, figures[claim.id] ?? [], sweep)
  ).join("\n");
  const body = `<header class="page-header">
<h1>Checking “${escapeHtml(ARTICLE.headline)}”</h1>
<p class="subtitle">${escapeHtml(ARTICLE.author)}, ${escapeHtml(ARTICLE.publisher)}, ${
    escapeHtml(ARTICLE.datePublished)
  }: every quantitative claim against public data, in the article's order.</p>
</header>
${summaryHtml(entries, asOf)}
<section id="claims" aria-labelledby="claims-heading">
<h2 id="claims-heading">The claims</h2>
${sections}
</section>
<footer><p>Made by <code>deno task reproduce</code>. The same data: <a href="claims.json">claims.json</a>
(schema.org ClaimReview). Each claim's notebook tells its story step by step.</p></footer>`;
  return pageShell({ title: `Claims of “${ARTICLE.headline}”, as of ${asOf}`, body });
}

/**
 * The report's files, path → text (`index.html` and `claims.json` under `outDir`), not written.
 *
 * @example
 * ```ts
 * import { reportFiles } from "./write_report.ts";
 * import { checkAll } from "../claims/registry.ts";
 * const asOf = "2025-12-31";
 * const results = await checkAll({ asOf, dataDir: "data" });
 * const files = await reportFiles({
 *   claims: results.map(({ claim }) => claim),
 *   checks: results.map(({ check }) => check),
 *   asOf,
 *   outDir: "out/report",
 * }); // Map { "out/report/claims.json" => "...", "out/report/index.html" => "..." }
 * ```
 */
export async function reportFiles(options: WriteReportOptions): Promise<Map<string, string>> {
  const paired = pairChecks(options.claims, options.checks);
  const entries = options.articleText === undefined
    ? inIdOrder(paired, ({ claim }) => claim.id)
    : inArticleOrder(paired, ({ claim }) => claim.quote, options.articleText);
  const figures = options.figures ??
    await figuresForClaims(entries.map(({ claim }) => claim), {
      checks: entries.map(({ check }) => check),
      asOf: options.asOf,
      dataDir: options.dataDir ?? DEFAULT_DATA_DIR,
    });
  const sweep = options.sweep ?? (options.figures ? [] : await reportSweep(
    entries.map(({ claim }) => claim),
    options.dataDir ?? DEFAULT_DATA_DIR,
  ));
  const html = reportHtml(entries, options.asOf, figures, sweep);
  const json = JSON.stringify(reportJson(entries, options.asOf), null, 2) + "\n";
  const outDir = options.outDir.replace(/\/+$/, "");
  return new Map([[`${outDir}/claims.json`, json], [`${outDir}/index.html`, html]]);
}

/**
 * Writes the report (`index.html` and `claims.json`) into `options.outDir`, both or neither
 * (staged, then moved into place together; see `lib/io/write_together.ts`), with `extra` files
 * (e.g. `reproduce --json`) in the same set. Returns the path of `index.html`.
 *
 * @example
 * ```ts
 * import { writeReport } from "./write_report.ts";
 * import { allClaims, checkAll } from "../claims/registry.ts";
 * const checked = await checkAll({ asOf: "2025-12-31", dataDir: "data" });
 * await writeReport({
 *   claims: checked.map((c) => c.claim),
 *   checks: checked.map((c) => c.check),
 *   asOf: "2025-12-31",
 *   outDir: "out/report",
 * });
 * allClaims().length;
 * ```
 */
export async function writeReport(
  options: WriteReportOptions,
  extra: ReadonlyMap<string, string> = new Map(),
): Promise<string> {
  const files = new Map([...await reportFiles(options), ...extra]);
  await writeFilesTogether(files);
  return `${options.outDir.replace(/\/+$/, "")}/index.html`;
}
