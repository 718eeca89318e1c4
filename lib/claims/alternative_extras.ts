/**
 * What an alternative from another source carries beyond its value, as HTML for the claim card
 * and the report: its interval and its sources as links (only web addresses become links).
 *
 * @module
 */
import type { Alternative } from "./claim.ts";
import { escapeHtml } from "../html/escape_html.ts";
import { formatNumber } from "./format.ts";

/**
 * The interval (`"95 % … : 99.6 to 106"`) and the sources as links, or `""` when the alternative
 * has neither. Every text is escaped.
 *
 * @example
 * ```ts
 * import { alternativeExtrasHtml } from "./alternative_extras.ts";
 * alternativeExtrasHtml({ label: "UK MoD", value: 95.6, unit: "troops/km²", verdict: "reproduced",
 *   sources: [{ title: "post", publisher: "UK MoD", date: "2025-12", url: "https://x.com/a" }] });
 * // '<br><span class="alternative-sources">Source: <a href="https://x.com/a" ...>post</a></span>'
 * ```
 */
export function alternativeExtrasHtml(alternative: Alternative): string {
  const parts: string[] = [];
  if (alternative.interval) {
    const { low, high, text } = alternative.interval;
    parts.push(
      `<span class="alternative-interval">${escapeHtml(text)}: ${escapeHtml(formatNumber(low))}` +
        ` to ${escapeHtml(formatNumber(high))}</span>`,
    );
  }
  if (alternative.sources?.length) {
    const links = alternative.sources.map((source) =>
      /^https?:\/\//i.test(source.url)
        ? `<a href="${escapeHtml(source.url)}" rel="noopener noreferrer">${
          escapeHtml(source.title)
        }</a>`
        : escapeHtml(`${source.title} (${source.url})`)
    );
    parts.push(
      `<span class="alternative-sources">Source${links.length > 1 ? "s" : ""}: ${
        links.join("; ")
      }</span>`,
    );
  }
  return parts.length ? `<br>${parts.join("<br>")}` : "";
}
