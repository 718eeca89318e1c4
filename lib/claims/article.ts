/**
 * The article the claims come from: one record, which the report and its ClaimReview JSON name
 * and every claim cites as a source (docs/claims.md#the-article: "An impossible compromise", Tabib Huseynov, New
 * Eastern Europe; the longer version appeared on 13 January 2026).
 *
 * @module
 */
import type { Source } from "./claim.ts";

/**
 * The article.
 *
 * @example
 * ```ts
 * import { ARTICLE } from "./article.ts";
 * ARTICLE.headline; // "An impossible compromise"
 * ```
 */
export const ARTICLE = {
  headline: "An impossible compromise",
  author: "Tabib Huseynov",
  publisher: "New Eastern Europe",
  /** The date of the longer version (docs/claims.md#the-article). */
  datePublished: "2026-01-13",
  url: "https://neweasterneurope.eu/2026/01/13/an-impossible-compromise/",
} as const;

/**
 * The article as a claim's source.
 *
 * @example
 * ```ts
 * import { ARTICLE_SOURCE } from "./article.ts";
 * ARTICLE_SOURCE.title; // "An impossible compromise (Tabib Huseynov)"
 * ```
 */
export const ARTICLE_SOURCE: Source = {
  title: `${ARTICLE.headline} (${ARTICLE.author})`,
  publisher: ARTICLE.publisher,
  date: ARTICLE.datePublished,
  url: ARTICLE.url,
};
