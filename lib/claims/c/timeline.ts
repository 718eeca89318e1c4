/**
 * What the timeline figure draws, returned by the claim `talks-first-in-nearly-3-years`: the
 * dates behind the claims of group C (the gap between direct talks, the pause of US aid, the two
 * peace plans), from `data/facts/events.csv`.
 *
 * @module
 */
import { durationBetween } from "./durations.ts";
import type { FactRow } from "../../data/facts.ts";
import { DataError } from "../../io/data_error.ts";

/** One item of the timeline: a dated event, or a span with an end. */
export interface TimelineItem {
  /** The lane it is drawn in, e.g. "talks", "US aid", "peace plans". */
  lane: string;
  label: string;
  /** ISO `YYYY-MM-DD`. */
  start: string;
  /** ISO `YYYY-MM-DD` for a span. */
  end?: string;
}

/** The items that have happened by the as-of date, and the title that names it. */
export interface TimelineSeries {
  items: TimelineItem[];
  title: string;
}

/**
 * The timeline's items, leaving out any that starts or ends after `asOf`. An event id missing
 * from the rows throws a `DataError`.
 *
 * @example
 * ```ts
 * import { timelineSeries } from "./timeline.ts";
 * import { loadFacts } from "../../data/facts.ts";
 * const { items } = timelineSeries(await loadFacts("events", "data"), "2025-12-31");
 * items.map((item) => item.lane); // ["talks", "talks", "talks", "US aid", "peace plans", ...]
 * ```
 */
export function timelineSeries(
  events: readonly FactRow<"events">[],
  asOf: string,
): TimelineSeries {
  const date = (id: string) => {
    const row = events.find((event) => event.id === id);
    if (row === undefined) {
      throw new DataError("data/facts/events.csv", `id ${id}`, "an event row", "none");
    }
    return row.date;
  };
  const gap = durationBetween(date("istanbul-talks-2022"), date("istanbul-talks-2025"));
  const items: TimelineItem[] = [
    { lane: "talks", label: "Istanbul", start: date("istanbul-talks-2022") },
    {
      lane: "talks",
      label: `${gap.years.toFixed(2)} years without direct talks`,
      start: date("istanbul-talks-2022"),
      end: date("istanbul-talks-2025"),
    },
    { lane: "talks", label: "Istanbul", start: date("istanbul-talks-2025") },
    {
      lane: "US aid",
      label: "paused 3-11 March",
      start: date("us-aid-paused"),
      end: date("us-aid-resumed"),
    },
    { lane: "peace plans", label: "28 points", start: date("plan-28-points") },
    { lane: "peace plans", label: "20 points", start: date("plan-20-points") },
  ];
  return {
    items: items.filter((item) => (item.end ?? item.start) <= asOf),
    title: `Talks, US aid and peace plans, 2022 to ${asOf}`,
  };
}
