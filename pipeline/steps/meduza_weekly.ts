/**
 * Step: Mediazona and Meduza's weekly estimates of Russian soldiers killed, by ISO week of death
 * (2026 release). Load, check (consecutive ISO weeks, counts ≥ 0, bounds around the estimate),
 * save `meduza_killed_weekly.csv`: the named-list count `BmzNow` and the assembled excess-death
 * estimate `EDAssembled` (killed in action plus missing in action) with its 95 % bounds.
 *
 * @module
 */
import { DataError } from "../../lib/io/data_error.ts";
import { formatCsv, parseCsv } from "../../lib/io/csv.ts";
import { addDays } from "../../lib/data/dates.ts";
import { columnNames } from "../../lib/schemas/derived_schema.ts";
import { MEDUZA_KILLED_WEEKLY } from "../../lib/schemas/meduza_killed_weekly.ts";
import { readRaw } from "../read_raw.ts";
import { roundTo } from "../round.ts";
import { isoWeekMonday } from "../raw_cells.ts";
import type { Step } from "../step.ts";

/** The raw file, relative to the raw folder. */
export const MEDUZA_WEEKLY_FILE = "economist-deaths-and-area/meduza_2026_weekly.csv";

/** Columns of `meduza_killed_weekly.csv`, from its schema (`lib/schemas/`). */
export const MEDUZA_WEEKLY_COLUMNS: readonly string[] = columnNames(MEDUZA_KILLED_WEEKLY);

/** One ISO week of death. */
export type MeduzaWeekRow = {
  /** `YYYY-Www`. */
  iso_week: string;
  /** The Monday the week starts, ISO date. */
  week_start: string;
  bmz_now: number;
  ed_assembled: number;
  ed_assembled_low: number;
  ed_assembled_high: number;
  /** Empty, or what the step changed (bounds given the wrong way round upstream). */
  note: string;
};

const SCHEMA = {
  Year: "integer",
  Week: "integer",
  BmzNow: "integer",
  EDAssembled: "number",
  EDAssembledHigh: "number",
  EDAssembledLow: "number",
} as const;

/**
 * Parses and checks the raw CSV. A week whose low bound is above its high bound (upstream gives
 * 2022 week 24 so) has them swapped back, with a note in the row; an estimate outside its
 * bounds after that is an error.
 *
 * @example
 * ```ts
 * import { meduzaWeeklyRows } from "./meduza_weekly.ts";
 * const csv = "Year,Week,BmzNow,EDAssembled,EDAssembledHigh,EDAssembledLow\n2022,8,427,456.2,576.2,336.2\n";
 * meduzaWeeklyRows(csv, "m.csv")[0].week_start; // "2022-02-21"
 * ```
 */
export function meduzaWeeklyRows(text: string, file: string): MeduzaWeekRow[] {
  const records = parseCsv(text, SCHEMA, file);
  const rows: MeduzaWeekRow[] = [];
  records.forEach((record, index) => {
    const where = (column: string) =>
      `row ${index + 2} (${record.Year} week ${record.Week}), column ${column}`;
    const weekStart = isoWeekMonday(record.Year, record.Week, file, where("Week"));
    const previous = rows.at(-1);
    if (previous && weekStart !== addDays(previous.week_start, 7)) {
      throw new DataError(
        file,
        where("Week"),
        `the ISO week after ${previous.iso_week}`,
        `${record.Year} week ${record.Week}`,
      );
    }
    if (record.BmzNow < 0) {
      throw new DataError(file, where("BmzNow"), "a count ≥ 0", `${record.BmzNow}`);
    }
    let low = record.EDAssembledLow;
    let high = record.EDAssembledHigh;
    let note = "";
    if (low > high) {
      [low, high] = [high, low];
      note = "EDAssembledLow and EDAssembledHigh given the wrong way round upstream; swapped";
    }
    if (low < 0 || !(low <= record.EDAssembled && record.EDAssembled <= high)) {
      throw new DataError(
        file,
        where("EDAssembled"),
        "0 ≤ EDAssembledLow ≤ EDAssembled ≤ EDAssembledHigh",
        `${low}, ${record.EDAssembled}, ${high}`,
      );
    }
    rows.push({
      iso_week: `${record.Year}-W${String(record.Week).padStart(2, "0")}`,
      week_start: weekStart,
      bmz_now: record.BmzNow,
      ed_assembled: roundTo(record.EDAssembled, 1),
      ed_assembled_low: roundTo(low, 1),
      ed_assembled_high: roundTo(high, 1),
      note,
    });
  });
  return rows;
}

/**
 * The step that writes `meduza_killed_weekly.csv`.
 *
 * @example
 * ```ts
 * import { meduzaWeeklyStep } from "./meduza_weekly.ts";
 * meduzaWeeklyStep.output; // "meduza_killed_weekly.csv"
 * ```
 */
export const meduzaWeeklyStep: Step = {
  output: MEDUZA_KILLED_WEEKLY.file,
  inputs: () => [MEDUZA_WEEKLY_FILE],
  async run(context) {
    const text = await readRaw(`${context.rawDir}/${MEDUZA_WEEKLY_FILE}`);
    const rows = meduzaWeeklyRows(text, MEDUZA_WEEKLY_FILE);
    return {
      text: formatCsv(rows, MEDUZA_WEEKLY_COLUMNS),
      rows: rows.length,
      computed: 1,
      reused: 0,
    };
  },
};
