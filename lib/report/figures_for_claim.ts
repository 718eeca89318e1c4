/**
 * Which figures the report shows beside which claim, built from `data/` by the figure builders
 * of `lib/plots/` (the figures the notebooks show) with the computations of `lib/claims/`.
 *
 * @module
 */
import type { Claim } from "../claims/claim.ts";
import {
  advanceRate,
  type AreaSeries,
  donetskRemainder,
  type GroupAInputs,
  loadGroupAInputs,
  monthlyCostPerKm2,
  projectionWindow,
  projectZeroDate,
} from "../claims/a/mod.ts";
import { addDays, addMonths, addYears, dailyLossesBetween, lastDayOfMonth } from "../data/mod.ts";
import { dailyLossesFigure } from "../plots/daily_losses.ts";
import { donetskProjectionFigure, type ProjectionLine } from "../plots/donetsk_projection.ts";
import { donetskMapFigure } from "../plots/donetsk_map.ts";
import { DEFAULT_RAW_DIR, loadDonetskMapData } from "../plots/donetsk_map_data.ts";
import { monthlyAreaGainedFigure } from "../plots/monthly_area_gained.ts";
import { monthlyCostPerKm2Figure } from "../plots/monthly_cost_per_km2.ts";
import type { ReportFigure } from "./figure.ts";

/** What a figure builder gets: the claim, the as-of date and the data folder. */
export interface FigureContext {
  claim: Claim;
  asOf: string;
  dataDir: string;
}

/** Builds the figures of one claim. */
export type FigureBuilder = (context: FigureContext) => Promise<ReportFigure[]>;

/** The twelve whole months up to `asOf` (its own month only if `asOf` is its last day). */
function lastTwelveMonths(asOf: string): { first: string; last: string } {
  const month = asOf.slice(0, 7);
  const last = lastDayOfMonth(month) === asOf ? month : addMonths(month, -1);
  return { first: addMonths(last, -11), last };
}

const troopsPerKm2Figures: FigureBuilder = async ({ claim, asOf, dataDir }) => {
  const inputs = await loadGroupAInputs(dataDir);
  const { first, last } = lastTwelveMonths(asOf);
  const months = monthlyCostPerKm2(inputs.personnel, inputs.deepState, first, last)
    .filter((month) => month.losses !== null && month.gainedKm2 !== null);
  const stated = typeof claim.stated === "number" ? claim.stated : null;
  return [
    monthlyCostPerKm2Figure(
      months.map((month) => ({
        month: month.month,
        losses: month.losses!,
        areaKm2: month.gainedKm2!,
      })),
      stated === null ? {} : { reference: { value: stated, label: `article: ${stated} a km²` } },
    ),
    monthlyAreaGainedFigure(months.map((month) => ({
      month: month.month,
      areaKm2: month.gainedKm2!,
    }))),
  ];
};

const dailyLossesFigures: FigureBuilder = async ({ asOf, dataDir }) => {
  const { personnel } = await loadGroupAInputs(dataDir);
  const days = dailyLossesBetween(personnel, addYears(asOf, -1), asOf);
  return [dailyLossesFigure(days.map((day) => ({ date: day.date, losses: day.losses })))];
};

/** A projection line, or nothing when the rate is not positive (the area never runs out). */
function projectionLine(
  label: string,
  inputs: GroupAInputs,
  series: AreaSeries,
  from: string,
  to: string,
): ProjectionLine[] {
  const rate = advanceRate(series, from, to);
  const startKm2 = donetskRemainder(inputs, to).heldKm2;
  const zeroDate = projectZeroDate(startKm2, rate.km2PerDay, to);
  return zeroDate === null ? [] : [{ label, startDate: to, startKm2, zeroDate }];
}

const donetskProjectionFigures: FigureBuilder = async ({ claim, asOf, dataDir }) => {
  const inputs = await loadGroupAInputs(dataDir);
  // The held area month by month, from the first daily DeepState map the data hold.
  const firstMap = inputs.daily[0].map_date;
  const history = [];
  for (
    let month = firstMap.slice(0, 7);
    lastDayOfMonth(month) < asOf;
    month = addMonths(month, 1)
  ) {
    const date = lastDayOfMonth(month);
    if (date >= firstMap) history.push({ date, heldKm2: donetskRemainder(inputs, date).heldKm2 });
  }
  history.push({ date: asOf, heldKm2: donetskRemainder(inputs, asOf).heldKm2 });
  const window = projectionWindow(asOf);
  const projections = [
    ...projectionLine("ISW method (DeepState)", inputs, inputs.deepState, window.from, window.to),
    ...projectionLine("ISW method (Economist)", inputs, inputs.economist, window.from, window.to),
    ...projectionLine(
      "Donetsk-only rate, same window",
      inputs,
      inputs.deepStateDonetsk,
      window.from,
      window.to,
    ),
    ...projectionLine(
      "whole front, last 365 days",
      inputs,
      inputs.deepState,
      addDays(asOf, -365),
      asOf,
    ),
  ];
  const claimedMonth = claim.hedge.kind === "by-month" ? claim.hedge.month : undefined;
  return [donetskProjectionFigure(history, projections, { claimedMonth })];
};

/** Whether the raw files beside the repository can be read (granted and there). */
function rawDirReadable(rawDir: string): boolean {
  if (Deno.permissions.querySync({ name: "read", path: rawDir }).state !== "granted") return false;
  try {
    return Deno.statSync(rawDir).isDirectory;
  } catch {
    return false;
  }
}

/** The map needs geometry, which only the raw files hold: without them there is no map (the
 * report says so in the claim's notes via the notebook link; see the README section). */
const donetskMapFigures: FigureBuilder = async ({ asOf, dataDir }) => {
  if (!rawDirReadable(DEFAULT_RAW_DIR)) return [];
  const { oblast, snapshots, notes } = await loadDonetskMapData([addYears(asOf, -1), asOf], {
    dataDir,
  });
  const figure = donetskMapFigure(oblast, snapshots);
  return [{ ...figure, caption: notes.length > 0 ? `Stand-in: ${notes.join(" ")}` : undefined }];
};

/** Claim id → the builders of its figures. Claims not listed have no figure. */
export const FIGURE_BUILDERS: Record<string, FigureBuilder[]> = {
  "troops-per-km2-2025": [troopsPerKm2Figures],
  "donetsk-still-held-km2": [donetskMapFigures],
  "donetsk-by-august-2027": [donetskProjectionFigures],
  "losses-over-1000-a-day": [dailyLossesFigures],
};

/**
 * Builds the figures of the given claims from the data in `dataDir` as of the end of `asOf`. A
 * builder that fails makes the whole call fail (a report with a silently missing figure would
 * mislead).
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
  options: { asOf: string; dataDir: string },
  builders: Record<string, FigureBuilder[]> = FIGURE_BUILDERS,
): Promise<Record<string, ReportFigure[]>> {
  const figures: Record<string, ReportFigure[]> = {};
  for (const claim of claims) {
    const built: ReportFigure[] = [];
    for (const build of builders[claim.id] ?? []) {
      try {
        built.push(...await build({ claim, ...options }));
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
