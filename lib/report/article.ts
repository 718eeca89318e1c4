/**
 * The article the claims come from, as the report and its ClaimReview JSON name it
 * (docs/claims.md#the-article: "An impossible compromise", Tabib Huseynov, New Eastern Europe; a longer version
 * appeared on 13 January 2026).
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
} as const;
