/**
 * Which figures the report shows beside which claim: the figures the notebooks show, built from
 * `data/` (see `figures_group_a.ts` and `figures_groups_b_to_e.ts`).
 *
 * @module
 */
import type { Claim, ClaimCheck } from "../claims/claim.ts";
import type { ReportFigure } from "./figure.ts";
import type { FigureBuilder } from "./figure_builder.ts";
import {
  dailyLossesFigures,
  donetskMapFigures,
  donetskProjectionFigures,
  troopsPerKm2Figures,
} from "./figures_group_a.ts";
import {
  azerbaijanMapFigures,
  pollFigures,
  recruitmentFigures,
  shellsFigures,
  timelineFigures,
} from "./figures_groups_b_to_e.ts";
import { independentCostFigures, independentSeriesFigures } from "./figures_independent.ts";

export type { FigureBuilder, FigureContext } from "./figure_builder.ts";

/** Claim id → the builders of its figures. Claims not listed have no figure. */
export const FIGURE_BUILDERS: Record<string, FigureBuilder[]> = {
  "troops-per-km2-2025": [troopsPerKm2Figures, independentCostFigures],
  "donetsk-still-held-km2": [donetskMapFigures],
  "donetsk-by-august-2027": [donetskProjectionFigures],
  "losses-over-1000-a-day": [dailyLossesFigures, independentSeriesFigures],
  "recruits-30-40k-a-month": [recruitmentFigures],
  "shells-4x-nato": [shellsFigures],
  "talks-first-in-nearly-3-years": [timelineFigures],
  "poll-recognition-unacceptable": [pollFigures],
  "azerbaijan-lost-one-fifth": [azerbaijanMapFigures],
};

/**
 * Builds the figures of the given claims from the data in `dataDir` as of the end of `asOf`; a
 * figure drawing a claim's series takes it from the claim's check in `checks` (the report's), or
 * checks the claim with its default options. A builder that fails makes the whole call fail (a
 * report with a silently missing figure would mislead).
 *
 * @example
 * ```ts
 * import { figuresForClaims } from "./figures_for_claim.ts";
 * import { allClaims } from "../claims/registry.ts";
 * const figures = await figuresForClaims(allClaims(), { asOf: "2025-12-31", dataDir: "data" });
 * figures["losses-over-1000-a-day"].length; // 1
 * ```
 */
export async function figuresForClaims(
  claims: readonly Claim[],
  options: { asOf: string; dataDir: string; checks?: readonly ClaimCheck[] },
  builders: Record<string, FigureBuilder[]> = FIGURE_BUILDERS,
): Promise<Record<string, ReportFigure[]>> {
  const figures: Record<string, ReportFigure[]> = {};
  const { checks, ...context } = options;
  for (const claim of claims) {
    const built: ReportFigure[] = [];
    const check = checks?.find((one) => one.id === claim.id);
    for (const build of builders[claim.id] ?? []) {
      try {
        built.push(...await build({ claim, check, ...context }));
      } catch (error) {
        throw new Error(`figures of claim '${claim.id}': ${(error as Error).message}`, {
          cause: error,
        });
      }
    }
    if (built.length > 0) figures[claim.id] = built;
  }
  return figures;
}
