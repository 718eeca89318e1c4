/**
 * The type of a report figure builder: from a claim, an as-of date and the data folder, the
 * figures to show beside the claim.
 *
 * @module
 */
import type { Claim } from "../claims/claim.ts";
import type { ReportFigure } from "./figure.ts";

/** What a figure builder gets: the claim, the as-of date and the data folder. */
export interface FigureContext {
  claim: Claim;
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
