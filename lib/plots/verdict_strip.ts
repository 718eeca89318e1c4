/**
 * Verdicts through time as strips: one row per claim, coloured by the verdict of each as-of day
 * (drawn as runs of days, so a strip of a year is a few rectangles), the article's date marked.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import type { SweepRow } from "../sweep/sweep.ts";
import { verdictHistories } from "../sweep/verdict_runs.ts";
import { addDays } from "../data/dates.ts";
import { type Figure, renderPlot } from "./render.ts";
import { utcDay } from "./utc_day.ts";
import { verdictColorScale } from "./verdict_colors.ts";

/** Options of {@link verdictStripFigure}. */
export interface VerdictStripOptions {
  /** The article's as-of date, marked with a rule. */
  articleAsOf?: string;
  id?: string;
  title?: string;
  /** Draw the title and a reading line above the figure (default true). */
  heading?: boolean;
  width?: number;
  /** Height of one claim's strip, px (default 14). */
  rowHeight?: number;
  /** Show the verdict legend (default true). */
  legend?: boolean;
}

/**
 * The strips of the claims in `rows` (sweep rows, any number of claims), in their order.
 *
 * @example
 * ```ts
 * import { verdictStripFigure } from "./verdict_strip.ts";
 * import { sweepClaims } from "../sweep/sweep.ts";
 * const rows = await sweepClaims({ from: "2026-01-01", to: "2026-03-31", dataDir: "data" });
 * verdictStripFigure(rows, { articleAsOf: "2025-12-31" }).markup;
 * ```
 */
export function verdictStripFigure(
  rows: readonly SweepRow[],
  options: VerdictStripOptions = {},
): Figure {
  const histories = verdictHistories(rows);
  if (histories.length === 0) throw new Error("verdictStripFigure: no sweep rows to show");
  const runs = histories.flatMap((history) =>
    history.runs.map((run) => ({
      claim: history.claimId,
      verdict: run.verdict,
      from: utcDay(run.from),
      // A run covers its last day whole: up to the start of the next.
      to: utcDay(addDays(run.to, 1)),
      text: `${history.claimId}: ${run.verdict} from ${run.from} to ${run.to}`,
    }))
  );
  const rowHeight = options.rowHeight ?? 14;
  const single = histories.length === 1;
  const legend = options.legend ?? true;
  const marks: Plot.Markish[] = [
    Plot.rectX(runs, {
      x1: "from",
      x2: "to",
      y: "claim",
      fill: "verdict",
      title: "text",
      inset: 0.5,
    }),
  ];
  if (options.articleAsOf) {
    marks.push(Plot.ruleX([utcDay(options.articleAsOf)], { stroke: "#111", strokeWidth: 1.5 }));
  }
  // The frame holds the strips exactly; the margins hold the date axis (and the claim names).
  const marginTop = single ? 4 : 10;
  const marginBottom = 24;
  const title = options.title ?? "Each claim's verdict on each as-of day";
  return renderPlot(
    options.id ?? "verdict-strip",
    title,
    {
      // A visible title and a line on how to read it, unless the caller draws its own.
      ...(options.heading === false ? {} : {
        title,
        subtitle:
          "One row per claim, coloured by its verdict as of each day; the black rule is the article's as-of date.",
      }),
      width: options.width ?? 760,
      height: histories.length * rowHeight + marginTop + marginBottom,
      marginLeft: single ? 8 : 220,
      marginTop,
      marginBottom,
      x: { type: "utc", label: null },
      y: { label: null, domain: histories.map((h) => h.claimId), axis: single ? null : "left" },
      color: { ...verdictColorScale(), legend },
      marks,
    },
  );
}
