/**
 * The sweep as CSV (`out/sweep.csv`): one row per claim and as-of day.
 *
 * @module
 */
import { formatCsv } from "../io/csv.ts";
import type { SweepRow } from "./sweep.ts";

/** The columns of `out/sweep.csv`, in order. */
export const SWEEP_COLUMNS = [
  "claim_id",
  "as_of",
  "value",
  "unit",
  "band_low",
  "band_high",
  "verdict",
  "alternatives_low",
  "alternatives_high",
  "stand_ins",
  "gap_reason",
] as const;

const cell = (value: number | string | null) => value === null ? "" : String(value);

/**
 * The sweep's rows as CSV text (RFC 4180; empty cells for missing values; stand-in sentences
 * joined with " | ").
 *
 * @example
 * ```ts
 * import { sweepCsv } from "./sweep_csv.ts";
 * sweepCsv([]); // "claim_id,as_of,value,unit,band_low,band_high,verdict,..."
 * ```
 */
export function sweepCsv(rows: readonly SweepRow[]): string {
  return formatCsv(
    rows.map((row) => ({
      claim_id: row.claimId,
      as_of: row.asOf,
      value: cell(row.value),
      unit: row.unit,
      band_low: cell(row.bandLow),
      band_high: cell(row.bandHigh),
      verdict: row.verdict,
      alternatives_low: cell(row.alternativesLow),
      alternatives_high: cell(row.alternativesHigh),
      stand_ins: row.standIns.join(" | "),
      gap_reason: row.gap ?? "",
    })),
    [...SWEEP_COLUMNS],
  );
}
