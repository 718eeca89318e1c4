/**
 * The shape of a claim and of its check. Every claim of the article is one {@link Claim}: the
 * words as printed, what they state, and a function that computes the figure from `data/` as of
 * any date and judges it.
 *
 * @module
 */
import type { Source } from "../data/source.ts";

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

/** A source the claim or its check rests on (defined with the data, which name their sources). */
export type { Source };

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
  /** What the series behind it counts (e.g. "killed and wounded"), when another source. */
  counts?: string;
  /** The value's interval (same unit), e.g. from a source's 95 % bounds; `text` says which. */
  interval?: { low: number; high: number; text: string };
  /** The sources of this alternative, when they are not the claim's own. */
  sources?: Source[];
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
  /** The method's options in force (each default filled in), for a claim that takes any. */
  options?: Record<string, unknown>;
  /** `false` when the check ran with other options than the claim's defaults: an analyst's
   * variation, which committed notebook outputs are not compared against. Absent or `true`: the
   * claim's own method. */
  defaultOptions?: boolean;
  /** What the claim's figures draw (series, variants), from the same computation as the verdict,
   * so that a figure cannot disagree with it. Attached by `withSeries` (`with_series.ts`) as a
   * non-enumerable property: the claim's record and its JSON leave it out. */
  series?: unknown;
  /** One line: whether estimates independent of the article's sources agree with the verdict. */
  independentAgreement?: string;
}

/** A check whose figures draw `series` (see {@link ClaimCheck.series}). */
export type CheckWithSeries<Series> = ClaimCheck & { series: Series };

/** What every check takes: the as-of date (end of that day, UTC) and the data folder. */
export interface CheckOptions {
  asOf: string;
  dataDir: string;
}

/**
 * One claim of the article. `Options` are the method's own options (windows, sources), each
 * optional with the claim's default; `Check` is what its check returns (with the series of its
 * figures, for a claim that has figures).
 */
export interface Claim<Options extends object = object, Check extends ClaimCheck = ClaimCheck> {
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
  /** Computes and judges the claim from the data in `dataDir` as of the end of `asOf`, with the
   * method's `Options` (defaults for those not given). */
  check(options: CheckOptions & Options): Promise<Check>;
}
