/**
 * The sources of the independent casualty estimates: The Economist's meta-estimates, UK Defence
 * Intelligence's monthly posts (one source per post), Mediazona and Meduza's weekly estimates.
 *
 * @module
 */
import type { Source } from "../claim.ts";
import type { UkModMonth } from "../../data/ukmod_monthly.ts";
import { originById } from "../../data/origins.ts";

/**
 * A source for one file of a raw origin (`lib/data/origins.ts`): its page in the upstream
 * repository at the pinned commit, dated as the origin.
 */
function fileSource(originId: string, name: string, title: string, publisher: string): Source {
  const origin = originById(originId);
  // rawBase is `<raw host>/<owner>/<repo>/<commit>/<folder>/`: the folder follows the commit.
  const folder = origin.rawBase.slice(origin.rawBase.indexOf(origin.commit) + origin.commit.length);
  return {
    title,
    publisher,
    date: origin.date ?? origin.commit,
    url: `${origin.url}/blob/${origin.commit}${folder}${name}`,
  };
}

/** The Economist's daily meta-estimate of cumulative Russian casualties (killed and wounded). */
export const ECONOMIST_CASUALTIES: Source = fileSource(
  "economist-meta-estimates",
  "meta-estimate-casualties.csv",
  "Meta-estimate of Russian casualties, killed and wounded, with 95 % intervals " +
    "(output-data/tracker/meta-estimate-casualties.csv)",
  "The Economist",
);

/** The Economist's daily meta-estimate of cumulative Russian deaths. */
export const ECONOMIST_DEATHS: Source = fileSource(
  "economist-meta-estimates",
  "meta-estimate-deaths.csv",
  "Meta-estimate of Russian deaths, with 95 % intervals " +
    "(output-data/tracker/meta-estimate-deaths.csv)",
  "The Economist",
);

/** Mediazona and Meduza's weekly excess-death estimate of Russian soldiers killed. */
export const MEDUZA: Source = {
  ...fileSource(
    "economist-casualty-sources",
    "meduza_2026_weekly.csv",
    "Weekly estimate of Russian soldiers killed by ISO week of death (excess deaths from " +
      "the probate registry, EDAssembled, 2026 release; via The Economist's repository)",
    "Mediazona and Meduza",
  ),
  // The 2026 release of the estimate, not the date of The Economist's copy.
  date: "2026",
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
