/**
 * The claims of docs/claims.md#c-dates-and-durations, in the article's order.
 *
 * @module
 */
import type { Claim } from "../claim.ts";
import { eventClaim } from "./event_claim.ts";
import { northernWar } from "./northern_war.ts";
import { notCheckableClaim } from "./not_checkable.ts";
import { peacePlans } from "./peace_plans.ts";
import { talksGap } from "./talks_gap.ts";

/**
 * "president Trump suspended military aid to Ukraine in March".
 *
 * @example
 * ```ts
 * import { aidSuspendedMarch } from "./mod.ts";
 * (await aidSuspendedMarch.check({ asOf: "2025-12-31", dataDir: "data" })).verdict;
 * ```
 */
export const aidSuspendedMarch: Claim = eventClaim({
  id: "aid-suspended-march",
  quote: "When president Trump suspended military aid to Ukraine in March, he weakened not only " +
    "Kyiv’s but besides his own negotiating leverage with Russia.",
  plainReading: "Trump suspended US military aid to Ukraine in March 2025.",
  stated: "2025-03",
  event: "us-aid-paused",
  durationTo: "us-aid-resumed",
  method: "The date the pause was ordered, judged to the month.",
  notes: ["The pause lasted from 3 to 11 March 2025, when the Jeddah talks ended it."],
});

/**
 * The ceasefire "held from 1994 to 2020".
 *
 * @example
 * ```ts
 * import { karabakhCeasefire } from "./mod.ts";
 * (await karabakhCeasefire.check({ asOf: "2025-12-31", dataDir: "data" })).verdict;
 * ```
 */
export const karabakhCeasefire: Claim = eventClaim({
  id: "karabakh-ceasefire-1994-2020",
  quote: "A useful historical precedent exists in the long, if imperfect, ceasefire between " +
    "Armenia and Azerbaijan that held from 1994 to 2020.",
  plainReading: "The Armenia-Azerbaijan ceasefire lasted from 1994 until 2020.",
  stated: "1994",
  event: "karabakh-ceasefire",
  others: [{
    event: "karabakh-war-2020",
    stated: "2020",
    label: "the end: large-scale war resumed (judged against 2020)",
  }],
  durationTo: "karabakh-war-2020",
  method: "The date the ceasefire took effect, judged to the year; its end is an alternative.",
  notes: [
    "Clashes broke it briefly before 2020 (notably April 2016); the war of September 2020 ended it.",
  ],
});

/**
 * "In 2005 ... Oksana Antonenko introduced the term 'self-regulating ceasefire'".
 *
 * @example
 * ```ts
 * import { antonenko2005 } from "./mod.ts";
 * (await antonenko2005.check({ asOf: "2025-12-31", dataDir: "data" })).verdict;
 * ```
 */
export const antonenko2005: Claim = eventClaim({
  id: "antonenko-2005",
  quote: "In 2005, British expert Oksana Antonenko introduced a word “self-regulating ceasefire” " +
    "to describe this unique characteristic of the Karabakh conflict.",
  plainReading: 'Oksana Antonenko coined the term "self-regulating ceasefire" in 2005.',
  stated: "2005",
  event: "antonenko-accord-17",
  method: "The publication year of Accord issue 17 (Conciliation Resources), judged to the year.",
  notes: [
    "Only the year of the publication is checked; that the term first appears there could not be " +
    "confirmed from the text.",
  ],
});

/**
 * "the 1994 Budapest memorandum".
 *
 * @example
 * ```ts
 * import { budapest1994 } from "./mod.ts";
 * (await budapest1994.check({ asOf: "2025-12-31", dataDir: "data" })).verdict;
 * ```
 */
export const budapest1994: Claim = eventClaim({
  id: "budapest-memorandum-1994",
  quote: "Ukraine should callback the bitter lesson of the 1994 Budapest memorandum, erstwhile " +
    "Kyiv gave up its atomic arsenal for empty assurances of territorial integrity.",
  plainReading: "The Budapest memorandum, under which Ukraine gave up its nuclear arsenal for " +
    "security assurances, dates from 1994.",
  stated: "1994",
  event: "budapest-memorandum",
  method: "The signing date from the UN Treaty Series text, judged to the year.",
});

/**
 * "While living and working in Ukraine between 2015 and 2023".
 *
 * @example
 * ```ts
 * import { authorInUkraine } from "./mod.ts";
 * (await authorInUkraine.check({ asOf: "2025-12-31", dataDir: "data" })).verdict;
 * ```
 */
export const authorInUkraine: Claim = notCheckableClaim({
  id: "author-in-ukraine-2015-2023",
  group: "C",
  quote: "While surviving and working in Ukraine between 2015 and 2023, I saw firsthand how even " +
    "limited steps to implement the Minsk Agreements ... sparked political infighting and " +
    "violent street protests.",
  plainReading: "The author lived and worked in Ukraine from 2015 to 2023.",
  reason: "A biographical statement: no public data set records where the author lived; the " +
    "article's own biography (OSCE Special Monitoring Mission, 2019-2022) is the only source.",
  notebook: "04-dates-and-diplomacy",
});

/**
 * Every claim of group C, in the article's order.
 *
 * @example
 * ```ts
 * import { groupCClaims } from "./mod.ts";
 * const checks = await Promise.all(
 *   groupCClaims.map((claim) => claim.check({ asOf: "2025-12-31", dataDir: "data" })),
 * );
 * checks.map((check) => check.verdict);
 * ```
 */
export const groupCClaims: Claim[] = [
  talksGap,
  northernWar,
  peacePlans,
  authorInUkraine,
  aidSuspendedMarch,
  karabakhCeasefire,
  antonenko2005,
  budapest1994,
];
