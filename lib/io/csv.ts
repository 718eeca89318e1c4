/**
 * Validating CSV reading and writing. d3-dsv (already in Observable Plot's dependency tree)
 * parses; this module checks every row against a schema so that a missing column or an
 * unparsable number fails loudly, naming the file, the row and the column.
 *
 * @module
 */
// @ts-types="npm:@types/d3-dsv@3.0.7"
import { csvFormatRows, csvParseRows } from "d3-dsv";
import { DataError } from "./data_error.ts";
import { readText } from "./read_text.ts";
import { plainDecimal } from "./plain_decimal.ts";

/** The type of a column: `?` marks one whose cells may be empty (read as `null`). */
export type ColumnType =
  | "string"
  | "string?"
  | "number"
  | "number?"
  | "integer"
  | "integer?"
  | "date"
  | "date?";

/** Column names mapped to their types. */
export type Schema = Record<string, ColumnType>;

type CellValue<T extends ColumnType> = T extends "number" | "integer" ? number
  : T extends "number?" | "integer?" ? number | null
  : T extends "string" | "date" ? string
  : string | null;

/** One parsed row of a schema: dates stay ISO `YYYY-MM-DD` strings. */
export type Row<S extends Schema> = { [K in keyof S]: CellValue<S[K]> };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const BYTE_ORDER_MARK = "\uFEFF";

function parseCell(type: ColumnType, raw: string, file: string, where: string): unknown {
  const optional = type.endsWith("?");
  const base = optional ? type.slice(0, -1) : type;
  if (raw.trim() === "") {
    if (optional || base === "string") return optional ? null : "";
    throw new DataError(file, where, `a value (${base})`, "an empty cell");
  }
  switch (base) {
    case "number":
    case "integer": {
      const value = plainDecimal(raw);
      if (!Number.isFinite(value) || (base === "integer" && !Number.isInteger(value))) {
        throw new DataError(
          file,
          where,
          `${base === "integer" ? "an integer" : "a number"} (a plain decimal, optional sign)`,
          `'${raw}'`,
        );
      }
      return value;
    }
    case "date": {
      const time = Date.parse(`${raw}T00:00:00Z`);
      if (
        !ISO_DATE.test(raw) || Number.isNaN(time) ||
        new Date(time).toISOString().slice(0, 10) !== raw
      ) {
        throw new DataError(file, where, "a date YYYY-MM-DD", `'${raw}'`);
      }
      return raw;
    }
    default:
      return raw;
  }
}

/**
 * Parses CSV text and checks it against a schema. Extra columns are ignored; a missing column,
 * a row with more cells than the header, an empty required cell or an unparsable value throws a
 * {@link DataError}. Numbers must be plain decimals with an optional sign (`0x54`, `1e3`, ` 5`
 * are refused). A leading byte-order mark is dropped. Rows are numbered as a spreadsheet shows
 * them (the header is row 1).
 *
 * @example
 * ```ts
 * import { parseCsv } from "./csv.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const rows = parseCsv("date,km2\n2025-01-01,12.5\n", { date: "date", km2: "number" }, "a.csv");
 * assertEquals(rows[0].km2, 12.5);
 * ```
 */
export function parseCsv<S extends Schema>(text: string, schema: S, file: string): Row<S>[] {
  const [header = [], ...records] = csvParseRows(
    text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text,
  );
  for (const column of Object.keys(schema)) {
    if (!header.includes(column)) {
      throw new DataError(
        file,
        "header (row 1)",
        `a column '${column}'`,
        `columns ${header.map((c) => JSON.stringify(c)).join(", ")}`,
      );
    }
  }
  const indexes = Object.entries(schema).map(([column, type]) =>
    [column, type, header.indexOf(column)] as const
  );
  return records.map((record, index) => {
    if (record.length > header.length) {
      throw new DataError(
        file,
        `row ${index + 2}`,
        `${header.length} cells, as in the header`,
        `${record.length} cells`,
      );
    }
    const row: Record<string, unknown> = {};
    for (const [column, type, at] of indexes) {
      const where = `row ${index + 2}, column ${column}`;
      row[column] = parseCell(type, record[at] ?? "", file, where);
    }
    return row as Row<S>;
  });
}

/**
 * Reads a CSV file and checks it against a schema (see {@link parseCsv}).
 *
 * @example
 * ```ts
 * import { readCsv } from "./csv.ts";
 * const rows = await readCsv("data/derived/oblasts.csv", { pcode: "string", area_km2: "number" });
 * ```
 */
export async function readCsv<S extends Schema>(path: string | URL, schema: S): Promise<Row<S>[]> {
  const file = path instanceof URL ? path.pathname : path;
  return parseCsv(await readText(path, "a readable CSV file"), schema, file);
}

/**
 * Formats rows as CSV with the given columns in order; `null` and `undefined` become empty cells.
 * Numbers are written as JavaScript prints them, so the output is the same on every machine.
 *
 * @example
 * ```ts
 * import { formatCsv } from "./csv.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(formatCsv([{ date: "2025-01-01", km2: 12.5 }], ["date", "km2"]), "date,km2\n2025-01-01,12.5\n");
 * ```
 */
export function formatCsv(
  rows: readonly Record<string, unknown>[],
  columns: readonly string[],
): string {
  const cells = rows.map((row) =>
    columns.map((column) => {
      const value = row[column];
      return value === null || value === undefined ? "" : String(value);
    })
  );
  return csvFormatRows([columns as string[], ...cells]) + "\n";
}
