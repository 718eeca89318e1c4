/**
 * A figure of the report: inline SVG (or the HTML `<figure>` Observable Plot makes when a plot has
 * a title or legend), checked to need nothing from outside the page.
 *
 * @module
 */
import { DataError } from "../io/data_error.ts";
import { escapeHtml } from "../html/escape_html.ts";

/** One figure shown beside a claim. */
export interface ReportFigure {
  /** What the figure shows, in a few words (shown as its caption heading). */
  title: string;
  /** The markup: an `<svg>` element, or an HTML fragment that contains one. */
  markup: string;
  /** Optional sentence under the figure: what to read from it, where its data come from. */
  caption?: string;
}

// Anything that would make the browser fetch or run something: scripts, event handlers, and
// references that are neither in-page (#id) nor data: URLs.
const FORBIDDEN: { pattern: RegExp; what: string }[] = [
  { pattern: /<\s*script\b/i, what: "a <script> element" },
  { pattern: /<\s*(iframe|object|embed|link|foreignObject)\b/i, what: "an embedding element" },
  { pattern: /\son[a-z]+\s*=/i, what: "an event-handler attribute" },
  {
    pattern: /\s(?:xlink:)?(?:href|src)\s*=\s*["']?(?!#|data:)[^\s"'>]/i,
    what: "an href/src that is not #id or data:",
  },
  { pattern: /url\(\s*["']?(?!#|data:)[^)\s"']/i, what: "a url() that is not #id or data:" },
  { pattern: /@import\b/i, what: "a CSS @import" },
];

/**
 * Checks that a figure is self-contained inline SVG; throws a {@link DataError} naming the figure
 * and what was found otherwise.
 *
 * @example
 * ```ts
 * import { assertInlineFigure } from "./figure.ts";
 * assertInlineFigure({ title: "dots", markup: '<svg viewBox="0 0 4 4"><circle r="2"/></svg>' }, "a");
 * ```
 */
export function assertInlineFigure(figure: ReportFigure, claimId: string): void {
  const where = `figure '${figure.title}' of claim ${claimId}`;
  if (!/<svg\b/i.test(figure.markup)) {
    throw new DataError("figures", where, "inline <svg> markup", "no <svg> element");
  }
  for (const { pattern, what } of FORBIDDEN) {
    const match = figure.markup.match(pattern);
    if (match) {
      throw new DataError("figures", where, "markup that loads nothing", `${what}: '${match[0]}'`);
    }
  }
}

/**
 * A figure as an HTML `<figure>` element with a caption; the markup is checked with
 * {@link assertInlineFigure} first.
 *
 * @example
 * ```ts
 * import { figureHtml } from "./figure.ts";
 * figureHtml({ title: "Dots", markup: "<svg><circle r='2'/></svg>" }, "a");
 * ```
 */
export function figureHtml(figure: ReportFigure, claimId: string): string {
  assertInlineFigure(figure, claimId);
  const caption = figure.caption === undefined
    ? ""
    : ` <span class="caption-text">${escapeHtml(figure.caption)}</span>`;
  // A Plot figure with a title already shows it: do not print it twice.
  // (SVG text escapes only &, < and >, so an apostrophe in the title may appear as it is.)
  const textEscaped = figure.title.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(
    />/g,
    "&gt;",
  );
  const title = figure.markup.includes(`>${escapeHtml(figure.title)}<`) ||
      figure.markup.includes(`>${textEscaped}<`)
    ? ""
    : `<strong>${escapeHtml(figure.title)}</strong>`;
  const figcaption = title === "" && caption === ""
    ? ""
    : `\n<figcaption>${title}${caption}</figcaption>`;
  return `<figure class="report-figure" data-figure-of="${escapeHtml(claimId)}" aria-label="${
    escapeHtml(figure.title)
  }">
<div class="figure-body">${figure.markup}</div>${figcaption}
</figure>`;
}
