/**
 * Poll shares of `data/facts/polls.csv` with their 95 % Wilson score intervals.
 *
 * @module
 */
import type { FactRow } from "../../data/facts.ts";
import { wilsonInterval } from "../../stats/wilson.ts";

/**
 * The sample size assumed where a report gives none (the article's poll: 1,000).
 *
 * @example
 * ```ts
 * import { DEFAULT_SAMPLE } from "./poll_shares.ts";
 * DEFAULT_SAMPLE; // 1000
 * ```
 */
export const DEFAULT_SAMPLE = 1000;

/** One answer's share with its interval, all in per cent. */
export interface PollShare {
  poll: string;
  question: string;
  answer: string;
  sharePct: number;
  n: number;
  /** Whether `n` was given by the source (`false`: {@link DEFAULT_SAMPLE} assumed). */
  nGiven: boolean;
  lowPct: number;
  highPct: number;
  fieldwork: string;
  publisher: string;
}

/**
 * The share of one row with its 95 % Wilson interval.
 *
 * @example
 * ```ts
 * import { pollShare } from "./poll_shares.ts";
 * const row = { poll: "p", question: "protest", answer: "would protest", share_pct: 51.4, n: 1000,
 *   fieldwork_start: "2025-11-05", fieldwork_end: "2025-11-26", publisher: "X" };
 * pollShare(row).lowPct.toFixed(1); // "48.3"
 * ```
 */
export function pollShare(
  row: Pick<
    FactRow<"polls">,
    | "poll"
    | "question"
    | "answer"
    | "share_pct"
    | "n"
    | "fieldwork_start"
    | "fieldwork_end"
    | "publisher"
  >,
): PollShare {
  const n = row.n ?? DEFAULT_SAMPLE;
  const { low, high } = wilsonInterval(row.share_pct / 100, n);
  return {
    poll: row.poll,
    question: row.question,
    answer: row.answer,
    sharePct: row.share_pct,
    n,
    nGiven: row.n !== null,
    lowPct: low * 100,
    highPct: high * 100,
    fieldwork: `${row.fieldwork_start} to ${row.fieldwork_end}`,
    publisher: row.publisher,
  };
}

/**
 * Every row of the polls table as a share with its interval.
 *
 * @example
 * ```ts
 * import { pollShares } from "./poll_shares.ts";
 * import { loadFacts } from "../../data/facts.ts";
 * const shares = pollShares(await loadFacts("polls"));
 * shares.length > 0; // true
 * ```
 */
export function pollShares(rows: readonly FactRow<"polls">[]): PollShare[] {
  return rows.map(pollShare);
}

/**
 * The share of `answer` among those who answered either way (undecided left out).
 *
 * @example
 * ```ts
 * import { shareOfDecided } from "./poll_shares.ts";
 * shareOfDecided(51.4, 44.3).toFixed(1); // "53.7"
 * ```
 */
export function shareOfDecided(yesPct: number, noPct: number): number {
  return (100 * yesPct) / (yesPct + noPct);
}
