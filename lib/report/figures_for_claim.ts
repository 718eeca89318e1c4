/**
 * Which figures the report shows beside which claim, built from `data/` by the figure builders
 * of `lib/plots/` (the same figures the notebooks show).
 *
 * @module
 */
import type { ReportFigure } from "./figure.ts";

/** Builds the figures of one claim from the data in `dataDir` as of the end of `asOf`. */
export type FigureBuilder = (options: { asOf: string; dataDir: string }) => Promise<ReportFigure[]>;

/** Claim id → the builders of its figures. Claims not listed have no figure. */
export const FIGURE_BUILDERS: Record<string, FigureBuilder[]> = {};

/**
 * Builds the figures of the given claims. A builder that fails makes the whole call fail (a
 * report with a silently missing figure would mislead).
 *
 * @example
 * ```ts
 * import { figuresForClaims } from "./figures_for_claim.ts";
 * const figures = await figuresForClaims(["troops-per-km2-2025"], {
 *   asOf: "2025-12-31",
 *   dataDir: "data",
 * });
 * ```
 */
export async function figuresForClaims(
  claimIds: readonly string[],
  options: { asOf: string; dataDir: string },
  builders: Record<string, FigureBuilder[]> = FIGURE_BUILDERS,
): Promise<Record<string, ReportFigure[]>> {
  const figures: Record<string, ReportFigure[]> = {};
  for (const id of claimIds) {
    const built: ReportFigure[] = [];
    for (const build of builders[id] ?? []) built.push(...await build(options));
    if (built.length > 0) figures[id] = built;
  }
  return figures;
}
