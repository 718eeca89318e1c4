/**
 * What the poll figure draws, returned by the "unacceptable" poll claims: every poll share
 * published by the as-of date with its 95 % Wilson interval, from `data/facts/polls.csv`.
 *
 * @module
 */
import { pollShares } from "./poll_shares.ts";
import type { FactRow } from "../../data/facts.ts";

/** One share with its interval, labelled for the figure. */
export interface PollIntervalRow {
  /** The row label, e.g. "recognition: unacceptable (NEC)". */
  label: string;
  /** The poll's name, for the colour. */
  poll: string;
  sharePct: number;
  lowPct: number;
  highPct: number;
}

const POLL_NAMES: Record<string, string> = {
  "nec-info-sapiens-2025": "New Europe Center / Info Sapiens, Nov 2025",
  "dif-razumkov-2025-12": "Democratic Initiatives / Razumkov, Dec 2025",
  "kiis-2025-12": "KIIS, Nov-Dec 2025",
};

/** The answers left out of the figure (the rest of a question's respondents). */
const LEFT_OUT = new Set(["would not", "undecided"]);

/**
 * One row per share published by `asOf` ("would not" and "undecided" left out), labelled by
 * question, answer and pollster.
 *
 * @example
 * ```ts
 * import { pollIntervals } from "./poll_intervals.ts";
 * import { loadFacts } from "../../data/facts.ts";
 * const rows = pollIntervals(await loadFacts("polls", "data"), "2025-12-31");
 * rows.every((row) => row.lowPct <= row.sharePct && row.sharePct <= row.highPct); // true
 * ```
 */
export function pollIntervals(
  rows: readonly FactRow<"polls">[],
  asOf: string,
): PollIntervalRow[] {
  return pollShares(rows.filter((row) => row.published <= asOf))
    .filter((share) => !LEFT_OUT.has(share.answer))
    .map((share) => ({
      label: `${share.question}: ${share.answer} (${share.poll.split("-")[0].toUpperCase()})`,
      poll: POLL_NAMES[share.poll] ?? share.poll,
      sharePct: share.sharePct,
      lowPct: share.lowPct,
      highPct: share.highPct,
    }));
}
