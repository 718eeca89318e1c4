/**
 * The page around the summary and the claims: a Content-Security-Policy that forbids every
 * request (so a page that needs the network breaks visibly in tests), inline styles, and the
 * system font stack (no web fonts).
 *
 * @module
 */
import { escapeHtml } from "../html/escape_html.ts";
import { VERDICT_COLORS } from "../html/verdict_colors.ts";

/** The page's Content-Security-Policy: nothing may load except inline styles and data: images. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const STYLE = `
:root { --ink: #1d1d1f; --muted: #5b5b66; --rule: #d9d9e0; --paper: #ffffff; --panel: #f5f5f8;
  --reproduced: ${VERDICT_COLORS.reproduced}; --understated: ${VERDICT_COLORS.understated};
  --overstated: ${VERDICT_COLORS.overstated}; --contested: ${VERDICT_COLORS.contested};
  --not-checkable: ${VERDICT_COLORS["not-checkable"]}; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--paper); color: var(--ink);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
main { max-width: 980px; margin: 0 auto; padding: 24px 20px 64px; }
h1 { font-size: 1.8rem; margin: 0 0 4px; }
h2 { font-size: 1.35rem; border-bottom: 2px solid var(--ink); padding-bottom: 4px; margin-top: 40px; }
h3 { font-size: 1.1rem; margin: 0 0 8px; display: flex; gap: 10px; align-items: center; }
h4 { font-size: 0.95rem; margin: 16px 0 4px; }
a { color: #0b57b0; }
.subtitle, .group, .from, .caption-text { color: var(--muted); }
.group { margin: 0 0 4px; font-size: 0.85rem; text-transform: uppercase; letter-spacing: 0.04em; }
.badge { display: inline-block; padding: 1px 9px; border-radius: 999px; color: #fff;
  font-size: 0.8rem; font-weight: 600; white-space: nowrap; }
.verdict-reproduced { background: var(--reproduced); }
.verdict-understated { background: var(--understated); }
.verdict-overstated { background: var(--overstated); }
.verdict-contested { background: var(--contested); }
.verdict-not-checkable { background: var(--not-checkable); }
.verdict-counts { display: flex; flex-wrap: wrap; gap: 12px; list-style: none; padding: 0; }
.verdict-counts li { background: var(--panel); padding: 6px 12px; border-radius: 8px; }
.count { font-weight: 700; font-size: 1.2rem; margin-left: 4px; }
.contents { columns: 2; column-gap: 32px; padding-left: 20px; }
.contents li { break-inside: avoid; margin-bottom: 2px; }
.meanings dt { margin-top: 6px; }
.meanings dd { margin-left: 0; }
.claim { border: 1px solid var(--rule); border-radius: 10px; padding: 16px 20px; margin: 24px 0;
  background: var(--paper); }
.quote { margin: 8px 0; padding: 8px 16px; border-left: 4px solid var(--rule); font-size: 1.05rem;
  background: var(--panel); }
.label { font-weight: 600; }
.held-since p { margin: 8px 0 2px; } .held-key { color: #666; font-size: 0.85rem; }
.claim-numbers { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr));
  gap: 8px; margin: 12px 0; }
.claim-numbers div { background: var(--panel); border-radius: 8px; padding: 8px 12px; }
.claim-numbers dt { font-size: 0.8rem; color: var(--muted); }
.claim-numbers dd { margin: 0; font-weight: 600; }
table { border-collapse: collapse; width: 100%; margin: 12px 0; font-size: 0.9rem; }
caption { text-align: left; font-weight: 600; padding-bottom: 4px; }
th, td { border-bottom: 1px solid var(--rule); padding: 4px 8px; text-align: left; vertical-align: top; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.report-figure { margin: 16px 0; }
.figure-body { overflow-x: auto; }
.figure-body svg { max-width: 100%; height: auto; }
/* Plot's own <figure> (a plot with a title or legend) sits inside ours: no second margin, and
   its title must not take the page's h2 rule. */
.figure-body figure { margin: 0; }
.figure-body h2 { border: 0; font-size: 1rem; margin: 0 0 4px; padding: 0; }
.figure-body h3 { font-size: 0.9rem; font-weight: 400; display: block; }
figcaption { font-size: 0.9rem; margin-top: 4px; }
footer { color: var(--muted); font-size: 0.85rem; margin-top: 48px; }
@media print { .claim { break-inside: avoid-page; } }
`;

/**
 * The whole HTML document around a body.
 *
 * @example
 * ```ts
 * import { pageShell } from "./page_shell.ts";
 * const html = pageShell({ title: "Claims", body: "<p>hi</p>" });
 * html.startsWith("<!doctype html>"); // true
 * ```
 */
export function pageShell(options: { title: string; body: string }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(options.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${options.body}
</main>
</body>
</html>
`;
}
