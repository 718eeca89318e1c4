/**
 * Escapes text for HTML element content and for double- or single-quoted attribute values, so
 * that no quote, claim or source title can inject markup into a claim card, a table or the report.
 *
 * @example
 * ```ts
 * import { escapeHtml } from "./escape_html.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(escapeHtml(`"96" < 100 & 'more'`), "&quot;96&quot; &lt; 100 &amp; &#39;more&#39;");
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character]);
}

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
