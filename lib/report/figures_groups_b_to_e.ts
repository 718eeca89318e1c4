/**
 * The report's figures for the claims of groups B to E (force generation, dates, polls, the
 * Karabakh precedent): the data preparation of `lib/plots/*_data.ts` and the builders of
 * `lib/plots/`, the same calls notebooks 03 to 06 make. Facts published after the as-of date are
 * left out, as the claims' checks leave them out.
 *
 * @module
 */
import { loadFacts } from "../data/facts.ts";
import { loadGeneralStaffPersonnel } from "../data/general_staff.ts";
import { azerbaijanMapFigure } from "../plots/azerbaijan_map.ts";
import { loadAzerbaijanMapData } from "../plots/azerbaijan_map_data.ts";
import { pollIntervalsFigure } from "../plots/poll_intervals.ts";
import { pollIntervalsData } from "../plots/poll_intervals_data.ts";
import { recruitmentFigure } from "../plots/recruitment.ts";
import { recruitmentData } from "../plots/recruitment_data.ts";
import { shellsFigure } from "../plots/shells.ts";
import { shellsData } from "../plots/shells_data.ts";
import { timelineFigure } from "../plots/timeline.ts";
import { timelineData } from "../plots/timeline_data.ts";
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
  const data = recruitmentData(
    await loadFacts("recruitment", dataDir),
    await loadGeneralStaffPersonnel(dataDir),
    asOf,
  );
  return [recruitmentFigure(data.segments, data.losses)];
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
  const bars = shellsData(await loadFacts("shells", dataDir), asOf);
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
  const { items, title } = timelineData(await loadFacts("events", dataDir), asOf);
  return items.length === 0 ? [] : [timelineFigure(items, { title })];
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
  const rows = pollIntervalsData(await loadFacts("polls", dataDir), asOf);
  return rows.length === 0 ? [] : [pollIntervalsFigure(rows)];
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
  return [azerbaijanMapFigure(await loadAzerbaijanMapData(units, dataDir))];
};
