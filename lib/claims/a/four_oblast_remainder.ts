/**
 * Context, not a claim of the article: the Ukrainian-held remainder of the four oblasts named in
 * Russia's constitution (Donetsk, Luhansk, Zaporizhzhia, Kherson), its price in troops at the
 * computed cost per km², and the time it would take at the current rate, with the same
 * block-bootstrap uncertainty as the Donetsk forecast. The workbook's own arithmetic on the
 * article's premises (that the cost and the pace of the advance stay what they were).
 *
 * @module
 */
import {
  addDays,
  dailyLossesBetween,
  loadOblasts,
  oblastByPcode,
  occupiedAsOf,
  occupiedInUnit,
} from "../../data/mod.ts";
import { simulateFall, sortedQuantile } from "../../stats/block_bootstrap.ts";
import { roundKm2 } from "../format.ts";
import { costPerKm2 } from "./cost_per_km2.ts";
import { BOOTSTRAP, dailyGains, FALL_QUANTILES } from "./donetsk_probability.ts";
import { projectionWindow } from "./donetsk_by_august_2027.ts";
import type { GroupAInputs } from "./inputs.ts";
import { advanceRate } from "./projection.ts";

/** The four oblasts Russia's constitution names, by OCHA pcode. */
export const FOUR_OBLASTS = [
  { pcode: "UA14", name: "Donetsk" },
  { pcode: "UA44", name: "Luhansk" },
  { pcode: "UA23", name: "Zaporizhzhia" },
  { pcode: "UA65", name: "Kherson" },
] as const;

/** The remainder of the four oblasts as of one day, and what it would take. */
export interface FourOblastRemainder {
  asOf: string;
  oblasts: { pcode: string; name: string; areaKm2: number; occupiedKm2: number; heldKm2: number }[];
  /** Still held in the four (grey zone counted as held), km². */
  heldKm2: number;
  /** Troops lost per km² taken over the 365 days to `asOf` (General Staff over DeepState). */
  troopsPerKm2: number;
  /** `heldKm2` × `troopsPerKm2`. */
  priceTroops: number;
  /** The whole front's average daily gain over the claim's window (97 days to `asOf`, or ISW's). */
  rate: { km2PerDay: number; from: string; to: string };
  /** `heldKm2` / rate, in days, and the date that gives. */
  daysAtRate: number | null;
  dateAtRate: string | null;
  /** Block bootstrap of the 365 days' daily gains and losses together (settings of
   * {@link BOOTSTRAP}): quantiles of the fall date and of the losses until then. */
  bootstrap: { q: number; date: string | null; troops: number | null }[];
}

/**
 * The four oblasts' still-held remainder as of the end of `asOf`, its price and its time.
 *
 * @example
 * ```ts
 * import { fourOblastRemainder } from "./four_oblast_remainder.ts";
 * import { loadGroupAInputs } from "./inputs.ts";
 * const four = await fourOblastRemainder(await loadGroupAInputs("data"), "data", "2025-12-31");
 * four.heldKm2; four.priceTroops;
 * ```
 */
export async function fourOblastRemainder(
  inputs: GroupAInputs,
  dataDir: string,
  asOf: string,
): Promise<FourOblastRemainder> {
  const oblastRows = await loadOblasts(dataDir);
  const snapshot = occupiedAsOf(inputs.daily, asOf);
  const oblasts = FOUR_OBLASTS.map(({ pcode, name }) => {
    const areaKm2 = oblastByPcode(oblastRows, pcode).area_km2;
    const occupiedKm2 = occupiedInUnit(snapshot.row, pcode);
    // Never below zero: an occupied area a hair over the oblast's (rounding) leaves nothing held.
    const heldKm2 = Math.max(0, roundKm2(areaKm2 - occupiedKm2));
    return { pcode, name, areaKm2, occupiedKm2, heldKm2 };
  });
  const heldKm2 = roundKm2(oblasts.reduce((sum, o) => sum + o.heldKm2, 0));
  const yearAgo = addDays(asOf, -BOOTSTRAP.windowDays);
  const cost = costPerKm2(inputs.personnel, inputs.deepState, yearAgo, asOf);
  const troopsPerKm2 = cost.troopsPerKm2 ?? NaN;
  const window = projectionWindow(asOf);
  const rate = advanceRate(inputs.deepState, window.from, window.to);
  const daysAtRate = rate.km2PerDay > 0 ? Math.ceil(heldKm2 / rate.km2PerDay) : null;
  const simulated = simulateFall({
    gains: dailyGains(inputs.daily, asOf, BOOTSTRAP.windowDays, null),
    costs: dailyLossesBetween(inputs.personnel, yearAgo, asOf).map((d) => d.losses),
    remainingKm2: heldKm2,
    blockLength: BOOTSTRAP.blockLength,
    paths: BOOTSTRAP.paths,
    seed: BOOTSTRAP.seed,
    horizonDays: BOOTSTRAP.horizonDays * 3,
  });
  return {
    asOf,
    oblasts,
    heldKm2,
    troopsPerKm2,
    priceTroops: heldKm2 * troopsPerKm2,
    rate: { km2PerDay: rate.km2PerDay, from: window.from, to: window.to },
    daysAtRate,
    dateAtRate: daysAtRate === null ? null : addDays(asOf, daysAtRate),
    bootstrap: FALL_QUANTILES.map((q) => {
      const day = sortedQuantile(simulated.days, q);
      const troops = sortedQuantile(simulated.costs, q);
      return {
        q,
        date: Number.isFinite(day) ? addDays(asOf, day) : null,
        troops: Number.isFinite(troops) ? troops : null,
      };
    }),
  };
}
