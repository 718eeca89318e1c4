/**
 * Figure: poll shares with their 95 % intervals, one row per answer, the article's poll and the
 * other polls of the same weeks, with the 50 % line.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { type Figure, renderPlot } from "./render.ts";

/** One share with its interval, in per cent. */
export interface PollIntervalRow {
  /** The row label, e.g. "Recognition: unacceptable (NEC)". */
  label: string;
  /** The poll, for the colour. */
  poll: string;
  sharePct: number;
  lowPct: number;
  highPct: number;
}

/** Options of {@link pollIntervalsFigure}. */
export interface PollIntervalsOptions {
  id?: string;
  title?: string;
}

/**
 * Builds the figure. Throws on an empty list or an interval that does not contain its share.
 *
 * @example
 * ```ts
 * import { pollIntervalsFigure } from "./poll_intervals.ts";
 * pollIntervalsFigure([
 *   { label: "would protest", poll: "NEC", sharePct: 51.4, lowPct: 48.3, highPct: 54.5 },
 * ]);
 * ```
 */
export function pollIntervalsFigure(
  rows: readonly PollIntervalRow[],
  options: PollIntervalsOptions = {},
): Figure {
  if (rows.length === 0) throw new Error("pollIntervalsFigure: no shares to show");
  for (const row of rows) {
    if (!(row.lowPct <= row.sharePct && row.sharePct <= row.highPct)) {
      throw new Error(`pollIntervalsFigure: '${row.label}' is outside its interval`);
    }
  }
  const polls = [...new Set(rows.map((r) => r.poll))];
  return renderPlot(
    options.id ?? "poll-intervals",
    options.title ?? "Poll shares with their 95 % Wilson intervals (n = 1,000 where not given)",
    {
      width: 760,
      height: 70 + 28 * rows.length,
      marginLeft: 300,
      // Room for the "share (low–high)" labels right of the widest interval.
      marginRight: 110,
      x: { domain: [0, 100], label: "per cent of respondents", grid: true },
      y: { domain: rows.map((r) => r.label), label: null },
      color: { domain: polls, legend: true },
      marks: [
        Plot.ruleX([50], { stroke: "#b2182b", strokeDasharray: "4,3" }),
        Plot.ruleY(rows, {
          y: "label",
          x1: "lowPct",
          x2: "highPct",
          stroke: "poll",
          strokeWidth: 2,
        }),
        Plot.dot(rows, { y: "label", x: "sharePct", fill: "poll", r: 4 }),
        Plot.text(rows, {
          y: "label",
          x: "highPct",
          text: (d: PollIntervalRow) =>
            `${d.sharePct.toFixed(1)} (${d.lowPct.toFixed(1)}–${d.highPct.toFixed(1)})`,
          textAnchor: "start",
          dx: 6,
          fontSize: 10,
        }),
      ],
    },
  );
}
