/**
 * The items of the timeline figure: the dates behind the claims of group C (the gap between
 * direct talks, the pause of US aid, the two peace plans), from `data/facts/events.csv`.
 *
 * @module
 */
import { durationBetween } from "../claims/c/durations.ts";
import type { FactRow } from "../data/facts.ts";
import { DataError } from "../io/data_error.ts";
import type { TimelineItem } from "./timeline.ts";

/** The items that have happened by the as-of date, and the title that names it. */
export interface TimelineData {
  items: TimelineItem[];
  title: string;
}

/**
 * The timeline's items, leaving out any that starts or ends after `asOf`. An event id missing
 * from the rows throws a `DataError`.
 *
 * @example
 * ```ts
 * import { timelineData } from "./timeline_data.ts";
 * import { loadFacts } from "../data/facts.ts";
 * const { items } = timelineData(await loadFacts("events", "data"), "2025-12-31");
 * items.map((item) => item.lane); // ["talks", "talks", "talks", "US aid", "peace plans", ...]
 * ```
 */
export function timelineData(events: readonly FactRow<"events">[], asOf: string): TimelineData {
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
