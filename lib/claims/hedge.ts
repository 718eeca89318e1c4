/**
 * The hedge-to-band rules of docs/claims.md#how-a-claim-is-judged, written once: the hedge word of
 * a claim sets the band of computed values that reproduces it, and {@link judge} places a value
 * against that band.
 *
 * | hedge | band |
 * |---|---|
 * | about X | within 5 % of X |
 * | nearly / close to X | from 90 % of X up to X |
 * | more than X | above X |
 * | A to B | from A to B |
 * | frequently exceeding X | the value is the share of days above X; at least one half |
 * | by <month> | that month, give or take one month |
 * | exact figure | equal after the article's rounding to `step` (round half up) |
 * | exact date | equal at the date's precision (day, month or year) |
 *
 * @module
 */
import type { Band, Hedge, Verdict } from "./claim.ts";
import { verdictForBand } from "./verdict.ts";
import { addMonths, lastDayOfMonth } from "../data/dates.ts";

/** The relative half-width of "about" (5 %). */
export const ABOUT_TOLERANCE = 0.05;
/** The lower end of "nearly" as a share of the stated value (90 %). */
export const NEARLY_FLOOR = 0.9;
/** The share of days on which "frequently exceeding" must hold (one half). */
export const FREQUENTLY_SHARE = 0.5;

/** Removes floating-point noise (0.1 * 3) from a computed band edge. */
function clean(x: number): number {
  return Number(x.toPrecision(12));
}

/** A band edge for reading: two decimals are enough (the edges themselves stay exact). */
function show(x: number): string {
  return EDGE_FORMAT.format(x);
}

// Built once: a formatter per call (toLocaleString) was a large share of a sweep's time.
const EDGE_FORMAT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

function periodOf(date: string): { first: string; last: string } {
  if (/^\d{4}$/.test(date)) return { first: `${date}-01-01`, last: `${date}-12-31` };
  if (/^\d{4}-\d{2}$/.test(date)) return { first: `${date}-01`, last: lastDayOfMonth(date) };
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return { first: date, last: date };
  throw new RangeError(`expected YYYY, YYYY-MM or YYYY-MM-DD, found '${date}'`);
}

/**
 * The band of values that reproduces a claim with this hedge; `null` for `none`.
 *
 * @example
 * ```ts
 * import { bandFor } from "./hedge.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(bandFor({ kind: "about", value: 96 })?.text, "91.2 to 100.8 (within 5 % of 96)");
 * assertEquals(bandFor({ kind: "by-month", month: "2027-08" })?.low, "2027-07-01");
 * ```
 */
export function bandFor(hedge: Hedge): Band | null {
  switch (hedge.kind) {
    case "about": {
      const a = clean(hedge.value * (1 - ABOUT_TOLERANCE));
      const b = clean(hedge.value * (1 + ABOUT_TOLERANCE));
      const [low, high] = a <= b ? [a, b] : [b, a];
      return {
        low,
        high,
        lowInclusive: true,
        highInclusive: true,
        text: `${show(low)} to ${show(high)} (within 5 % of ${show(hedge.value)})`,
      };
    }
    case "nearly": {
      const low = clean(hedge.value * NEARLY_FLOOR);
      return {
        low,
        high: hedge.value,
        lowInclusive: true,
        highInclusive: true,
        text: `${show(low)} to ${show(hedge.value)} (90 % of ${show(hedge.value)} up to it)`,
      };
    }
    case "more-than":
      return {
        low: hedge.value,
        high: null,
        lowInclusive: false,
        highInclusive: false,
        text: `above ${show(hedge.value)}`,
      };
    case "range":
      return {
        low: hedge.low,
        high: hedge.high,
        lowInclusive: true,
        highInclusive: true,
        text: `${show(hedge.low)} to ${show(hedge.high)}`,
      };
    case "frequently-exceeding":
      return {
        low: FREQUENTLY_SHARE,
        high: null,
        lowInclusive: true,
        highInclusive: false,
        text: `${show(hedge.value)} exceeded on at least half the days (share of days ≥ 0.5)`,
      };
    case "by-month": {
      if (!/^\d{4}-\d{2}$/.test(hedge.month)) {
        throw new RangeError(`by-month: expected YYYY-MM, found '${hedge.month}'`);
      }
      const low = `${addMonths(hedge.month, -1)}-01`;
      const high = lastDayOfMonth(addMonths(hedge.month, 1));
      return {
        low,
        high,
        lowInclusive: true,
        highInclusive: true,
        text: `${low} to ${high} (${hedge.month}, give or take one month)`,
      };
    }
    case "exact": {
      const low = clean(hedge.value - hedge.step / 2);
      const high = clean(hedge.value + hedge.step / 2);
      return {
        low,
        high,
        lowInclusive: true,
        highInclusive: false,
        text: `${show(hedge.value)} after rounding to ${show(hedge.step)} (${show(low)} ≤ x < ${
          show(high)
        })`,
      };
    }
    case "exact-date": {
      const { first, last } = periodOf(hedge.date);
      return {
        low: first,
        high: last,
        lowInclusive: true,
        highInclusive: true,
        text: first === last ? first : `${hedge.date} (${first} to ${last})`,
      };
    }
    case "none":
      return null;
  }
}

/**
 * Judges a computed value against a hedge: `reproduced` inside its band, `understated` above,
 * `overstated` below, `not-checkable` for `none` or a missing value. For `frequently-exceeding`
 * the value is the share (0 to 1) of days above the threshold; for `by-month` and `exact-date`
 * it is an ISO date. `contested` is never returned here: a claim decides it from its sources
 * (see `verdictAcrossSources`).
 *
 * @example
 * ```ts
 * import { judge } from "./hedge.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(judge({ kind: "about", value: 96 }, 95.1), "reproduced");
 * assertEquals(judge({ kind: "nearly", value: 500000 }, 510000), "understated");
 * assertEquals(judge({ kind: "by-month", month: "2027-08" }, "2027-10-01"), "understated");
 * ```
 */
export function judge(hedge: Hedge, value: number | string | null): Verdict {
  const band = bandFor(hedge);
  if (band !== null && value !== null && typeof value !== typeof band.low) {
    throw new TypeError(`${hedge.kind}: expected a ${typeof band.low} value, found '${value}'`);
  }
  return verdictForBand(band, value);
}
