/**
 * The report's figures for the claims of groups B to E (force generation, dates, polls, the
 * Karabakh precedent): the series each claim's check returns (facts published after the as-of
 * date left out, as the checks leave them out), drawn by the builders of `lib/plots/`, the same
 * calls notebooks 03 to 06 make.
 *
 * @module
 */
import { recruits30to40k } from "../claims/b/recruits_30_40k.ts";
import { shells4xNato } from "../claims/b/shells_4x_nato.ts";
import { talksGap } from "../claims/c/talks_gap.ts";
import { recognitionUnacceptable } from "../claims/d/mod.ts";
import { loadFacts } from "../data/facts.ts";
import { azerbaijanMapFigure } from "../plots/azerbaijan_map.ts";
import { loadAzerbaijanMapData } from "../plots/azerbaijan_map_data.ts";
import { pollIntervalsFigure } from "../plots/poll_intervals.ts";
import { recruitmentFigure } from "../plots/recruitment.ts";
import { shellsFigure } from "../plots/shells.ts";
import { timelineFigure } from "../plots/timeline.ts";
import { type FigureBuilder, seriesFigures } from "./figure_builder.ts";

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
export const recruitmentFigures: FigureBuilder = seriesFigures(
  recruits30to40k,
  ({ segments, losses }) => [recruitmentFigure(segments, losses)],
);

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
export const shellsFigures: FigureBuilder = seriesFigures(
  shells4xNato,
  ({ bars }) => bars.length === 0 ? [] : [shellsFigure(bars)],
);

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
export const timelineFigures: FigureBuilder = seriesFigures(
  talksGap,
  ({ items, title }) => items.length === 0 ? [] : [timelineFigure(items, { title })],
);

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
export const pollFigures: FigureBuilder = seriesFigures(
  recognitionUnacceptable,
  ({ rows }) => rows.length === 0 ? [] : [pollIntervalsFigure(rows)],
);

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
