/**
 * Monthly recruitment averages from the annual (or year-to-date) totals announced by Russian
 * officials (`data/facts/recruitment.csv`), and the General Staff's losses per month beside them.
 *
 * @module
 */
import type { FactRow } from "../../data/facts.ts";
import { daysBetween } from "../../data/dates.ts";
import type { DailyLosses } from "../../data/general_staff.ts";

/**
 * Days in an average month of the Gregorian calendar.
 *
 * @example
 * ```ts
 * import { DAYS_PER_MONTH } from "./recruitment_rates.ts";
 * (357 / DAYS_PER_MONTH).toFixed(2); // "11.73" (1 January to 24 December)
 * ```
 */
export const DAYS_PER_MONTH = 365.2425 / 12;

/** One announcement turned into a monthly rate. */
export interface RecruitmentRate {
  /** The facts row of the contract figure, e.g. `medvedev-2025-contract`. */
  id: string;
  speaker: string;
  year: number;
  statement: string;
  published: string;
  contracts: number;
  /** Volunteers announced with it (same speaker, year, statement), or `null`. */
  volunteers: number | null;
  /** Months the figure covers: 12 for a full year, fewer for a year-to-date figure. */
  months: number;
  contractsPerMonth: number;
  /** Contracts plus volunteers per month, or `null` without a volunteer figure. */
  allPerMonth: number | null;
}

/**
 * The months a figure covers: a whole year if announced after its year, otherwise from 1 January
 * to the day of the announcement.
 *
 * @example
 * ```ts
 * import { monthsCovered } from "./recruitment_rates.ts";
 * monthsCovered(2024, "2025-01-24"); // 12
 * monthsCovered(2025, "2025-12-24").toFixed(2); // "11.73"
 * ```
 */
export function monthsCovered(year: number, published: string): number {
  if (Number(published.slice(0, 4)) > year) return 12;
  return Math.min(12, daysBetween(`${year}-01-01`, published) / DAYS_PER_MONTH);
}

/**
 * Every contract announcement as a monthly rate, paired with the volunteer figure announced by
 * the same speaker for the same year in the same statement.
 *
 * @example
 * ```ts
 * import { recruitmentRates } from "./recruitment_rates.ts";
 * import { loadFacts } from "../../data/facts.ts";
 * const rates = recruitmentRates(await loadFacts("recruitment"));
 * rates.find((r) => r.id === "medvedev-2024-contract")?.contractsPerMonth; // 37500
 * ```
 */
export function recruitmentRates(rows: readonly FactRow<"recruitment">[]): RecruitmentRate[] {
  return rows.filter((row) => row.kind === "contract").map((row) => {
    const volunteer = rows.find((other) =>
      other.kind === "volunteer" && other.speaker === row.speaker && other.year === row.year &&
      other.statement === row.statement
    );
    const months = monthsCovered(row.year, row.published);
    return {
      id: row.id,
      speaker: row.speaker,
      year: row.year,
      statement: row.statement,
      published: row.published,
      contracts: row.count,
      volunteers: volunteer?.count ?? null,
      months,
      contractsPerMonth: row.count / months,
      allPerMonth: volunteer ? (row.count + volunteer.count) / months : null,
    };
  });
}

/**
 * The rate a reader had as of `asOf`: the most recent contract announcement by `speaker`
 * published on or before that day, for the latest year announced. `null` if none.
 *
 * @example
 * ```ts
 * import { latestRate, recruitmentRates } from "./recruitment_rates.ts";
 * import { loadFacts } from "../../data/facts.ts";
 * const rates = recruitmentRates(await loadFacts("recruitment"));
 * latestRate(rates, "Dmitry Medvedev", "2025-12-31")?.id; // "medvedev-2025-interim-contract"
 * ```
 */
export function latestRate(
  rates: readonly RecruitmentRate[],
  speaker: string,
  asOf: string,
): RecruitmentRate | null {
  const known = rates.filter((r) => r.speaker === speaker && r.published <= asOf);
  known.sort((a, b) => a.year - b.year || a.published.localeCompare(b.published));
  return known.at(-1) ?? null;
}

/** Losses of one calendar month. */
export interface MonthlyLosses {
  /** `YYYY-MM`. */
  month: string;
  losses: number;
  /** Days of the month in the series (a month at the edge of the data may be partial). */
  days: number;
}

/**
 * Sums daily General Staff losses by calendar month (the day the losses were counted for).
 *
 * @example
 * ```ts
 * import { lossesPerMonth } from "./recruitment_rates.ts";
 * lossesPerMonth([{ date: "2025-01-01", losses: 1000, reportDate: "2025-01-02" },
 *   { date: "2025-01-02", losses: 1200, reportDate: "2025-01-03" }]);
 * // [{ month: "2025-01", losses: 2200, days: 2 }]
 * ```
 */
export function lossesPerMonth(days: readonly DailyLosses[]): MonthlyLosses[] {
  const byMonth = new Map<string, MonthlyLosses>();
  for (const day of days) {
    const month = day.date.slice(0, 7);
    const entry = byMonth.get(month) ?? { month, losses: 0, days: 0 };
    entry.losses += day.losses;
    entry.days += 1;
    byMonth.set(month, entry);
  }
  return [...byMonth.values()].sort((a, b) => a.month.localeCompare(b.month));
}
