/**
 * Several displays in one notebook output. The Deno kernel shows only a cell's last value, and
 * `Deno.jupyter.display` exists only inside the kernel (and does not type-check outside it), so a
 * cell that shows several things (claim cards, a table and a figure) stacks them into one.
 *
 * @module
 */
import { JUPYTER_DISPLAY } from "../html/jupyter_display.ts";

/** Anything with a Jupyter display (a figure, a table, a claim card). */
export interface Displayable {
  [JUPYTER_DISPLAY](): Record<string, unknown>;
}

/** The MIME bundle of a stack. */
export type StackBundle = Record<string, unknown> & { "text/html": string; "text/plain": string };

function htmlOf(bundle: Record<string, unknown>): string {
  const html = bundle["text/html"];
  if (typeof html === "string") return html;
  const svg = bundle["image/svg+xml"];
  if (typeof svg === "string") return svg;
  const text = String(bundle["text/plain"] ?? "");
  return `<pre>${text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}</pre>`;
}

/**
 * Stacks displays into one: their HTML (an SVG inline, plain text in a `<pre>`) one after the
 * other, their plain texts separated by blank lines, and every JSON MIME type (`...+json`)
 * gathered into one array per type, so that claim records survive the stacking.
 *
 * @example
 * ```ts
 * import { stack } from "./stack.ts";
 * import { htmlTable } from "./html_table.ts";
 * const both = stack(htmlTable([{ a: 1 }]), htmlTable([{ b: 2 }]));
 * both; // as a notebook cell's last expression: the two tables, one under the other
 * ```
 */
export function stack(...items: Displayable[]): Displayable & { bundle(): StackBundle } {
  const bundle = (): StackBundle => {
    const bundles = items.map((item) => item[JUPYTER_DISPLAY]());
    const result: StackBundle = {
      "text/html": bundles.map((b) => `<div class="claimbook-stacked">${htmlOf(b)}</div>`)
        .join("\n"),
      "text/plain": bundles.map((b) => String(b["text/plain"] ?? "")).join("\n\n"),
    };
    for (const b of bundles) {
      for (const [mime, value] of Object.entries(b)) {
        if (!mime.endsWith("+json")) continue;
        const gathered = (result[mime] ?? []) as unknown[];
        result[mime] = gathered.concat(Array.isArray(value) ? value : [value]);
      }
    }
    return result;
  };
  return { [JUPYTER_DISPLAY]: bundle, bundle };
}
