/**
 * Puts claims in the order their quotes appear in the article's text, so the report walks
 * through the article as a reader does (the registry lists claims group by group).
 *
 * @module
 */

/**
 * The claim ids in the order their quotes appear in the article. The report runs without the
 * article's text (it lives in `../shared`, which `deno task reproduce` may not read), so the order
 * is kept here; `tests/report/article_order_test.ts` recomputes it from the text with
 * {@link inArticleOrder} and fails when a claim is added or moved.
 *
 * @example
 * ```ts
 * import { ARTICLE_ORDER } from "./article_order.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(ARTICLE_ORDER[0], "troops-per-km2-2025");
 * ```
 */
export const ARTICLE_ORDER: readonly string[] = [
  "troops-per-km2-2025",
  "donetsk-still-held-km2",
  "half-million-for-donetsk",
  "donetsk-by-august-2027",
  "losses-over-1000-a-day",
  "recruits-30-40k-a-month",
  "shells-4x-nato",
  "talks-first-in-nearly-3-years",
  "northern-war-21-years",
  "peace-plans-28-and-20-points",
  "poll-recognition-unacceptable",
  "poll-army-cuts-unacceptable",
  "poll-russian-language-unacceptable",
  "poll-majority-would-protest",
  "author-in-ukraine-2015-2023",
  "aid-suspended-march",
  "karabakh-ceasefire-1994-2020",
  "antonenko-2005",
  "azerbaijan-lost-one-fifth",
  "azerbaijan-one-in-eight-displaced",
  "battles-like-wwii",
  "budapest-memorandum-1994",
];

/**
 * The items sorted by the position of their id in `order` (default {@link ARTICLE_ORDER}); items
 * whose id is not listed keep their order after the listed ones. The sort is stable.
 *
 * @example
 * ```ts
 * import { inIdOrder } from "./article_order.ts";
 * inIdOrder([{ id: "b" }, { id: "x" }, { id: "a" }], (item) => item.id, ["a", "b"]);
 * // [{ id: "a" }, { id: "b" }, { id: "x" }]
 * ```
 */
export function inIdOrder<T>(
  items: readonly T[],
  idOf: (item: T) => string,
  order: readonly string[] = ARTICLE_ORDER,
): T[] {
  const rank = new Map(order.map((id, index) => [id, index]));
  return items
    .map((item, index) => ({ item, index, at: rank.get(idOf(item)) ?? Number.POSITIVE_INFINITY }))
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map(({ item }) => item);
}

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
