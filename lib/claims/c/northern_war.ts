/**
 * Claim `northern-war-21-years`: Medinsky's "We fought with Sweden for 21 years".
 *
 * @module
 */
import type { Claim, ClaimCheck, Hedge } from "../claim.ts";
import { bandFor, judge } from "../hedge.ts";
import { durationBetween } from "./durations.ts";
import { eventInput, eventSources, loadEventRows } from "./event_rows.ts";

const HEDGE: Hedge = { kind: "exact", value: 21, step: 1 };
const EVENTS = ["great-northern-war-start", "great-northern-war-end", "medinsky-northern-war"];

/**
 * The check: the calendar years of the Great Northern War (1721 − 1700), as the quote counts
 * them.
 *
 * @example
 * ```ts
 * import { northernWar } from "./northern_war.ts";
 * (await northernWar.check({ asOf: "2025-12-31", dataDir: "data" })).value; // 21
 * ```
 */
export const northernWar: Claim = {
  id: "northern-war-21-years",
  group: "C",
  quote: "Kremlin negotiator Vladimir Medinsky invoked the 18th century Northern War: “We " +
    "fought with Sweden for 21 years. How long are you ready to fight?”",
  plainReading: "The Great Northern War between Russia and Sweden lasted 21 years.",
  stated: 21,
  unit: "years",
  hedge: HEDGE,
  articleAsOf: "2025-12-31",
  get sources() {
    return eventSources(EVENTS);
  },
  notebook: "04-dates-and-diplomacy",
  async check({ asOf, dataDir }): Promise<ClaimCheck> {
    const [start, end, quote] = await loadEventRows(dataDir, EVENTS);
    const war = durationBetween(start.date, end.date);
    return {
      id: this.id,
      asOf,
      value: war.calendarYears,
      unit: "years",
      valueText: `${war.calendarYears} years (${start.date} to ${end.date})`,
      verdict: judge(HEDGE, war.calendarYears),
      band: bandFor(HEDGE),
      method: "The year the war ended minus the year it began.",
      inputs: [
        eventInput(start, "year"),
        eventInput(end, "year"),
        eventInput(quote, "years", quote.value ?? "", "the figure Medinsky gave"),
      ],
      alternatives: [],
      notes: [
        "The dates are kept to the year; from February 1700 to September 1721 the war lasted " +
        'about 21.5 years, which still reads as "21 years" counted in whole years.',
        "The quote is second-hand (a journalist's post from the room); the figure, not the wording, is checked.",
      ],
    };
  },
};
