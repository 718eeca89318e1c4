/**
 * Claim `peace-plans-28-and-20-points`: "the earlier 28-point plan or the most recent 20-point
 * version".
 *
 * @module
 */
import type { Claim, ClaimCheck, Hedge } from "../claim.ts";
import { bandFor, judge } from "../hedge.ts";
import { factSources, loadFacts } from "../../data/facts.ts";
import { eventInput } from "./event_rows.ts";

const HEDGE: Hedge = { kind: "exact", value: 20, step: 1 };

/**
 * The check: the number of points of the most recent plan made public by the as-of date (the
 * events rows with unit `points`); the earlier plan's count is an alternative judged against 28.
 *
 * @example
 * ```ts
 * import { peacePlans } from "./peace_plans.ts";
 * (await peacePlans.check({ asOf: "2025-12-31", dataDir: "data" })).value; // 20
 * (await peacePlans.check({ asOf: "2025-12-01", dataDir: "data" })).value; // 28
 * ```
 */
export const peacePlans: Claim = {
  id: "peace-plans-28-and-20-points",
  group: "C",
  quote: "the “peace proposals” advanced by president Trump and his squad – whether the earlier " +
    "28-point plan or the most fresh 20-point version",
  plainReading: "The US first put forward a 28-point peace plan; the most recent version has 20 " +
    "points.",
  stated: 20,
  unit: "points",
  hedge: HEDGE,
  articleAsOf: "2025-12-31",
  get sources() {
    return factSources("events", (row) => row.id.startsWith("plan-"));
  },
  notebook: "04-dates-and-diplomacy",
  async check({ asOf, dataDir }): Promise<ClaimCheck> {
    const events = await loadFacts("events", dataDir);
    const plans = events.filter((row) => row.unit === "points" && row.date <= asOf)
      .sort((a, b) => a.date.localeCompare(b.date));
    const latest = plans.at(-1);
    const earliest = plans[0];
    const caps = events.filter((row) => row.id.endsWith("-army-cap") && row.date <= asOf);
    return {
      id: this.id,
      asOf,
      value: latest?.value ?? null,
      unit: "points",
      valueText: latest ? `${latest.value} points (${latest.date})` : "no plan public yet",
      verdict: latest ? judge(HEDGE, latest.value) : "not-checkable",
      band: bandFor(HEDGE),
      method: "The number of points of the most recent plan made public by the as-of date.",
      inputs: [
        ...plans.map((row) => eventInput(row, "points", `${row.value} points, ${row.date}`)),
        ...caps.map((row) => eventInput(row, row.unit, row.value ?? "")),
      ],
      alternatives: earliest && earliest !== latest
        ? [{
          label: `the earlier plan (${earliest.date})`,
          value: earliest.value,
          unit: "points",
          verdict: judge({ kind: "exact", value: 28, step: 1 }, earliest.value),
        }]
        : [],
      notes: [
        "Both counts are of drafts as reported; the 20-point framework was a working document.",
      ],
    };
  },
};
