/**
 * The bars of the shells figure: Russia's shell output against NATO's, one bar per estimate
 * published by the as-of date, from `data/facts/shells.csv`.
 *
 * @module
 */
import { shellRatios } from "../claims/b/shell_ratios.ts";
import type { FactRow } from "../data/facts.ts";
import type { ShellRatioBar } from "./shells.ts";

// Short names of who made each estimate (the claim's sources give the publishers).
const ESTIMATORS: Record<string, string> = {
  "nato-sg-2025": "NATO Secretary-General",
  "bain-2024": "Bain & Company (via Sky News)",
  "cnn-nato-2024": "NATO intelligence (via CNN)",
};

/**
 * One bar per estimate published by `asOf`, labelled with who made it and when; a NATO target
 * without a Russian counterpart is set against Bain's Russian count and marked as a target (left
 * out when Bain's estimate is not out by `asOf`).
 *
 * @example
 * ```ts
 * import { shellsData } from "./shells_data.ts";
 * import { loadFacts } from "../data/facts.ts";
 * const bars = shellsData(await loadFacts("shells", "data"), "2025-12-31");
 * bars.some((bar) => bar.target); // true (the EU's target)
 * ```
 */
export function shellsData(rows: readonly FactRow<"shells">[], asOf: string): ShellRatioBar[] {
  const ratios = shellRatios(rows).filter((ratio) => ratio.published <= asOf);
  const bainRussia = ratios.find((ratio) => ratio.id === "bain-2024")?.russiaPerYear ?? null;
  return ratios.flatMap((ratio): ShellRatioBar[] => {
    const who = `${ESTIMATORS[ratio.id] ?? ratio.publisher}, ${ratio.published.slice(0, 7)}`;
    if (ratio.ratio !== null) return [{ source: who, ratio: ratio.ratio }];
    return bainRussia === null ? [] : [{
      source: "EU target vs Bain's Russian count",
      ratio: bainRussia / ratio.natoPerYear,
      target: true,
    }];
  });
}
