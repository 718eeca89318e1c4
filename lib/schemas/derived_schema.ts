/**
 * The shape of a derived file's schema, written once per file in `lib/schemas/`: the pipeline
 * step writes its columns in this order, the loader in `lib/data/` reads and validates the file
 * with it, and the derived-files table of `docs/ARCHITECTURE.md` is checked against it
 * (`tests/docs/derived_files_table_test.ts`).
 *
 * @module
 */
import type { ColumnType, Schema } from "../io/csv.ts";

/** One column: its type (as `lib/io/csv.ts` reads it), unit, and meaning. */
export interface ColumnSpec {
  type: ColumnType;
  /** The unit of a number (`km²`, `people`, `%`), or `null` for none. */
  unit: string | null;
  description: string;
}

/** One derived CSV file: its name, what a row is, and its columns in the file's order. */
export interface DerivedSchema {
  /** The file's name in `data/derived/`. */
  file: string;
  /** What the file holds and what one row is, in one or two sentences. */
  description: string;
  columns: Readonly<Record<string, ColumnSpec>>;
  /** After the fixed columns, one column per OCHA ADM1 unit (`UA01` ... `UA85`, numbers), as
   * `lib/data/unit_columns.ts` reads them: what each holds, and its unit. */
  unitColumns?: { unit: string; description: string };
}

/** The column types of a schema, as `readCsv` takes them. */
export type CsvSchemaOf<S extends DerivedSchema> = {
  [K in keyof S["columns"]]: S["columns"][K]["type"];
};

/**
 * The schema's columns as `readCsv` takes them (name → type), keeping the literal types so that
 * the loader's rows are typed.
 *
 * @example
 * ```ts
 * import { csvSchema } from "./derived_schema.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const schema = {
 *   file: "x.csv",
 *   description: "",
 *   columns: { date: { type: "date", unit: null, description: "" } },
 * } as const;
 * assertEquals(csvSchema(schema), { date: "date" });
 * ```
 */
export function csvSchema<S extends DerivedSchema>(schema: S): CsvSchemaOf<S> & Schema {
  return Object.fromEntries(
    Object.entries(schema.columns).map(([name, spec]) => [name, spec.type]),
  ) as CsvSchemaOf<S> & Schema;
}

/**
 * The schema's column names in the file's order, as the pipeline writes them: the fixed columns,
 * then, for a schema with unit columns, one per unit's P-code in the given order.
 *
 * @example
 * ```ts
 * import { columnNames } from "./derived_schema.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const columns = {
 *   a: { type: "string", unit: null, description: "" },
 *   b: { type: "number", unit: "km²", description: "" },
 * } as const;
 * assertEquals(columnNames({ file: "x.csv", description: "", columns }), ["a", "b"]);
 * ```
 */
export function columnNames(
  schema: DerivedSchema,
  units: readonly { pcode: string }[] = [],
): string[] {
  if (schema.unitColumns === undefined && units.length > 0) {
    throw new Error(`${schema.file}: the schema has no unit columns`);
  }
  return [...Object.keys(schema.columns), ...units.map((unit) => unit.pcode)];
}

/**
 * The schema as one row of the docs' derived-files table: the file, then its columns with their
 * units, and the description.
 *
 * @example
 * ```ts
 * import { docsTableRow } from "./derived_schema.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const columns = { a: { type: "number", unit: "km²", description: "" } } as const;
 * assertEquals(
 *   docsTableRow({ file: "x.csv", description: "One row.", columns }),
 *   ["`x.csv`", "`a` (km²); One row."],
 * );
 * ```
 */
export function docsTableRow(schema: DerivedSchema): [string, string] {
  const columns = Object.entries(schema.columns)
    .map(([name, spec]) => spec.unit === null ? `\`${name}\`` : `\`${name}\` (${spec.unit})`)
    .join(", ");
  const units = schema.unitColumns === undefined
    ? ""
    : `, \`UA01\` ... \`UA85\` (${schema.unitColumns.unit}: ${schema.unitColumns.description})`;
  return [`\`${schema.file}\``, `${columns}${units}; ${schema.description}`];
}
