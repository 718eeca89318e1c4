/**
 * Step: The Economist's ISW-based daily area assessed as Russian-controlled. Load the CSV (m²),
 * check dates, convert to km², save `economist_isw_area.csv`.
 *
 * @module
 */
import { DataError } from "../../lib/io/data_error.ts";
import { formatCsv, parseCsv } from "../../lib/io/csv.ts";
import { columnNames } from "../../lib/schemas/derived_schema.ts";
import { ECONOMIST_ISW_AREA } from "../../lib/schemas/economist_isw_area.ts";
import { readRaw } from "../read_raw.ts";
import { km2, roundTo } from "../round.ts";
import type { Step } from "../step.ts";

/** The raw file, relative to the raw folder. */
export const ECONOMIST_RAW_FILE =
  "economist-deaths-and-area/area_assessed_as_controlled_by_russia.csv";

/** Columns of `economist_isw_area.csv`, from its schema (`lib/schemas/`). */
export const ECONOMIST_AREA_COLUMNS: readonly string[] = columnNames(ECONOMIST_ISW_AREA);

/** One row of `economist_isw_area.csv`. */
export type EconomistAreaRow = {
  date: string;
  controlled_km2: number;
  percent_of_ukraine: number;
};

const SCHEMA = {
  date: "date",
  area_assessed_as_russia_controlled: "number",
  area_assessed_as_russia_controlled_percent: "number",
} as const;

/**
 * Parses and checks the raw CSV: dates in increasing order. A date repeated with the same area
 * and percent is kept once (upstream repeats 2026-04-04 that way); a date repeated with other
 * values, or out of order, throws a {@link DataError}.
 *
 * @example
 * ```ts
 * import { economistAreaRows } from "./economist_area.ts";
 * const csv = "date,area_assessed_as_russia_controlled,area_assessed_as_russia_controlled_percent\n" +
 *   "2022-02-22,43679052552.25393,7.236087880657281\n";
 * economistAreaRows(csv, "area.csv"); // [{ date: "2022-02-22", controlled_km2: 43679.053, percent_of_ukraine: 7.236088 }]
 * ```
 */
export function economistAreaRows(text: string, file: string): EconomistAreaRow[] {
  const records = parseCsv(text, SCHEMA, file);
  const rows: EconomistAreaRow[] = [];
  let previous: (typeof records)[number] | undefined;
  records.forEach((record, index) => {
    const where = `row ${index + 2} (date ${record.date})`;
    if (previous && record.date <= previous.date) {
      const same = record.date === previous.date &&
        record.area_assessed_as_russia_controlled === previous.area_assessed_as_russia_controlled &&
        record.area_assessed_as_russia_controlled_percent ===
          previous.area_assessed_as_russia_controlled_percent;
      if (same) return;
      throw new DataError(
        file,
        where,
        record.date === previous.date
          ? `one area per date (row ${index + 1} has the same date with another area)`
          : `a date after ${previous.date}`,
        record.date,
      );
    }
    if (record.area_assessed_as_russia_controlled < 0) {
      throw new DataError(
        file,
        `${where}, column area_assessed_as_russia_controlled`,
        "a non-negative area in m²",
        String(record.area_assessed_as_russia_controlled),
      );
    }
    previous = record;
    rows.push({
      date: record.date,
      controlled_km2: km2(record.area_assessed_as_russia_controlled),
      percent_of_ukraine: roundTo(record.area_assessed_as_russia_controlled_percent, 6),
    });
  });
  return rows;
}

/**
 * The step that writes `economist_isw_area.csv`.
 *
 * @example
 * ```ts
 * import { economistAreaStep } from "./economist_area.ts";
 * economistAreaStep.output; // "economist_isw_area.csv"
 * ```
 */
export const economistAreaStep: Step = {
  output: "economist_isw_area.csv",
  inputs: () => [ECONOMIST_RAW_FILE],
  async run(context) {
    const text = await readRaw(`${context.rawDir}/${ECONOMIST_RAW_FILE}`);
    const rows = economistAreaRows(text, ECONOMIST_RAW_FILE);
    return {
      text: formatCsv(rows, ECONOMIST_AREA_COLUMNS),
      rows: rows.length,
      computed: 1,
      reused: 0,
    };
  },
};
