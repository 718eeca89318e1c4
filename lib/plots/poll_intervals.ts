/**
 * Figure: poll shares with their 95 % intervals, one row per answer, the article's poll and the
 * other polls of the same weeks, with the 50 % line.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { withHeading } from "./heading.ts";
import type { KeyItem } from "./key.ts";
import { type Figure, renderPlot } from "./render.ts";
// The figure draws what the claim's check returns: the row type is the claim's.
import type { PollIntervalRow } from "../claims/d/poll_intervals.ts";
export type { PollIntervalRow };

const COLORS = ["#1f77b4", "#d95f02", "#1b9e77", "#7570b3", "#e7298a", "#666"];

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
  const color = (poll: string) => COLORS[polls.indexOf(poll) % COLORS.length];
  const range = (d: PollIntervalRow) =>
    `${d.sharePct.toFixed(1)} (${d.lowPct.toFixed(1)}–${d.highPct.toFixed(1)})`;
  const title = options.title ??
    "Poll shares with their 95 % Wilson intervals (n = 1,000 where not given)";
  const key: KeyItem[] = [
    ...polls.map((poll): KeyItem => ({ label: poll, swatch: "point", color: color(poll) })),
    { label: "50 %", swatch: "line", color: "#b2182b", dash: "4,3" },
  ];
  const plot: Plot.PlotOptions = {
    width: 760,
    height: 70 + 28 * rows.length,
    marginLeft: 300,
    // Room for the "share (low–high)" labels right of the widest interval.
    marginRight: 110,
    x: { domain: [0, 100], label: "per cent of respondents", grid: true },
    y: { domain: rows.map((r) => r.label), label: null },
    marks: [
      Plot.ruleX([50], { stroke: "#b2182b", strokeDasharray: "4,3" }),
      ...polls.flatMap((poll) => {
        const mine = rows.filter((r) => r.poll === poll);
        return [
          Plot.ruleY(mine, {
            y: "label",
            x1: "lowPct",
            x2: "highPct",
            stroke: color(poll),
            strokeWidth: 2,
            title: (d: PollIntervalRow) =>
              `${d.label}: 95 % interval ${d.lowPct.toFixed(1)} to ` +
              `${d.highPct.toFixed(1)} %`,
          }),
          Plot.dot(mine, {
            y: "label",
            x: "sharePct",
            fill: color(poll),
            r: 4,
            title: (d: PollIntervalRow) => `${d.label} (${d.poll}): ${range(d)} %`,
          }),
        ];
      }),
      Plot.text(rows, {
        y: "label",
        x: "highPct",
        text: range,
        textAnchor: "start",
        dx: 6,
        fontSize: 10,
      }),
    ],
  };
  return renderPlot(
    options.id ?? "poll-intervals",
    title,
    withHeading(plot, {
      title,
      subtitle: "Dot: the share reported; line: its 95 % Wilson interval. Units: per cent of " +
        "respondents.",
      key,
    }),
  );
}
