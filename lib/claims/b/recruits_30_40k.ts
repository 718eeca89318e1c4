/**
 * Claim `recruits-30-40k-a-month`: "it continues to recruit around 30,000 to 40,000 troops each
 * month".
 *
 * @module
 */
import type { Alternative, Claim, ClaimCheck, ClaimInput, Hedge } from "../claim.ts";
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

const HEDGE: Hedge = { kind: "range", low: 30000, high: 40000 };
const MAIN_SPEAKER = "Dmitry Medvedev";

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
 * ```
 */
export const recruits30to40k: Claim = {
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
  async check({ asOf, dataDir }): Promise<ClaimCheck> {
    const facts = await loadFacts("recruitment", dataDir);
    const rates = recruitmentRates(facts);
    const main = latestRate(rates, MAIN_SPEAKER, asOf);
    if (main === null) {
      return notYetCheck({
        id: this.id,
        asOf,
        unit: this.unit,
        hedge: HEDGE,
        valueText: "no announcement published by the as-of date",
        method: "No recruitment total had been announced by the as-of date.",
      });
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
    const personnel = await loadGeneralStaffPersonnel(dataDir);
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
    return {
      id: this.id,
      asOf,
      value: Math.round(value),
      unit: this.unit,
      valueText: `${formatNumber(value)} recruits/month`,
      verdict: judge(HEDGE, value),
      band: bandFor(HEDGE),
      method: "The latest contract total Medvedev had announced by the as-of date, divided by " +
        "the months it covers (a whole year, or 1 January to the day of a year-to-date figure).",
      inputs,
      alternatives,
      notes: [
        "Official Russian figures, not independently verified; contracts include re-signings " +
        "and men moved from other forces, so they are an upper bound on new soldiers.",
        "Volunteer formations are counted separately by Medvedev; adding them raises the rate.",
      ],
    };
  },
};
