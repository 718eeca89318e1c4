/**
 * A claim about one date (the year of a treaty, the month of a decision): the date comes from a
 * row of `data/facts/events.csv` and is judged at the precision the article gives.
 *
 * @module
 */
import type { Alternative, Claim, ClaimCheck, Hedge } from "../claim.ts";
import { bandFor, judge } from "../hedge.ts";
import { durationBetween } from "./durations.ts";
import { eventInput, eventSources, loadEventRows } from "./event_rows.ts";

/** What a date claim is made of. */
export interface EventClaimSpec {
  id: string;
  quote: string;
  plainReading: string;
  /** The date as the article gives it (`YYYY` or `YYYY-MM`). */
  stated: string;
  /** The events row whose date the claim states. */
  event: string;
  /** Further events rows, each judged against its own stated date (e.g. the end of a period). */
  others?: { event: string; stated: string; label: string }[];
  /** An events row whose distance from `event` is worth showing (in days and years). */
  durationTo?: string;
  method: string;
  notes?: string[];
  notebook?: string;
}

/**
 * Builds the claim: the value is the event's date from the facts table; the band is the stated
 * year or month (`exact-date`).
 *
 * @example
 * ```ts
 * import { eventClaim } from "./event_claim.ts";
 * const claim = eventClaim({ id: "budapest-memorandum-1994", quote: "the 1994 Budapest memorandum",
 *   plainReading: "signed in 1994", stated: "1994", event: "budapest-memorandum",
 *   method: "The signing date from the treaty series." });
 * (await claim.check({ asOf: "2025-12-31", dataDir: "data" })).verdict; // "reproduced"
 * ```
 */
export function eventClaim(spec: EventClaimSpec): Claim {
  const hedge: Hedge = { kind: "exact-date", date: spec.stated };
  const others = spec.others ?? [];
  const ids = [spec.event, ...others.map((o) => o.event), spec.durationTo]
    .filter((id): id is string => id !== undefined);
  return {
    id: spec.id,
    group: "C",
    quote: spec.quote,
    plainReading: spec.plainReading,
    stated: spec.stated,
    unit: "date",
    hedge,
    articleAsOf: "2025-12-31",
    get sources() {
      return eventSources(ids);
    },
    notebook: spec.notebook ?? "04-dates-and-diplomacy",
    async check({ asOf, dataDir }): Promise<ClaimCheck> {
      // In the order of `ids`: the event, the others, then the end of the duration.
      const [row, ...rest] = await loadEventRows(dataDir, ids);
      const alternatives: Alternative[] = others.map((other, i) => {
        const date = rest[i].date;
        return {
          label: other.label,
          value: date,
          unit: "date",
          verdict: judge({ kind: "exact-date", date: other.stated }, date),
        };
      });
      const inputs = [eventInput(row)];
      if (spec.durationTo) {
        const end = rest[others.length];
        const duration = durationBetween(row.date, end.date);
        inputs.push(eventInput(end));
        inputs.push({
          name: "duration",
          value: duration.days === null
            ? `${duration.calendarYears} calendar years`
            : `${duration.days} days (${duration.years.toFixed(1)} years)`,
          unit: duration.days === null ? "years" : "days",
          from: "computed",
        });
      }
      const future = row.date > asOf;
      return {
        id: spec.id,
        asOf,
        value: future ? null : row.date,
        unit: "date",
        valueText: future ? "not yet as of this date" : row.date,
        verdict: future ? "not-checkable" : judge(hedge, row.date),
        band: bandFor(hedge),
        method: spec.method,
        inputs,
        alternatives,
        notes: spec.notes ?? [],
      };
    },
  };
}
