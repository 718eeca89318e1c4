/**
 * Russia-to-NATO artillery shell production ratios from the estimates of
 * `data/facts/shells.csv`, each with what it counts.
 *
 * @module
 */
import type { FactRow } from "../../data/facts.ts";

/** One source's ratio. */
export interface ShellRatio {
  id: string;
  estimateYear: number;
  published: string;
  /** Russian output per year (in the row's units), or `null` for a row with no Russian figure. */
  russiaPerYear: number | null;
  natoPerYear: number;
  /** Russian per year over NATO per year, or `null` without a Russian figure. */
  ratio: number | null;
  russiaCounts: string;
  natoCounts: string;
  publisher: string;
}

/**
 * A yearly rate from an amount made in `months` months.
 *
 * @example
 * ```ts
 * import { perYear } from "./shell_ratios.ts";
 * perYear(250000, 1); // 3000000
 * ```
 */
export function perYear(amount: number, months: number): number {
  if (!(months > 0)) throw new RangeError(`perYear: months must be positive, found ${months}`);
  return (amount * 12) / months;
}

/**
 * The ratio of every estimate (Russian rate over NATO rate, both per year).
 *
 * @example
 * ```ts
 * import { shellRatios } from "./shell_ratios.ts";
 * import { loadFacts } from "../../data/facts.ts";
 * const ratios = shellRatios(await loadFacts("shells"));
 * ratios.find((r) => r.id === "nato-sg-2025")?.ratio; // 4
 * ```
 */
export function shellRatios(rows: readonly FactRow<"shells">[]): ShellRatio[] {
  return rows.map((row) => {
    const russia = row.russia_amount !== null && row.russia_months !== null
      ? perYear(row.russia_amount, row.russia_months)
      : null;
    const nato = perYear(row.nato_amount, row.nato_months);
    return {
      id: row.id,
      estimateYear: row.estimate_year,
      published: row.published,
      russiaPerYear: russia,
      natoPerYear: nato,
      ratio: russia === null ? null : russia / nato,
      russiaCounts: row.russia_counts,
      natoCounts: row.nato_counts,
      publisher: row.publisher,
    };
  });
}
