/**
 * The report's figures for the claims of groups B to E (force generation, dates, polls, the
 * Karabakh precedent), built from `data/facts/` and `data/derived/` as notebooks 03 to 06 draw
 * them. Facts published after the as-of date are left out, as the claims' checks leave them out.
 *
 * @module
 */
import { lossesPerMonth, recruitmentRates } from "../claims/b/recruitment_rates.ts";
import { shellRatios } from "../claims/b/shell_ratios.ts";
import { durationBetween } from "../claims/c/durations.ts";
import { pollShares } from "../claims/d/poll_shares.ts";
import { loadFacts } from "../data/facts.ts";
import { dailyLossesBetween, loadGeneralStaffPersonnel } from "../data/general_staff.ts";
import { azerbaijanMapFigure, loadAzerbaijanMapUnits } from "../plots/azerbaijan_map.ts";
import { pollIntervalsFigure } from "../plots/poll_intervals.ts";
import { recruitmentFigure } from "../plots/recruitment.ts";
import { type ShellRatioBar, shellsFigure } from "../plots/shells.ts";
import { timelineFigure, type TimelineItem } from "../plots/timeline.ts";
import { DataError } from "../io/data_error.ts";
import type { FigureBuilder } from "./figure_builder.ts";

/**
 * Recruitment announcements as monthly rates against the General Staff's claimed losses per
 * month (from the end of the year before last up to `asOf`).
 *
 * @example
 * ```ts
 * import { recruitmentFigures } from "./figures_groups_b_to_e.ts";
 * import { recruits30to40k } from "../claims/b/recruits_30_40k.ts";
 * await recruitmentFigures({ claim: recruits30to40k, asOf: "2025-12-31", dataDir: "data" });
 * ```
 */
export const recruitmentFigures: FigureBuilder = async ({ asOf, dataDir }) => {
  const rates = recruitmentRates(await loadFacts("recruitment", dataDir))
    .filter((rate) => rate.published <= asOf);
  const personnel = await loadGeneralStaffPersonnel(dataDir);
  const year = Number(asOf.slice(0, 4));
  const months = lossesPerMonth(dailyLossesBetween(personnel, `${year - 2}-12-31`, asOf));
  return [recruitmentFigure(
    rates.map((rate) => ({
      label: `${rate.speaker.split(" ").at(-1)}, ${rate.statement}`,
      year: rate.year,
      perMonth: rate.contractsPerMonth,
    })),
    months,
  )];
};

// Short names of who made each shell estimate (the claim's sources give the publishers).
const SHELL_ESTIMATORS: Record<string, string> = {
  "nato-sg-2025": "NATO Secretary-General",
  "bain-2024": "Bain & Company (via Sky News)",
  "cnn-nato-2024": "NATO intelligence (via CNN)",
};

/**
 * Russia's shell output against NATO's, one bar per estimate; a NATO target without a Russian
 * counterpart is set against Bain's Russian count and drawn as a target.
 *
 * @example
 * ```ts
 * import { shellsFigures } from "./figures_groups_b_to_e.ts";
 * import { shells4xNato } from "../claims/b/shells_4x_nato.ts";
 * await shellsFigures({ claim: shells4xNato, asOf: "2025-12-31", dataDir: "data" });
 * ```
 */
export const shellsFigures: FigureBuilder = async ({ asOf, dataDir }) => {
  const ratios = shellRatios(await loadFacts("shells", dataDir))
    .filter((ratio) => ratio.published <= asOf);
  const bainRussia = ratios.find((ratio) => ratio.id === "bain-2024")?.russiaPerYear ?? null;
  const bars: ShellRatioBar[] = ratios.flatMap((ratio): ShellRatioBar[] => {
    const who = `${SHELL_ESTIMATORS[ratio.id] ?? ratio.publisher}, ${ratio.published.slice(0, 7)}`;
    if (ratio.ratio !== null) return [{ source: who, ratio: ratio.ratio }];
    return bainRussia === null ? [] : [{
      source: "EU target vs Bain's Russian count",
      ratio: bainRussia / ratio.natoPerYear,
      target: true,
    }];
  });
  return bars.length === 0 ? [] : [shellsFigure(bars)];
};

