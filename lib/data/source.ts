/**
 * The shape of a cited source: what a facts row's source columns give, and what a claim lists
 * among its sources. It lives in `lib/data` because the data name their sources; `lib/claims`
 * re-exports it.
 *
 * @module
 */

/**
 * A source a figure, a facts row or a claim rests on.
 *
 * @example
 * ```ts
 * import type { Source } from "./source.ts";
 * const source: Source = { title: "Accord 17", publisher: "Conciliation Resources", date: "2005", url: "https://www.c-r.org/" };
 * source.date; // "2005"
 * ```
 */
export interface Source {
  title: string;
  publisher: string;
  /** ISO date of publication (or `YYYY-MM` / `YYYY` where no day is known). */
  date: string;
  url: string;
}
