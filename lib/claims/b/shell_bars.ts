/**
 * What the shells figure draws, returned by the claim `shells-4x-nato`: Russia's shell output
 * against NATO's, one bar per estimate published by the as-of date.
 *
 * @module
 */
import type { ShellRatio } from "./shell_ratios.ts";

/** One bar: who made the estimate and when, the ratio, and whether it is a target. */
export interface ShellRatioBar {
  /** Short label on the axis, e.g. "NATO Secretary-General, 2025-06". */
  source: string;
  ratio: number;
  /** Whether it is a target rather than an estimate of output. */
  target?: boolean;
}

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
 * import { shellBars } from "./shell_bars.ts";
 * import { shellRatios } from "./shell_ratios.ts";
 * import { loadFacts } from "../../data/facts.ts";
 * const bars = shellBars(shellRatios(await loadFacts("shells", "data")), "2025-12-31");
 * bars.some((bar) => bar.target); // true (the EU's target)
 * ```
 */
export function shellBars(all: readonly ShellRatio[], asOf: string): ShellRatioBar[] {
  const ratios = all.filter((ratio) => ratio.published <= asOf);
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
