/**
 * Claim `recruits-30-40k-a-month`: "it continues to recruit around 30,000 to 40,000 troops each
 * month".
 *
 * @module
 */
import type { Alternative, CheckWithSeries, Claim, ClaimInput, Hedge } from "../claim.ts";
import { resolveOptions } from "../options.ts";
import { withSeries } from "../with_series.ts";
import { bandFor, judge } from "../hedge.ts";
import { notYetCheck } from "../not_yet.ts";
import { formatNumber } from "../format.ts";
import { factSources, loadFacts } from "../../data/facts.ts";
import { dailyLossesBetween, loadGeneralStaffPersonnel } from "../../data/general_staff.ts";
import {
  latestRate,
  lossesPerMonth,
  type RecruitmentRate,
  recruitmentRates,
} from "./recruitment_rates.ts";
import { type RecruitmentSeries, recruitmentSeries } from "./recruitment_series.ts";

const HEDGE: Hedge = { kind: "range", low: 30000, high: 40000 };
const MAIN_SPEAKER = "Dmitry Medvedev";

/** What an analyst may vary; the defaults are the claim's. */
export interface Recruits30to40kOptions {
  /** Whose announcements give the main figure (default "Dmitry Medvedev"; the facts table also
   * has "Andrei Belousov"). */
  speaker?: string;
  /** The day after which the figure's losses are summed (default: the end of the year before
   * last, so two calendar years up to the as-of date). */
  lossesFrom?: string;
}

/** The claim's check, with the announcements and monthly losses its figure draws. */
export type Recruits30to40kCheck = CheckWithSeries<RecruitmentSeries>;

function describe(rate: RecruitmentRate): string {
  const span = rate.months === 12 ? "12 months" : `${formatNumber(rate.months, 2)} months`;
  return `${rate.speaker}, ${rate.year} (${rate.statement}, published ${rate.published}): ` +
    `${formatNumber(rate.contracts)} contracts / ${span}`;
}

/**
 * The check: the most recent contract total Medvedev had announced by the as-of date, divided by
 * the months it covers; other announcements (volunteers added, Belousov's count, the final count
 * published later, the year before) are alternatives; the General Staff's losses per month of the
 * same year stand beside it as an input.
 *
 * @example
 * ```ts
 * import { recruits30to40k } from "./recruits_30_40k.ts";
 * const check = await recruits30to40k.check({ asOf: "2025-12-31", dataDir: "data" });
 * check.verdict; // "reproduced"
 * check.series.losses.length; // 24 (the months of 2024 and 2025)
 * ```
 */
export const recruits30to40k: Claim<Recruits30to40kOptions, Recruits30to40kCheck> = {
  id: "recruits-30-40k-a-month",
  group: "B",
  quote: "it continues to recruit around 30,000 to 40,000 troops each month",
  plainReading: "Russia recruits about 30,000 to 40,000 soldiers a month.",
  stated: "30,000 to 40,000",
  unit: "recruits/month",
  hedge: HEDGE,
  articleAsOf: "2025-12-31",
  get sources() {
    return factSources("recruitment");
  },
  notebook: "03-force-generation-and-industry",
  async check({ asOf, dataDir, ...options }): Promise<Recruits30to40kCheck> {
    const facts = await loadFacts("recruitment", dataDir);
    const rates = recruitmentRates(facts);
    const variation = resolveOptions(
      { speaker: MAIN_SPEAKER, lossesFrom: `${Number(asOf.slice(0, 4)) - 2}-12-31` },
      options,
    );
    const personnel = await loadGeneralStaffPersonnel(dataDir);
    const series = recruitmentSeries(
      rates,
      dailyLossesBetween(personnel, variation.resolved.lossesFrom, asOf),
      asOf,
    );
    const main = latestRate(rates, variation.resolved.speaker, asOf);
    if (main === null) {
      return withSeries({
        ...notYetCheck({
          id: this.id,
          asOf,
          unit: this.unit,
          hedge: HEDGE,
          valueText: "no announcement published by the as-of date",
          method: "No recruitment total had been announced by the as-of date.",
        }),
        ...variation.fields,
      }, series);
    }
    const value = main.contractsPerMonth;
    const inputs: ClaimInput[] = [
      {
        name: "contracts signed",
        value: main.contracts,
        unit: "people",
        from: `recruitment.csv, ${main.id}`,
      },
      {
        name: "months covered",
        value: Number(main.months.toFixed(3)),
        unit: "months",
        from: "1 January to the announcement",
      },
    ];
    const months = lossesPerMonth(
      dailyLossesBetween(personnel, `${main.year - 1}-12-31`, `${main.year}-12-31`)
        .filter((day) => day.date <= asOf),
    );
    if (months.length > 0) {
      const total = months.reduce((sum, m) => sum + m.losses, 0);
      inputs.push({
        name:
          `General Staff claimed Russian losses per month, ${main.year} (mean of ${months.length} months)`,
        value: Math.round(total / months.length),
        unit: "killed and wounded/month",
        from: "general_staff_personnel.csv, personnel_daily summed by month",
      });
    }
    const alternatives: Alternative[] = [];
    for (const rate of rates) {
      if (rate.id !== main.id) {
        const later = rate.published > asOf ? " (published after the as-of date)" : "";
        alternatives.push({
          label: `${describe(rate)}${later}`,
          value: Math.round(rate.contractsPerMonth),
          unit: this.unit,
          verdict: judge(HEDGE, rate.contractsPerMonth),
        });
      }
      if (rate.allPerMonth !== null) {
        const later = rate.published > asOf ? " (published after the as-of date)" : "";
        alternatives.push({
          label: `${describe(rate)} plus ${formatNumber(rate.volunteers ?? 0)} volunteers${later}`,
          value: Math.round(rate.allPerMonth),
          unit: this.unit,
          verdict: judge(HEDGE, rate.allPerMonth),
        });
      }
    }
    return withSeries({
      id: this.id,
      asOf,
      value: Math.round(value),
      unit: this.unit,
      valueText: `${formatNumber(value)} recruits/month`,
      verdict: judge(HEDGE, value),
      band: bandFor(HEDGE),
      method: `The latest contract total ${main.speaker.split(" ").at(-1)} had announced by the ` +
        "as-of date, divided by " +
        "the months it covers (a whole year, or 1 January to the day of a year-to-date figure).",
      inputs,
      alternatives,
      notes: [
        "Official Russian figures, not independently verified; contracts include re-signings " +
        "and men moved from other forces, so they are an upper bound on new soldiers.",
        "Volunteer formations are counted separately by Medvedev; adding them raises the rate.",
        ...variation.notes,
      ],
      ...variation.fields,
    }, series);
  },
};
