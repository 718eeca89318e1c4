/**
 * Figure: the Russia-to-NATO shell production ratio by source, one bar each, with the band that
 * "nearly four times" covers (3.6 to 4) shaded and what each source counts in its label.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { withHeading } from "./heading.ts";
import type { KeyItem } from "./key.ts";
import { type Figure, renderPlot } from "./render.ts";
// The figure draws what the claim's check returns: the row type is the claim's.
import type { ShellRatioBar } from "../claims/b/shell_bars.ts";
export type { ShellRatioBar };

/** Options of {@link shellsFigure}. */
export interface ShellsFigureOptions {
  id?: string;
  title?: string;
  /** The band that reproduces the claim (default 3.6 to 4). */
  band?: [number, number];
}

/**
 * Builds the figure. Throws on an empty list.
 *
 * @example
 * ```ts
 * import { shellsFigure } from "./shells.ts";
 * shellsFigure([{ source: "NATO SG, 2025", ratio: 4 }, { source: "CNN, 2024", ratio: 2.5 }]);
 * ```
 */
export function shellsFigure(
  bars: readonly ShellRatioBar[],
  options: ShellsFigureOptions = {},
): Figure {
  if (bars.length === 0) throw new Error("shellsFigure: no ratios to show");
  const [low, high] = options.band ?? [3.6, 4];
  const max = Math.max(high, ...bars.map((b) => b.ratio)) * 1.1;
  const title = options.title ??
    "Russian artillery shell production as a multiple of NATO's, by source";
  const band = `the article's "nearly four": ${low} to ${high}`;
  const ratioText = (d: ShellRatioBar) => `${d.ratio.toFixed(2)}×${d.target ? " (target)" : ""}`;
  const key: KeyItem[] = [
    { label: "estimate of output", swatch: "area", color: "#4d4d4d" },
    ...(bars.some((b) => b.target)
      ? [{ label: "target, not output", swatch: "area" as const, color: "#bdbdbd" }]
      : []),
    { label: band, swatch: "area", color: "#c7e9c0", stroke: "#74c476" },
  ];
  const plot: Plot.PlotOptions = {
    width: 760,
    height: 60 + 44 * bars.length,
    marginLeft: 260,
    x: { domain: [0, max], label: "Russia ÷ NATO (shells a year)", grid: true },
    y: { domain: bars.map((b) => b.source), label: null },
    marks: [
      Plot.rect([{ x1: low, x2: high }], {
        x1: "x1",
        x2: "x2",
        fill: "#c7e9c0",
        fillOpacity: 0.8,
        title: () => band,
      }),
      Plot.barX(bars, {
        y: "source",
        x: "ratio",
        fill: (d: ShellRatioBar) => d.target ? "#bdbdbd" : "#4d4d4d",
        insetTop: 8,
        insetBottom: 8,
        title: (d: ShellRatioBar) => `${d.source}: ${ratioText(d)} NATO's shells a year`,
      }),
      Plot.text(bars, {
        y: "source",
        x: "ratio",
        text: ratioText,
        textAnchor: "start",
        dx: 4,
        fontSize: 11,
      }),
      Plot.ruleX([0]),
    ],
  };
  return renderPlot(
    options.id ?? "shell-ratios",
    title,
    withHeading(plot, {
      title,
      subtitle: "Each bar: Russia's yearly shell output divided by NATO's, as one source " +
        "estimates both. Units: multiples (×).",
      key,
    }),
  );
}
