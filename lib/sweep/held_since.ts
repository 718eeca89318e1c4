/**
 * "Held from ... to ...": over which days, since a given date (the article's), a claim's verdict
 * of that date held, in one line a reader can take in.
 *
 * @module
 */
import type { SweepRow } from "./sweep.ts";
import { verdictHistories, type VerdictRun } from "./verdict_runs.ts";

/** A claim's verdict of one day and the runs over which it held since. */
export interface HeldSince {
  claimId: string;
  since: string;
  /** The verdict on `since` (the first row on or after it). */
  verdict: SweepRow["verdict"];
  /** The runs of that verdict from `since` on. */
  runs: VerdictRun[];
  daysHeld: number;
  /** Days swept from `since` on. */
  days: number;
  /** e.g. "reproduced held from 2025-12-31 to 2026-03-28 (88 of 184 days to 2026-07-02)". */
  text: string;
}

/**
 * The runs of the verdict a claim had on `since`, from `since` to the end of the rows.
 * Throws when the rows have no day of that claim on or after `since`.
 *
 * @example
 * ```ts
 * import { heldSince } from "./held_since.ts";
 * import { sweepClaims } from "./sweep.ts";
 * const rows = await sweepClaims({ from: "2025-12-31", to: "2026-06-30", dataDir: "data" });
 * heldSince(rows, "troops-per-km2-2025", "2025-12-31").text;
 * ```
 */
export function heldSince(rows: readonly SweepRow[], claimId: string, since: string): HeldSince {
  const own = rows.filter((row) => row.claimId === claimId && row.asOf >= since);
  if (own.length === 0) {
    throw new Error(`heldSince: no sweep row of '${claimId}' on or after ${since}`);
  }
  const [history] = verdictHistories(own);
  const verdict = own[0].verdict;
  const runs = history.runs.filter((run) => run.verdict === verdict);
  const daysHeld = runs.reduce((sum, run) => sum + run.days, 0);
  const last = own.at(-1)!.asOf;
  const spans = runs.map((run) =>
    run.from === run.to ? `on ${run.from}` : `from ${run.from} to ${run.to}`
  );
  const listed = spans.length <= 3
    ? spans.join(", ")
    : `${spans.slice(0, 3).join(", ")} and ${spans.length - 3} more spell${
      spans.length - 3 === 1 ? "" : "s"
    }`;
  const text = daysHeld === own.length
    ? `${verdict} on every day from ${own[0].asOf} to ${last} (${own.length} days)`
    : `${verdict} held ${listed} (${daysHeld} of ${own.length} days to ${last})`;
  return { claimId, since: own[0].asOf, verdict, runs, daysHeld, days: own.length, text };
}
