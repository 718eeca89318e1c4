/**
 * Claim `shells-4x-nato`: "Its yearly artillery shell production reached nearly four times that
 * of NATO countries combined."
 *
 * @module
 */
import type { Alternative, CheckWithSeries, Claim, Hedge } from "../claim.ts";
import { withSeries } from "../with_series.ts";
import { bandFor, judge } from "../hedge.ts";
import { notYetCheck } from "../not_yet.ts";
import { verdictAcrossSources } from "../verdict.ts";
import { formatNumber } from "../format.ts";
import { factSources, loadFacts } from "../../data/facts.ts";
import { shellRatios } from "./shell_ratios.ts";
import { shellBars, type ShellRatioBar } from "./shell_bars.ts";

/** The claim's check, with the bars of its figure (one per estimate out by the as-of date). */
export type Shells4xNatoCheck = CheckWithSeries<{ bars: ShellRatioBar[] }>;

const HEDGE: Hedge = { kind: "nearly", value: 4 };

/**
 * The check: the ratio of the most recent estimate published by the as-of date (NATO's
 * Secretary-General, June 2025, as of the article's date); older estimates are alternatives and
 * count as sources for `contested`. Europe's production target is shown against the most recent
 * Russian count.
 *
 * @example
 * ```ts
 * import { shells4xNato } from "./shells_4x_nato.ts";
 * const check = await shells4xNato.check({ asOf: "2025-12-31", dataDir: "data" });
 * check.value; // 4
 * check.series.bars.length; // 4
 * ```
 */
export const shells4xNato: Claim<object, Shells4xNatoCheck> = {
  id: "shells-4x-nato",
  group: "B",
  quote:
    "Its yearly artillery shell production reached nearly four times that of NATO countries combined.",
  plainReading: "Russia makes close to four times as many artillery shells a year as all NATO " +
    "countries together.",
  stated: 4,
  unit: "× NATO",
  hedge: HEDGE,
  articleAsOf: "2025-12-31",
  get sources() {
    return factSources("shells");
  },
  notebook: "03-force-generation-and-industry",
  async check({ asOf, dataDir }): Promise<Shells4xNatoCheck> {
    const all = shellRatios(await loadFacts("shells", dataDir));
    const series = { bars: shellBars(all, asOf) };
    const ratios = all.filter((r) => r.published <= asOf);
    const estimates = ratios.filter((r) => r.ratio !== null)
      .sort((a, b) => b.published.localeCompare(a.published));
    const main = estimates[0];
    if (!main) {
      return withSeries(
        notYetCheck({
          id: this.id,
          asOf,
          unit: this.unit,
          hedge: HEDGE,
          valueText: "no estimate published by the as-of date",
          method: "No estimate had been published by the as-of date.",
        }),
        series,
      );
    }
    const value = main.ratio as number;
    const alternatives: Alternative[] = estimates.slice(1).map((r) => ({
      label: `${r.publisher}, ${r.published} (${r.estimateYear}): Russia ${
        formatNumber(r.russiaPerYear as number)
      } a year (${r.russiaCounts}) against ${formatNumber(r.natoPerYear)} (${r.natoCounts})`,
      value: Number((r.ratio as number).toFixed(2)),
      unit: this.unit,
      verdict: judge(HEDGE, r.ratio),
    }));
    const latestCount = estimates.find((r) => r.russiaPerYear !== null && r.russiaPerYear > 100);
    for (const target of ratios.filter((r) => r.ratio === null)) {
      if (!latestCount) continue;
      const ratio = (latestCount.russiaPerYear as number) / target.natoPerYear;
      alternatives.push({
        label:
          `Europe at its target of ${
            formatNumber(target.natoPerYear)
          } a year (${target.natoCounts}) ` +
          `against the Russian count of ${latestCount.publisher}, ${latestCount.estimateYear}`,
        value: Number(ratio.toFixed(2)),
        unit: this.unit,
        verdict: judge(HEDGE, ratio),
        note: "a production target, not output",
      });
    }
    const verdicts = [judge(HEDGE, value), ...estimates.slice(1).map((r) => judge(HEDGE, r.ratio))];
    return withSeries({
      id: this.id,
      asOf,
      value: Number(value.toFixed(2)),
      unit: this.unit,
      valueText: `${formatNumber(value, 1)} × NATO`,
      verdict: verdictAcrossSources(verdicts),
      band: bandFor(HEDGE),
      method: "Russian production per year over NATO production per year, from the most recent " +
        "estimate published by the as-of date; the earlier estimates are the other sources.",
      inputs: [
        {
          name: "Russian production",
          value: `${formatNumber(main.russiaPerYear as number)} per year (relative units)`,
          unit: main.russiaCounts,
          from: `shells.csv, ${main.id}`,
        },
        {
          name: "NATO production",
          value: `${formatNumber(main.natoPerYear)} per year (relative units)`,
          unit: main.natoCounts,
          from: `shells.csv, ${main.id}`,
        },
      ],
      alternatives,
      notes: [
        "The estimates count different things: NATO's Secretary-General compares ammunition in " +
        "general; the Bain estimate counts Russian rounds of all calibres including refurbished " +
        "ones against new Western 155 mm rounds; the CNN figure counts NATO intelligence's " +
        "Russian output against what the US and Europe make for Ukraine.",
        "No source publishes both countries' counts audited: every ratio is an estimate.",
      ],
    }, series);
  },
};
