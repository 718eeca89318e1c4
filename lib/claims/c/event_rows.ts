/**
 * The rows of `data/facts/events.csv` a dated claim rests on: looked up by id, shown as inputs
 * ("events.csv, <id>"), and listed as the claim's sources.
 *
 * @module
 */
import type { ClaimInput, Source } from "../claim.ts";
import { type FactRow, factSources, loadFacts, rowBy } from "../../data/facts.ts";

/** One row of `data/facts/events.csv`. */
export type EventRow = FactRow<"events">;

/**
 * The events rows with these ids, in the order given; an id that is not there exactly once is a
 * `DataError` naming `events.csv`.
 *
 * @example
 * ```ts
 * import { loadEventRows } from "./event_rows.ts";
 * const [before, after] = await loadEventRows("data", ["istanbul-talks-2022", "istanbul-talks-2025"]);
 * after.date; // "2025-05-16"
 * ```
 */
export async function loadEventRows(dataDir: string, ids: readonly string[]): Promise<EventRow[]> {
  const events = await loadFacts("events", dataDir);
  return ids.map((id) => rowBy(events, "id", id, "events.csv"));
}

/**
 * An events row as a check's input: the event's name, its date (or another value of the row, in
 * another unit) and the row it comes from.
 *
 * @example
 * ```ts
 * import { eventInput, loadEventRows } from "./event_rows.ts";
 * const [row] = await loadEventRows("data", ["budapest-memorandum"]);
 * eventInput(row).from; // "events.csv, budapest-memorandum"
 * eventInput(row, "year").unit; // "year"
 * ```
 */
export function eventInput(
  row: EventRow,
  unit = "date",
  value: number | string = row.date,
  name: string = row.event,
): ClaimInput {
  return { name, value, unit, from: `events.csv, ${row.id}` };
}

/**
 * The sources of the events rows with these ids (each source once), for a claim's `sources`.
 *
 * @example
 * ```ts
 * import { eventSources } from "./event_rows.ts";
 * eventSources(["budapest-memorandum"])[0].url;
 * ```
 */
export function eventSources(ids: readonly string[]): Source[] {
  return factSources("events", (row) => ids.includes(row.id));
}
