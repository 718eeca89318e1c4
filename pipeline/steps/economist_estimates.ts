/**
 * Steps: The Economist's daily meta-estimates of cumulative Russian casualties (killed and
 * wounded) and deaths, with 95 % confidence and prediction bounds. Load (the raw files run newest
 * first), check, sort by date, save `economist_casualties_daily.csv` and
 * `economist_deaths_daily.csv`. An `NA` row (no estimate that day: upstream's newest day) is kept
 * as a row of empty cells, never as zeros.
 *
 * @module
 */
import { DataError } from "../../lib/io/data_error.ts";
import { formatCsv, parseCsv } from "../../lib/io/csv.ts";
import { daysBetween } from "../../lib/data/dates.ts";
import { columnNames } from "../../lib/schemas/derived_schema.ts";
import { ECONOMIST_CASUALTIES_DAILY } from "../../lib/schemas/economist_casualties_daily.ts";
import { ECONOMIST_DEATHS_DAILY } from "../../lib/schemas/economist_deaths_daily.ts";
import { readRaw } from "../read_raw.ts";
import { roundTo } from "../round.ts";
import { numberOrNA } from "../raw_cells.ts";
import type { Step } from "../step.ts";

/** The raw files, relative to the raw folder. */
export const ECONOMIST_ESTIMATE_FILES = {
  casualties: "economist-deaths-and-area/meta-estimate-casualties.csv",
  deaths: "economist-deaths-and-area/meta-estimate-deaths.csv",
} as const;

/** The day The Economist counts from (`days_since_invasion` 0). */
export const INVASION_DAY = "2022-02-24";

/** The derived files' schemas (`lib/schemas/`), by quantity: the step writes by them. */
const DERIVED_SCHEMAS = {
  casualties: ECONOMIST_CASUALTIES_DAILY,
  deaths: ECONOMIST_DEATHS_DAILY,
} as const;

const VALUE_COLUMNS = ["estimate", "ci_lower", "ci_upper", "pi_low", "pi_high"] as const;

/** One day: cumulative people since the invasion, `null` on an `NA` day. */
export type MetaEstimateRow =
  & { date: string }
  & Record<typeof VALUE_COLUMNS[number], number | null>;

const SCHEMA = {
  date: "date",
  days_since_invasion: "integer",
  estimate: "string",
  ci_lower: "string",
  ci_upper: "string",
  pi_low: "string",
  pi_high: "string",
  type: "string",
  country: "string",
} as const;

/**
 * Parses and checks one meta-estimate file: `type` and `country` as expected, `days_since_invasion`
 * matching the date, one row per day with no gap, either every value or none `NA` in a row,
 * `pi_low ≤ ci_lower ≤ estimate ≤ ci_upper ≤ pi_high`, and the cumulative estimate never
 * falling. Rows come back oldest first, values rounded to 0.1 person.
 *
 * @example
 * ```ts
 * import { metaEstimateRows } from "./economist_estimates.ts";
 * const csv = "date,days_since_invasion,estimate,ci_lower,ci_upper,pi_low,pi_high,type,country\n" +
 *   "2022-02-25,1,NA,NA,NA,NA,NA,deaths,russia\n2022-02-24,0,10,8,12,5,20,deaths,russia\n";
 * metaEstimateRows(csv, "d.csv", "deaths")[1].estimate; // null
 * ```
 */
export function metaEstimateRows(
  text: string,
  file: string,
  type: "casualties" | "deaths",
): MetaEstimateRow[] {
  const records = parseCsv(text, SCHEMA, file);
  const rows = records.map((record, index) => {
    const where = (column: string) => `row ${index + 2} (date ${record.date}), column ${column}`;
    if (record.type !== type) {
      throw new DataError(file, where("type"), `'${type}'`, `'${record.type}'`);
    }
    if (record.country !== "russia") {
      throw new DataError(file, where("country"), "'russia'", `'${record.country}'`);
    }
    const days = daysBetween(INVASION_DAY, record.date);
    if (record.days_since_invasion !== days) {
      throw new DataError(
        file,
        where("days_since_invasion"),
        `${days} (days from ${INVASION_DAY} to the date)`,
        String(record.days_since_invasion),
      );
    }
    const row = { date: record.date } as MetaEstimateRow;
    for (const column of VALUE_COLUMNS) {
      const value = numberOrNA(record[column], file, where(column));
      row[column] = value === null ? null : roundTo(value, 1);
    }
    const missing = VALUE_COLUMNS.filter((column) => row[column] === null);
    if (missing.length > 0 && missing.length < VALUE_COLUMNS.length) {
      throw new DataError(
        file,
        where(missing[0]),
        "a number (only a row with every value NA counts as a missing day)",
        "NA",
      );
    }
    if (missing.length === 0) {
      const ordered = [row.pi_low!, row.ci_lower!, row.estimate!, row.ci_upper!, row.pi_high!];
      if (ordered.some((value, i) => i > 0 && value < ordered[i - 1])) {
        throw new DataError(
          file,
          where("estimate"),
          "pi_low ≤ ci_lower ≤ estimate ≤ ci_upper ≤ pi_high",
          ordered.join(", "),
        );
      }
      if (row.pi_low! < 0) {
        throw new DataError(file, where("pi_low"), "a count ≥ 0", ordered[0] + "");
      }
    }
    return { row, line: index + 2 };
  });
  rows.sort((a, b) => a.row.date < b.row.date ? -1 : a.row.date > b.row.date ? 1 : 0);
  let previous: { row: MetaEstimateRow; line: number } | undefined;
  let lastEstimate: { value: number; date: string } | undefined;
  for (const current of rows) {
    const where = `row ${current.line} (date ${current.row.date})`;
    if (previous && daysBetween(previous.row.date, current.row.date) !== 1) {
      throw new DataError(
        file,
        where,
        `the day after ${previous.row.date} (one row per day, no gap, no repeat)`,
        current.row.date,
      );
    }
    const estimate = current.row.estimate;
    if (estimate !== null) {
      if (lastEstimate && estimate < lastEstimate.value) {
        throw new DataError(
          file,
          `${where}, column estimate`,
          `a cumulative estimate ≥ ${lastEstimate.value} (that of ${lastEstimate.date})`,
          String(estimate),
        );
      }
      lastEstimate = { value: estimate, date: current.row.date };
    }
    previous = current;
  }
  return rows.map((r) => r.row);
}

function metaEstimateStep(type: "casualties" | "deaths"): Step {
  const input = ECONOMIST_ESTIMATE_FILES[type];
  const schema = DERIVED_SCHEMAS[type];
  const columns = columnNames(schema);
  return {
    output: schema.file,
    inputs: () => [input],
    async run(context) {
      const rows = metaEstimateRows(await readRaw(`${context.rawDir}/${input}`), input, type);
      return {
        text: formatCsv(rows, columns),
        rows: rows.length,
        computed: 1,
        reused: 0,
      };
    },
  };
}

/**
 * The step that writes `economist_casualties_daily.csv` (killed and wounded, cumulative).
 *
 * @example
 * ```ts
 * import { economistCasualtiesStep } from "./economist_estimates.ts";
 * economistCasualtiesStep.output; // "economist_casualties_daily.csv"
 * ```
 */
export const economistCasualtiesStep: Step = metaEstimateStep("casualties");

/**
 * The step that writes `economist_deaths_daily.csv` (killed, cumulative).
 *
 * @example
 * ```ts
 * import { economistDeathsStep } from "./economist_estimates.ts";
 * economistDeathsStep.output; // "economist_deaths_daily.csv"
 * ```
 */
export const economistDeathsStep: Step = metaEstimateStep("deaths");
