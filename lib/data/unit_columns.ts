/**
 * Reading derived tables that carry one column per oblast-level unit (`UA01` ... `UA85`, the OCHA
 * P-codes) beside fixed columns. The unit columns are found in the header, so the loader needs no
 * list of P-codes.
 *
 * @module
 */
// @ts-types="npm:@types/d3-dsv@3.0.7"
import { csvParseRows } from "d3-dsv";
import { parseCsv, type Row, type Schema } from "../io/csv.ts";
import { DataError } from "../io/data_error.ts";

/** A unit column name: an OCHA ADM1 P-code. */
export const UNIT_COLUMN = /^UA\d{2}$/;

/** A row of fixed columns plus the km² inside each unit. */
export type UnitRow<S extends Schema> = Row<S> & { units: Record<string, number> };

/**
 * Parses CSV text with fixed columns (`schema`) and any number of `UAxx` unit columns (numbers,
 * required), returned as `units`. At least one unit column is required.
 *
 * @example
 * ```ts
 * import { parseUnitTable } from "./unit_columns.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const rows = parseUnitTable("map_date,UA14\n2025-12-31,21000\n", { map_date: "date" }, "a.csv");
 * assertEquals(rows[0].units.UA14, 21000);
 * ```
 */
export function parseUnitTable<S extends Schema>(
  text: string,
  schema: S,
  file: string,
): UnitRow<S>[] {
  const header = csvParseRows(text.slice(0, text.indexOf("\n") + 1 || undefined))[0] ?? [];
  const unitColumns = header.filter((column) => UNIT_COLUMN.test(column));
  if (unitColumns.length === 0) {
    throw new DataError(file, "header (row 1)", "unit columns UA01 ... UA85", header.join(", "));
  }
  const unitSchema = Object.fromEntries(unitColumns.map((c) => [c, "number" as const]));
  const rows = parseCsv(text, { ...schema, ...unitSchema }, file);
  return rows.map((row) => {
    const record = row as Record<string, unknown>;
    const fixed: Record<string, unknown> = {};
    for (const column of Object.keys(schema)) fixed[column] = record[column];
    const units: Record<string, number> = {};
    for (const column of unitColumns) units[column] = record[column] as number;
    return { ...fixed, units } as UnitRow<S>;
  });
}
