/**
 * The shape of a claim and of its check. Every claim of the article is one {@link Claim}: the
 * words as printed, what they state, and a function that computes the figure from `data/` as of
 * any date and judges it.
 *
 * @module
 */

/** The fixed set of verdicts (see docs/claims.md#verdicts). */
export const VERDICTS = [
  "reproduced",
  "understated",
  "overstated",
  "contested",
  "not-checkable",
] as const;

/** One verdict: `reproduced` inside the band, `understated` when the data give more than the
 * band, `overstated` when less, `contested` when credible sources fall on both sides,
 * `not-checkable` when no data can decide. */
export type Verdict = typeof VERDICTS[number];

/** The hedge word of a claim, which sets the band that counts as a match. */
export type Hedge =
  /** "about X", "around X": within 5 % of X. */
  | { kind: "about"; value: number }
  /** "nearly X", "close to X": from 90 % of X up to X. */
  | { kind: "nearly"; value: number }
  /** "more than X", "exceeding X": above X. */
  | { kind: "more-than"; value: number }
  /** "A to B": from A to B. */
  | { kind: "range"; low: number; high: number }
  /** "frequently exceeding X" of a daily series: X exceeded on at least half the days. */
  | { kind: "frequently-exceeding"; value: number }
  /** "by <month> <year>" of a projection: the date falls in that month, give or take one. */
  | { kind: "by-month"; month: string }
  /** An exact figure, equal after the article's own rounding to `step` (1 for whole numbers,
   * 0.1 for one decimal). */
  | { kind: "exact"; value: number; step: number }
  /** An exact date (ISO `YYYY-MM-DD`, `YYYY-MM` or `YYYY`), equal at that precision. */
  | { kind: "exact-date"; date: string }
  /** Nothing in the data can decide it. */
  | { kind: "none"; reason: string };

/** The band of computed values that reproduces a claim. Dates are compared as ISO strings. */
export interface Band {
  low: number | string | null;
  high: number | string | null;
  lowInclusive: boolean;
  highInclusive: boolean;
  /** The band in words, e.g. "399,000 to 441,000 (within 5 % of 420,000)". */
  text: string;
}

/** A source the claim or its check rests on. */
export interface Source {
  title: string;
  publisher: string;
  /** ISO date of publication (or `YYYY-MM` / `YYYY` where no day is known). */
  date: string;
  url: string;
}

/** One input a computation used, shown beside the value so a reader can redo the arithmetic. */
export interface ClaimInput {
  name: string;
  value: number | string;
  unit: string;
  /** Where it comes from: a derived file and row, or a facts table row. */
  from: string;
}

/** The same claim computed another way (grey zone in or out, another source, another window). */
export interface Alternative {
  label: string;
  value: number | string | null;
  unit: string;
  verdict: Verdict;
  note?: string;
}

/** What checking a claim gives. */
export interface ClaimCheck {
  id: string;
  /** The as-of date used (end of that day, UTC). */
  asOf: string;
  /** The computed value (a number, or an ISO date for date claims); `null` if not checkable. */
  value: number | string | null;
  unit: string;
  /** The value as a reader should see it, e.g. "95.1 troops/km²". */
  valueText: string;
  verdict: Verdict;
  band: Band | null;
  /** The method in one sentence. */
  method: string;
  inputs: ClaimInput[];
  alternatives: Alternative[];
  /** Anything a reader must know: date conventions, stand-ins, caveats. */
  notes: string[];
}

/** One claim of the article. */
export interface Claim {
  /** The id in docs/claims.md (its section anchor), e.g. `troops-per-km2-2025`. */
  id: string;
  /** docs/claims.md group: A cost of the advance, B force generation and industry, C dates,
   * D public opinion, E the Karabakh precedent. */
  group: "A" | "B" | "C" | "D" | "E";
  /** The words as printed in the article (machine-altered wording kept). */
  quote: string;
  /** The plain reading of the quote. */
  plainReading: string;
  /** The figure the article states, as printed (number or ISO date). */
  stated: number | string | null;
  unit: string;
  hedge: Hedge;
  /** The article's as-of date for this claim (default 2025-12-31). */
  articleAsOf: string;
  sources: Source[];
  /** The notebook that tells this claim's story, e.g. `01-cost-of-the-advance`. */
  notebook: string;
  /** Computes and judges the claim from the data in `dataDir` as of the end of `asOf`. */
  check(options: { asOf: string; dataDir: string }): Promise<ClaimCheck>;
}
