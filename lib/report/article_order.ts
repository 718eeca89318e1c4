/**
 * Puts claims in the order their quotes appear in the article's text, so the report walks
 * through the article as a reader does (the registry lists claims group by group).
 *
 * @module
 */

function normalise(text: string): string {
  return text.toLowerCase().replace(/[“”"‘’']/g, "'").replace(/\s+/g, " ");
}

/** Where a quote starts in the article: the first fragment before any ellipsis, or -1. */
function position(quote: string, article: string): number {
  const fragment = normalise(quote).split(/\s*(?:\.\.\.|…)\s*/)[0].trim().slice(0, 40);
  return fragment === "" ? -1 : article.indexOf(fragment);
}

/**
 * The items sorted by where their quote first appears in `articleText`; items whose quote is not
 * found keep their order after all the found ones. The sort is stable.
 *
 * @example
 * ```ts
 * import { inArticleOrder } from "./article_order.ts";
 * const items = [{ quote: "second" }, { quote: "first" }, { quote: "absent" }];
 * inArticleOrder(items, (item) => item.quote, "first, then second").map((i) => i.quote);
 * // ["first", "second", "absent"]
 * ```
 */
export function inArticleOrder<T>(
  items: readonly T[],
  quoteOf: (item: T) => string,
  articleText: string,
): T[] {
  const article = normalise(articleText);
  const keyed = items.map((item, index) => {
    const at = position(quoteOf(item), article);
    return { item, index, at: at < 0 ? Number.POSITIVE_INFINITY : at };
  });
  keyed.sort((a, b) => a.at - b.at || a.index - b.index);
  return keyed.map(({ item }) => item);
}
