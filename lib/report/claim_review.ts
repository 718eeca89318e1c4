/**
 * The report's data as JSON: each claim, its check, and the same in schema.org `ClaimReview`
 * form (https://schema.org/ClaimReview), with the verdict as the rating's `alternateName`.
 *
 * @module
 */
import { type Claim, type ClaimCheck, type Source, VERDICTS } from "../claims/claim.ts";
import { claimAnchor } from "./anchor.ts";
import { ARTICLE } from "../claims/article.ts";
import { statedText } from "../claims/stated_text.ts";
import type { CheckedClaim } from "./summary.ts";
import { VERDICT_MEANINGS } from "./verdicts.ts";

/** A schema.org JSON-LD object (kept loose: schema.org allows many shapes). */
export type JsonLd = { "@context"?: string; "@type": string; [key: string]: unknown };

function sourceLd(source: Source): JsonLd {
  return {
    "@type": "CreativeWork",
    name: source.title,
    publisher: { "@type": "Organization", name: source.publisher },
    datePublished: source.date,
    url: source.url,
  };
}

/**
 * One claim and its check as a schema.org `ClaimReview`: `claimReviewed` is the quote as
 * printed, `itemReviewed` the `Claim` in the article, `reviewRating.alternateName` the verdict.
 * `pageUrl` is the report page the review lives on (the claim's anchor is appended).
 *
 * @example
 * ```ts
 * import { claimReview } from "./claim_review.ts";
 * import { allClaims } from "../claims/registry.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const claim = allClaims().find((claim) => claim.id === "northern-war-21-years")!;
 * const check = await claim.check({ asOf: "2025-12-31", dataDir: "data" });
 * const { reviewRating } = claimReview(claim, check, "index.html");
 * assertEquals((reviewRating as { alternateName: string }).alternateName, "reproduced");
 * ```
 */
export function claimReview(claim: Claim, check: ClaimCheck, pageUrl: string): JsonLd {
  const stated = statedText(claim);
  const band = check.band === null ? "no band" : `band ${check.band.text}`;
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: `${pageUrl}#${claimAnchor(claim.id)}`,
    identifier: claim.id,
    claimReviewed: claim.quote,
    itemReviewed: {
      "@type": "Claim",
      text: claim.quote,
      description: claim.plainReading,
      author: { "@type": "Person", name: ARTICLE.author },
      appearance: {
        "@type": "Article",
        headline: ARTICLE.headline,
        author: { "@type": "Person", name: ARTICLE.author },
        publisher: { "@type": "Organization", name: ARTICLE.publisher },
        datePublished: ARTICLE.datePublished,
      },
    },
    reviewRating: {
      "@type": "Rating",
      alternateName: check.verdict,
      name: VERDICT_MEANINGS[check.verdict].label,
      ratingExplanation:
        `Stated: ${stated}. Computed as of ${check.asOf}: ${check.valueText} (${band}). ${check.method}`,
    },
    citation: claim.sources.map(sourceLd),
  };
}

/** The whole `claims.json` file. */
export interface ReportJson {
  asOf: string;
  article: typeof ARTICLE;
  verdictCounts: Record<string, number>;
  claims: (Omit<Claim, "check"> & { check: ClaimCheck; claimReview: JsonLd })[];
}

/**
 * The content of `claims.json`: the as-of date, the article, verdict counts, and per claim its
 * fields (without the `check` function), its check result and its `ClaimReview`.
 *
 * @example
 * ```ts
 * import { reportJson } from "./claim_review.ts";
 * reportJson([], "2025-12-31").verdictCounts.reproduced; // 0
 * ```
 */
export function reportJson(entries: readonly CheckedClaim[], asOf: string): ReportJson {
  const verdictCounts = Object.fromEntries(VERDICTS.map((verdict) => [verdict, 0]));
  for (const { check } of entries) verdictCounts[check.verdict] += 1;
  return {
    asOf,
    article: ARTICLE,
    verdictCounts,
    claims: entries.map(({ claim, check }) => ({
      id: claim.id,
      group: claim.group,
      quote: claim.quote,
      plainReading: claim.plainReading,
      stated: claim.stated,
      unit: claim.unit,
      hedge: claim.hedge,
      articleAsOf: claim.articleAsOf,
      sources: claim.sources,
      notebook: claim.notebook,
      check,
      claimReview: claimReview(claim, check, "index.html"),
    })),
  };
}
