/**
 * Verdicts through time: the runs of consecutive days over which one verdict held, and each
 * verdict's share of the days.
 *
 * @module
 */
import type { SweepRow } from "./sweep.ts";

/** Consecutive days with one verdict (a gap is a verdict here: `gap`). */
export interface VerdictRun {
  verdict: SweepRow["verdict"];
  from: string;
  to: string;
  days: number;
}

/** One claim's verdicts through a sweep. */
export interface ClaimVerdictHistory {
  claimId: string;
  days: number;
  /** Share of the days (0 to 1) per verdict that occurs, in order of first appearance. */
  shares: { verdict: SweepRow["verdict"]; days: number; share: number }[];
  runs: VerdictRun[];
}

/**
 * Each claim's verdict runs and shares, in the order the claims first appear in `rows` (rows of
 * one claim must be in date order, as the sweep writes them).
 *
 * @example
 * ```ts
 * import { verdictHistories } from "./verdict_runs.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const row = { claimId: "x", value: 1, unit: "", bandLow: null, bandHigh: null,
 *   alternativesLow: null, alternativesHigh: null, standIns: [] as string[], gap: null };
 * const runs = verdictHistories([
 *   { ...row, asOf: "2026-01-01", verdict: "reproduced" },
 *   { ...row, asOf: "2026-01-02", verdict: "reproduced" },
 * ])[0].runs;
 * assertEquals(runs, [{ verdict: "reproduced", from: "2026-01-01", to: "2026-01-02", days: 2 }]);
 * ```
 */
export function verdictHistories(rows: readonly SweepRow[]): ClaimVerdictHistory[] {
  const byClaim = new Map<string, SweepRow[]>();
  for (const row of rows) {
    const list = byClaim.get(row.claimId) ?? [];
    list.push(row);
    byClaim.set(row.claimId, list);
  }
  return [...byClaim].map(([claimId, list]) => {
    const runs: VerdictRun[] = [];
    const counts = new Map<SweepRow["verdict"], number>();
    for (const row of list) {
      counts.set(row.verdict, (counts.get(row.verdict) ?? 0) + 1);
      const last = runs.at(-1);
      if (last && last.verdict === row.verdict) {
        last.to = row.asOf;
        last.days++;
      } else {
        runs.push({ verdict: row.verdict, from: row.asOf, to: row.asOf, days: 1 });
      }
    }
    return {
      claimId,
      days: list.length,
      shares: [...counts].map(([verdict, days]) => ({ verdict, days, share: days / list.length })),
      runs,
    };
  });
}

function rangesText(runs: readonly VerdictRun[], limit: number): string {
  const texts = runs.map((run) => run.from === run.to ? run.from : `${run.from} to ${run.to}`);
  return texts.length <= limit
    ? texts.join(", ")
    : `${texts.slice(0, limit).join(", ")} and ${texts.length - limit} more`;
}

/**
 * The terminal summary: per claim, each verdict's share of the days and the date ranges over
 * which it held (at most `limit` ranges per verdict are listed).
 *
 * @example
 * ```ts
 * import { formatSweepSummary } from "./verdict_runs.ts";
 * formatSweepSummary([]); // ""
 * ```
 */
export function formatSweepSummary(rows: readonly SweepRow[], limit = 4): string {
  return verdictHistories(rows).map((history) => {
    const lines = [`${history.claimId} (${history.days} days)`];
    for (const { verdict, days, share } of history.shares) {
      const runs = history.runs.filter((run) => run.verdict === verdict);
      lines.push(
        `  ${verdict.padEnd(14)} ${(share * 100).toFixed(1).padStart(5)} % (${days} days): ${
          rangesText(runs, limit)
        }`,
      );
    }
    return lines.join("\n") + "\n";
  }).join("");
}
