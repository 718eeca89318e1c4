/**
 * Claim `azerbaijan-one-in-eight-displaced`: "1 in 8 of its population was displaced."
 *
 * @module
 */
import type { Alternative, Claim, ClaimCheck, Hedge } from "../claim.ts";
import { bandFor, judge } from "../hedge.ts";
import { formatNumber } from "../format.ts";
import { factSources, loadFacts, rowBy } from "../../data/facts.ts";
import { oneInN } from "./azerbaijan_areas.ts";

/** "1 in 8" after rounding N to a whole number: N from 7.5 to 8.5, i.e. a share of 100/8.5 to
 * 100/7.5 per cent. */
const HEDGE: Hedge = { kind: "range", low: 100 / 8.5, high: 100 / 7.5 };

/**
 * The check: the official count of refugees and displaced (about one million) over the
 * mid-1994 population, as a share judged against "1 in 8" (N from 7.5 to 8.5); the UNHCR and
 * independent counts are alternatives.
 *
 * @example
 * ```ts
 * import { oneInEight } from "./one_in_eight.ts";
 * const check = await oneInEight.check({ asOf: "2025-12-31", dataDir: "data" });
 * check.valueText; // "1 in 7.7 (13.0 %)"
 * ```
 */
export const oneInEight: Claim = {
  id: "azerbaijan-one-in-eight-displaced",
  group: "E",
  quote: "1 in 8 of its population was displaced.",
  plainReading: "One Azerbaijani in eight had been driven from home (refugees and internally " +
    "displaced).",
  stated: "1 in 8",
  unit: "of the population",
  hedge: HEDGE,
  articleAsOf: "2025-12-31",
  get sources() {
    return factSources("karabakh", (row) => row.unit === "people");
  },
  notebook: "06-karabakh-precedent",
  async check({ asOf, dataDir }): Promise<ClaimCheck> {
    const figures = await loadFacts("karabakh", dataDir);
    const value = (id: string) => rowBy(figures, "id", id, "karabakh.csv").value;
    const population = value("population-1994");
    const n0 = (id: string) => formatNumber(value(id));
    const counts: { label: string; displaced: number; note?: string }[] = [
      {
        label: `UNHCR Baku, March 1994 (${n0("unhcr-1994-idps")} displaced + ${
          n0("unhcr-1994-refugees")
        } refugees)`,
        displaced: value("unhcr-1994-idps") + value("unhcr-1994-refugees"),
        note: "government statistics relayed by UNHCR",
      },
      {
        label: `independent count (about ${n0("independent-displaced-idps")} displaced + ${
          n0("independent-displaced-refugees")
        } from Armenia)`,
        displaced: value("independent-displaced-idps") + value("independent-displaced-refugees"),
      },
      {
        label: `official internally displaced only (${n0("official-idps")})`,
        displaced: value("official-idps"),
      },
    ];
    const displaced = value("official-displaced");
    const n = oneInN(population, displaced);
    const share = 100 / n;
    const otherNs = counts.map((c) => oneInN(population, c.displaced));
    const alternatives: Alternative[] = counts.map((c) => {
      const altN = oneInN(population, c.displaced);
      return {
        label: `${c.label}: 1 in ${formatNumber(altN, 1)}`,
        value: Number((100 / altN).toFixed(2)),
        unit: "%",
        verdict: judge(HEDGE, 100 / altN),
        ...(c.note ? { note: c.note } : {}),
      };
    });
    return {
      id: this.id,
      asOf,
      value: Number(share.toFixed(2)),
      unit: "%",
      valueText: `1 in ${formatNumber(n, 1)} (${formatNumber(share, 1)} %)`,
      verdict: judge(HEDGE, share),
      band: bandFor(HEDGE),
      method: "The official count of refugees and internally displaced over the mid-1994 " +
        'population; "1 in 8" matches any N that rounds to 8.',
      inputs: [
        {
          name: "refugees and displaced (official)",
          value: displaced,
          unit: "people",
          from: "karabakh.csv, official-displaced",
        },
        {
          name: "population, mid-1994",
          value: population,
          unit: "people",
          from: "karabakh.csv, population-1994",
        },
      ],
      alternatives,
      notes: [
        `The official count adds refugees from Armenia (about ${n0("official-refugees")}) to ` +
        `people displaced inside Azerbaijan (about ${n0("official-idps")}); the other counts ` +
        `are lower, giving 1 in ${formatNumber(Math.min(...otherNs), 1)} to 1 in ${
          formatNumber(Math.max(...otherNs), 1)
        }.`,
      ],
    };
  },
};