/**
 * The dates behind group C on one timeline: the gap between direct talks, the pause of US aid,
 * the two peace plans (events after `asOf` left out).
 *
 * @example
 * ```ts
 * import { timelineFigures } from "./figures_groups_b_to_e.ts";
 * import { groupCClaims } from "../claims/c/mod.ts";
 * await timelineFigures({ claim: groupCClaims[0], asOf: "2025-12-31", dataDir: "data" });
 * ```
 */
export const timelineFigures: FigureBuilder = async ({ asOf, dataDir }) => {
  const file = "data/facts/events.csv";
  const events = await loadFacts("events", dataDir);
  const date = (id: string) => {
    const row = events.find((event) => event.id === id);
    if (row === undefined) throw new DataError(file, `id ${id}`, "an event row", "none");
    return row.date;
  };
  const gap = durationBetween(date("istanbul-talks-2022"), date("istanbul-talks-2025"));
  const items: TimelineItem[] = [
    { lane: "talks", label: "Istanbul", start: date("istanbul-talks-2022") },
    {
      lane: "talks",
      label: `${gap.years.toFixed(2)} years without direct talks`,
      start: date("istanbul-talks-2022"),
      end: date("istanbul-talks-2025"),
    },
    { lane: "talks", label: "Istanbul", start: date("istanbul-talks-2025") },
    {
      lane: "US aid",
      label: "paused 3-11 March",
      start: date("us-aid-paused"),
      end: date("us-aid-resumed"),
    },
    { lane: "peace plans", label: "28 points", start: date("plan-28-points") },
    { lane: "peace plans", label: "20 points", start: date("plan-20-points") },
  ];
  const shown = items.filter((item) => item.start <= asOf && (item.end ?? item.start) <= asOf);
  return shown.length === 0
    ? []
    : [timelineFigure(shown, { title: `Talks, US aid and peace plans, 2022 to ${asOf}` })];
};

const POLL_NAMES: Record<string, string> = {
  "nec-info-sapiens-2025": "New Europe Center / Info Sapiens, Nov 2025",
  "dif-razumkov-2025-12": "Democratic Initiatives / Razumkov, Dec 2025",
  "kiis-2025-12": "KIIS, Nov-Dec 2025",
};

/**
 * Every poll share published by `asOf` with its 95 % Wilson interval (the "would not" and
 * "undecided" answers left out).
 *
 * @example
 * ```ts
 * import { pollFigures } from "./figures_groups_b_to_e.ts";
 * import { groupDClaims } from "../claims/d/mod.ts";
 * await pollFigures({ claim: groupDClaims[0], asOf: "2025-12-31", dataDir: "data" });
 * ```
 */
export const pollFigures: FigureBuilder = async ({ asOf, dataDir }) => {
  const shares = pollShares(
    (await loadFacts("polls", dataDir)).filter((row) => row.published <= asOf),
  ).filter((share) => share.answer !== "would not" && share.answer !== "undecided");
  return shares.length === 0 ? [] : [pollIntervalsFigure(shares.map((share) => ({
    label: `${share.question}: ${share.answer} (${share.poll.split("-")[0].toUpperCase()})`,
    poll: POLL_NAMES[share.poll] ?? share.poll,
    sharePct: share.sharePct,
    lowPct: share.lowPct,
    highPct: share.highPct,
  })))];
};

/**
 * Azerbaijan's rayons with the former NKAO, the seven districts and the partly held ones marked.
 * Drawn from `data/derived/map_azerbaijan.geojson`.
 *
 * @example
 * ```ts
 * import { azerbaijanMapFigures } from "./figures_groups_b_to_e.ts";
 * import { groupEClaims } from "../claims/e/mod.ts";
 * await azerbaijanMapFigures({ claim: groupEClaims[0], asOf: "2025-12-31", dataDir: "data" });
 * ```
 */
export const azerbaijanMapFigures: FigureBuilder = async ({ dataDir }) => {
  const units = await loadFacts("karabakh_units", dataDir);
  const roles = new Map(units.map((u) => [u.unit, { role: u.role, heldShare: u.held_share }]));
  return [azerbaijanMapFigure(await loadAzerbaijanMapUnits(roles, dataDir))];
};
