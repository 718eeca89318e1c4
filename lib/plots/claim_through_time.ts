/**
 * One claim's computed value through time against its band: the band as a ribbon, the value as
 * dots coloured by that day's verdict, the article's as-of date marked. Works for numbers and for
 * dates (a projection's date through time).
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import type { SweepRow } from "../sweep/sweep.ts";
import { type Figure, renderPlot } from "./render.ts";
import { utcDay } from "./utc_day.ts";
import { verdictColorScale } from "./verdict_colors.ts";

/** Options of {@link claimThroughTimeFigure}. */
export interface ClaimThroughTimeOptions {
  articleAsOf?: string;
  id?: string;
  title?: string;
  /** Draw the title and a reading line above the figure (default true). */
  heading?: boolean;
  /** The y axis label (default: the rows' unit). */
  label?: string;
}

const asY = (value: number | string) => typeof value === "string" ? utcDay(value) : value;

/**
 * The figure of one claim's sweep rows (gaps and days without a value are left out; an open
 * band edge runs to the edge of the values).
 *
 * @example
 * ```ts
 * import { claimThroughTimeFigure } from "./claim_through_time.ts";
 * import { sweepClaims } from "../sweep/sweep.ts";
 * import { troopsPerKm2 } from "../claims/a/troops_per_km2.ts";
 * const rows = await sweepClaims({ from: "2026-01-01", to: "2026-03-31", dataDir: "data", claims: [troopsPerKm2] });
 * claimThroughTimeFigure(rows, { articleAsOf: "2025-12-31" }).markup;
 * ```
 */
export function claimThroughTimeFigure(
  rows: readonly SweepRow[],
  options: ClaimThroughTimeOptions = {},
): Figure {
  const points = rows.filter((row) => row.value !== null && row.verdict !== "gap");
  if (points.length === 0) throw new Error("claimThroughTimeFigure: no computed value to show");
  const ids = new Set(points.map((row) => row.claimId));
  if (ids.size !== 1) throw new Error("claimThroughTimeFigure: rows of one claim expected");
  const claimId = points[0].claimId;
  const dated = typeof points[0].value === "string";
  const values = points.map((row) => asY(row.value!));
  const lowest = values.reduce((a, b) => (a < b ? a : b));
  const highest = values.reduce((a, b) => (a > b ? a : b));
  const band = points
    .filter((row) => row.bandLow !== null || row.bandHigh !== null)
    .map((row) => ({
      day: utcDay(row.asOf),
      low: row.bandLow === null ? lowest : asY(row.bandLow),
      high: row.bandHigh === null ? highest : asY(row.bandHigh),
    }));
  const dots = points.map((row) => ({
    day: utcDay(row.asOf),
    value: asY(row.value!),
    verdict: row.verdict,
    tip: `as of ${row.asOf}: ${
      typeof row.value === "number" ? row.value.toLocaleString("en-US") : row.value
    } ${row.unit}, ${row.verdict}`.replace(/ +,/, ","),
  }));
  const marks: Plot.Markish[] = [
    Plot.areaY(band, { x: "day", y1: "low", y2: "high", fill: "#f2d675", fillOpacity: 0.5 }),
    Plot.line(dots, { x: "day", y: "value", stroke: "#bbb", strokeWidth: 1 }),
    Plot.dot(dots, { x: "day", y: "value", fill: "verdict", r: 1.6, title: "tip" }),
  ];
  if (options.articleAsOf) {
    marks.push(
      Plot.ruleX([utcDay(options.articleAsOf)], { stroke: "#111", strokeDasharray: "3,2" }),
    );
    marks.push(Plot.text([utcDay(options.articleAsOf)], {
      x: (d: Date) => d,
      frameAnchor: "top",
      text: () => "article's as-of date",
      textAnchor: "start",
      dx: 4,
      dy: 4,
      fontSize: 9,
    }));
  }
  const title = options.title ??
    `${claimId}: the computed value on each as-of day against the band`;
  return renderPlot(
    options.id ?? `${claimId}-through-time`,
    title,
    {
      // A visible title and a line on how to read it, unless the caller draws its own.
      ...(options.heading === false ? {} : {
        title,
        subtitle:
          "Each dot is the value computed as of that day, coloured by that day's verdict; the yellow band is what reproduces the claim.",
      }),
      width: 760,
      height: 300,
      marginLeft: 64,
      x: { type: "utc", label: null },
      y: {
        type: dated ? "utc" : "linear",
        label: options.label ?? (points[0].unit || null),
        grid: true,
      },
      color: verdictColorScale(),
      marks,
    },
  );
}
