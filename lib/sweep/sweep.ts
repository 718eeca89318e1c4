/**
 * The sweep: every claim re-checked on every day of a range in one process. Files are loaded
 * once (the data cache is pinned for the sweep) and every "as of" look-up is a binary search, so
 * one more day costs a few milliseconds. A claim that cannot be computed on a day (a missing map
 * beyond the stand-in rule, a date the data do not reach) is a recorded gap with its reason.
 *
 * @module
 */
import type { Claim, ClaimCheck, Verdict } from "../claims/claim.ts";
import { allClaims } from "../claims/registry.ts";
import { addDays } from "../data/dates.ts";
import { pinDataCache } from "../data/cache.ts";
import { DataError } from "../io/data_error.ts";

/** One claim on one day: its value and verdict, or a gap and why. */
export interface SweepRow {
  claimId: string;
  asOf: string;
  /** The computed value (number or ISO date); `null` in a gap or when not checkable. */
  value: number | string | null;
  unit: string;
  /** The band's edges (the interval that reproduces the claim), `null` where open or none. */
  bandLow: number | string | null;
  bandHigh: number | string | null;
  /** The verdict, or `gap` when the claim could not be computed that day. */
  verdict: Verdict | "gap";
  /** The range of the alternatives' values of the same kind as the value, `null` if none. */
  alternativesLow: number | string | null;
  alternativesHigh: number | string | null;
  /** The notes' sentences saying which map or row stood in for the day asked. */
  standIns: string[];
  /** Why the claim could not be computed (gaps only). */
  gap: string | null;
}

/** The sweep's range and data. */
export interface SweepOptions {
  /** First and last as-of day, inclusive. */
  from: string;
  to: string;
  dataDir: string;
  /** The claims (default: every registered claim). */
  claims?: readonly Claim[];
}

/**
 * One check as a sweep row (for the sweep, and for comparing it with a single `--asof` check).
 *
 * @example
 * ```ts
 * import { sweepRow } from "./sweep.ts";
 * import { troopsPerKm2 } from "../claims/a/troops_per_km2.ts";
 * sweepRow(await troopsPerKm2.check({ asOf: "2025-12-31", dataDir: "data" })).verdict;
 * ```
 */
export function sweepRow(check: ClaimCheck): SweepRow {
  // Only alternatives of the value's own kind and unit (not, say, a probability beside a date).
  const values = check.alternatives
    .filter((a) => a.unit === check.unit && a.value !== null)
    .map((a) => a.value as number | string)
    .filter((v) => typeof v === "string" || Number.isFinite(v))
    .filter((v) => check.value === null || typeof v === typeof check.value)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    claimId: check.id,
    asOf: check.asOf,
    value: check.value,
    unit: check.unit,
    bandLow: check.band?.low ?? null,
    bandHigh: check.band?.high ?? null,
    verdict: check.verdict,
    alternativesLow: values[0] ?? null,
    alternativesHigh: values.at(-1) ?? null,
    standIns: check.notes.flatMap((note) =>
      note.split(/; |(?<=\.) /).filter((part) => part.includes("stands in"))
    ),
    gap: null,
  };
}

/**
 * Checks every claim on every day from `from` to `to` (inclusive), day by day in claim order.
 * A `DataError` makes that claim's row on that day a gap with the error as its reason; any other
 * error (a defect, not missing data) stops the sweep naming the claim and the day.
 *
 * @example
 * ```ts
 * import { sweepClaims } from "./sweep.ts";
 * const rows = await sweepClaims({ from: "2025-12-31", to: "2026-01-31", dataDir: "data" });
 * rows.filter((row) => row.verdict === "gap").length;
 * ```
 */
export async function sweepClaims(options: SweepOptions): Promise<SweepRow[]> {
  const { from, to, dataDir } = options;
  if (from > to) throw new RangeError(`sweep: ${from} is after ${to}`);
  const claims = options.claims ?? allClaims();
  const rows: SweepRow[] = [];
  pinDataCache(true);
  try {
    for (let asOf = from; asOf <= to; asOf = addDays(asOf, 1)) {
      for (const claim of claims) {
        try {
          rows.push(sweepRow(await claim.check({ asOf, dataDir })));
        } catch (error) {
          if (!(error instanceof DataError)) {
            throw new Error(`sweep: claim '${claim.id}' on ${asOf}: ${(error as Error).message}`, {
              cause: error,
            });
          }
          rows.push({
            claimId: claim.id,
            asOf,
            value: null,
            unit: claim.unit,
            bandLow: null,
            bandHigh: null,
            verdict: "gap",
            alternativesLow: null,
            alternativesHigh: null,
            standIns: [],
            gap: error.message,
          });
        }
      }
    }
  } finally {
    pinDataCache(false);
  }
  return rows;
}
