/**
 * The sources of the independent casualty estimates: The Economist's meta-estimates, UK Defence
 * Intelligence's monthly posts (one source per post), Mediazona and Meduza's weekly estimates.
 *
 * @module
 */
import type { Source } from "../claim.ts";
import type { UkModMonth } from "../../data/ukmod_monthly.ts";

const ECONOMIST_REPO =
  "https://github.com/TheEconomist/the-economist-ukraine-war-dead-and-wounded-estimates";

/** The Economist's daily meta-estimate of cumulative Russian casualties (killed and wounded). */
export const ECONOMIST_CASUALTIES: Source = {
  title: "Meta-estimate of Russian casualties, killed and wounded, with 95 % intervals " +
    "(output-data/tracker/meta-estimate-casualties.csv)",
  publisher: "The Economist",
  date: "2026-08-22",
  url:
    `${ECONOMIST_REPO}/blob/978a24b4abdcca2ca6e89e2158dc5c281ea760ca/output-data/tracker/meta-estimate-casualties.csv`,
};

/** The Economist's daily meta-estimate of cumulative Russian deaths. */
export const ECONOMIST_DEATHS: Source = {
  title: "Meta-estimate of Russian deaths, with 95 % intervals " +
    "(output-data/tracker/meta-estimate-deaths.csv)",
  publisher: "The Economist",
  date: "2026-08-22",
  url:
    `${ECONOMIST_REPO}/blob/978a24b4abdcca2ca6e89e2158dc5c281ea760ca/output-data/tracker/meta-estimate-deaths.csv`,
};

/** Mediazona and Meduza's weekly excess-death estimate of Russian soldiers killed. */
export const MEDUZA: Source = {
  title: "Weekly estimate of Russian soldiers killed by ISO week of death (excess deaths from " +
    "the probate registry, EDAssembled, 2026 release; via The Economist's repository)",
  publisher: "Mediazona and Meduza",
  date: "2026",
  url:
    `${ECONOMIST_REPO}/blob/978a24b4abdcca2ca6e89e2158dc5c281ea760ca/source-data/deaths-and-casualties-data/meduza_2026_weekly.csv`,
};

/**
 * One source per distinct UK Defence Intelligence post among `months` (a post may cover several
 * months), dated by the last month it gives.
 *
 * @example
 * ```ts
 * import { ukModSources } from "./independent_sources.ts";
 * ukModSources([{ month: "2025-01", average_per_day: 1556, days: 31, month_total: 48236, cumulative: 831374, source_url: "https://x.com/a" }]).length; // 1
 * ```
 */
export function ukModSources(months: readonly UkModMonth[]): Source[] {
  const lastMonth = new Map<string, string>();
  for (const month of months) lastMonth.set(month.source_url, month.month);
  return [...lastMonth].map(([url, month]) => ({
    title: `UK Defence Intelligence post on Russian casualties (months to ${month})`,
    publisher: "UK Ministry of Defence (Defence Intelligence), compiled by The Economist",
    date: month,
    url,
  }));
}
