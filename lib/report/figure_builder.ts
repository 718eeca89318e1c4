/**
 * The type of a report figure builder: from a claim, its check, the as-of date and the data
 * folder, the figures to show beside the claim; and {@link seriesFigures}, the builder of a claim
 * whose check returns the series its figures draw.
 *
 * @module
 */
import type { CheckWithSeries, Claim, ClaimCheck } from "../claims/claim.ts";
import type { ReportFigure } from "./figure.ts";

/** What a figure builder gets: the claim, its check when already made (the report's), the as-of
 * date and the data folder. */
export interface FigureContext {
  claim: Claim;
  check?: ClaimCheck;
  asOf: string;
  dataDir: string;
}

/**
 * Builds the figures of one claim.
 *
 * @example
 * ```ts
 * import type { FigureBuilder } from "./figure_builder.ts";
 * const none: FigureBuilder = () => Promise.resolve([]);
 * ```
 */
export type FigureBuilder = (context: FigureContext) => Promise<ReportFigure[]>;

/**
 * The builder of figures that draw `claim`'s own series: from the check in the context (the one
 * whose verdict the report shows), or, when there is none, from the claim's check with its
 * default options. So a figure cannot disagree with its verdict.
 *
 * @example
 * ```ts
 * import { seriesFigures } from "./figure_builder.ts";
 * import { lossesOver1000 } from "../claims/a/mod.ts";
 * import { dailyLossesFigure } from "../plots/daily_losses.ts";
 * const build = seriesFigures(lossesOver1000, (series) => [dailyLossesFigure(series.days)]);
 * (await build({ claim: lossesOver1000, asOf: "2025-12-31", dataDir: "data" })).length; // 1
 * ```
 */
export function seriesFigures<Series>(
  claim: Claim<object, CheckWithSeries<Series>>,
  render: (series: Series) => ReportFigure[],
): FigureBuilder {
  return async ({ check, asOf, dataDir }) => {
    const checked = check ?? await claim.check({ asOf, dataDir });
    if (checked.id !== claim.id || checked.series === undefined) {
      throw new Error(`figures of '${claim.id}' given the check of '${checked.id}' without series`);
    }
    return render(checked.series as Series);
  };
}
