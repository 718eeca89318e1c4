/**
 * Claim `talks-first-in-nearly-3-years`: May 2025 saw "the first direct Russia-Ukraine
 * negotiations in nearly 3 years".
 *
 * @module
 */
import type { CheckWithSeries, Claim, Hedge } from "../claim.ts";
import { withSeries } from "../with_series.ts";
import { loadFacts } from "../../data/facts.ts";
import { bandFor, judge } from "../hedge.ts";
import { notYetCheck } from "../not_yet.ts";
import { durationBetween } from "./durations.ts";
import { eventInput, eventSources, loadEventRows } from "./event_rows.ts";
import { type TimelineSeries, timelineSeries } from "./timeline.ts";

/** The claim's check, with the timeline its figure draws (the talks, US aid, the peace plans). */
export type TalksGapCheck = CheckWithSeries<TimelineSeries>;

const HEDGE: Hedge = { kind: "nearly", value: 3 };
const EVENTS = ["istanbul-talks-2022", "istanbul-talks-2025"];

/**
 * The check: years from the last direct round (Istanbul, 29 March 2022) to the first of 2025
 * (Istanbul, 16 May 2025), days / 365.2425.
 *
 * @example
 * ```ts
 * import { talksGap } from "./talks_gap.ts";
 * const check = await talksGap.check({ asOf: "2025-12-31", dataDir: "data" });
 * check.valueText; // "3.13 years (1,144 days)"
 * check.series.items[1].label; // "3.13 years without direct talks"
 * ```
 */
export const talksGap: Claim<object, TalksGapCheck> = {
  id: "talks-first-in-nearly-3-years",
  group: "C",
  quote: "This mindset was evident in May 2025, during the first direct Russia-Ukraine " +
    "negotiations in nearly 3 years",
  plainReading: "The Istanbul talks of May 2025 were the first direct Russia-Ukraine talks in " +
    "almost three years.",
  stated: 3,
  unit: "years",
  hedge: HEDGE,
  articleAsOf: "2025-12-31",
  get sources() {
    return eventSources(EVENTS);
  },
  notebook: "04-dates-and-diplomacy",
  async check({ asOf, dataDir }): Promise<TalksGapCheck> {
    const [before, after] = await loadEventRows(dataDir, EVENTS);
    const series = timelineSeries(await loadFacts("events", dataDir), asOf);
    if (after.date > asOf) {
      // Re-checked as of a day before the talks of 2025: the claim's event has not happened.
      return withSeries(
        notYetCheck({
          id: this.id,
          asOf,
          unit: "years",
          hedge: HEDGE,
          valueText: "not yet as of this date",
          method: `The talks the claim dates (${after.date}) had not taken place by ${asOf}.`,
          inputs: [eventInput(after)],
        }),
        series,
      );
    }
    const gap = durationBetween(before.date, after.date);
    const days = gap.days as number;
    return withSeries({
      id: this.id,
      asOf,
      value: Number(gap.years.toFixed(3)),
      unit: "years",
      valueText: `${gap.years.toFixed(2)} years (${days.toLocaleString("en-US")} days)`,
      verdict: judge(HEDGE, gap.years),
      band: bandFor(HEDGE),
      method: "Days from the last direct round before 2025 to the first of 2025, over 365.2425.",
      inputs: [eventInput(before), eventInput(after)],
      alternatives: [{
        label: "in whole months",
        value: Number((days / (365.2425 / 12)).toFixed(1)),
        unit: "months",
        verdict: judge({ kind: "nearly", value: 36 }, days / (365.2425 / 12)),
      }],
      notes: [
        'The gap is a little over three years (three years and seven weeks): "nearly" puts it ' +
        'just under, so by the rule for "nearly" the article understates it; "more than 3 ' +
        'years" would have matched.',
      ],
    }, series);
  },
};
