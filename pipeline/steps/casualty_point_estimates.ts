/**
 * Step: the hand-compiled point estimates of Russian and Ukrainian soldier deaths and casualties
 * by source (The Economist's table), context only. Load, check (`d/m/yyyy` dates, numbers with
 * or without thousands separators, type, country, the warring-party flag), sort by date, save
 * `casualty_point_estimates.csv` with the flag kept as `warring_party` (`yes` / `no`).
 *
 * @module
 */
import { DataError } from "../../lib/io/data_error.ts";
import { formatCsv, parseCsv } from "../../lib/io/csv.ts";
import { CASUALTY_POINT_ESTIMATES } from "../../lib/schemas/casualty_point_estimates.ts";
import { columnNames } from "../../lib/schemas/derived_schema.ts";
import { readRaw } from "../read_raw.ts";
import { groupedNumber, isoFromDayMonthYear } from "../raw_cells.ts";
import type { Step } from "../step.ts";

/** The raw file, relative to the raw folder. */
export const POINT_ESTIMATES_FILE =
  "economist-deaths-and-area/Soldier deaths_casualties in Ukraine - estimates.csv";

const FLAG = "ignore for chart, data from warring parties";

/** Columns of `casualty_point_estimates.csv`, from its schema (`lib/schemas/`). */
export const POINT_ESTIMATE_COLUMNS: readonly string[] = columnNames(CASUALTY_POINT_ESTIMATES);

/** One estimate: a point, a range, or one bound only (e.g. "at least"). */
export type PointEstimateRow = {
  date: string;
  /** Whose soldiers: `russia` or `ukraine`. */
  country: string;
  type: "casualties" | "deaths";
  estimate: number | null;
  estimate_low: number | null;
  estimate_high: number | null;
  source: string;
  /** An address, or upstream's words where there is none. */
  source_url: string;
  /** `yes` when the figure is a belligerent's claim. */
  warring_party: "yes" | "no";
};

const SCHEMA = {
  date: "string",
  estimate_low: "string",
  estimate_high: "string",
  estimate: "string",
  type: "string",
  source: "string",
  source_url: "string",
  country: "string",
  [FLAG]: "string",
} as const;

/**
 * Parses and checks the raw CSV; rows sorted by date (stable).
 *
 * @example
 * ```ts
 * import { pointEstimateRows } from "./casualty_point_estimates.ts";
 * const csv = "date,estimate_low,estimate_high,estimate,type,source,source_url,country," +
 *   '"ignore for chart, data from warring parties"\n1/12/2025,,,"1,200,000",casualties,CSIS,https://csis.org,russia,\n';
 * pointEstimateRows(csv, "e.csv")[0]; // { date: "2025-12-01", estimate: 1200000, warring_party: "no", ... }
 * ```
 */
export function pointEstimateRows(text: string, file: string): PointEstimateRow[] {
  const records = parseCsv(text, SCHEMA, file);
  const rows = records.map((record, index): PointEstimateRow => {
    const where = (column: string) => `row ${index + 2}, column ${column}`;
    const type = record.type.trim();
    if (type !== "casualties" && type !== "deaths") {
      throw new DataError(file, where("type"), "'casualties' or 'deaths'", `'${record.type}'`);
    }
    const country = record.country.trim();
    if (country !== "russia" && country !== "ukraine") {
      throw new DataError(file, where("country"), "'russia' or 'ukraine'", `'${record.country}'`);
    }
    const flag = record[FLAG].trim();
    if (flag !== "" && flag !== "yes") {
      throw new DataError(file, where(FLAG), "'yes' or an empty cell", `'${record[FLAG]}'`);
    }
    const estimate = groupedNumber(record.estimate, file, where("estimate"));
    const low = groupedNumber(record.estimate_low, file, where("estimate_low"));
    const high = groupedNumber(record.estimate_high, file, where("estimate_high"));
    if (estimate === null && low === null && high === null) {
      throw new DataError(file, where("estimate"), "an estimate, a low or a high bound", "none");
    }
    if (low !== null && high !== null && low > high) {
      throw new DataError(file, where("estimate_high"), `a high bound ≥ the low ${low}`, `${high}`);
    }
    if (!record.source.trim()) {
      throw new DataError(file, where("source"), "a source", "an empty cell");
    }
    return {
      date: isoFromDayMonthYear(record.date, file, where("date")),
      country,
      type,
      estimate,
      estimate_low: low,
      estimate_high: high,
      source: record.source.trim(),
      source_url: record.source_url.trim(),
      warring_party: flag === "yes" ? "yes" : "no",
    };
  });
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => a.row.date < b.row.date ? -1 : a.row.date > b.row.date ? 1 : a.index - b.index)
    .map(({ row }) => row);
}

/**
 * The step that writes `casualty_point_estimates.csv`.
 *
 * @example
 * ```ts
 * import { pointEstimatesStep } from "./casualty_point_estimates.ts";
 * pointEstimatesStep.output; // "casualty_point_estimates.csv"
 * ```
 */
export const pointEstimatesStep: Step = {
  output: CASUALTY_POINT_ESTIMATES.file,
  inputs: () => [POINT_ESTIMATES_FILE],
  async run(context) {
    const text = await readRaw(`${context.rawDir}/${POINT_ESTIMATES_FILE}`);
    const rows = pointEstimateRows(text, POINT_ESTIMATES_FILE);
    return {
      text: formatCsv(rows, POINT_ESTIMATE_COLUMNS),
      rows: rows.length,
      computed: 1,
      reused: 0,
    };
  },
};
