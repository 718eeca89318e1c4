/**
 * `deno task docs:tables`: rewrites the rows of `docs/ARCHITECTURE.md`'s derived-files table that
 * have a schema in `lib/schemas/`, from that schema (run `deno fmt docs/` after it to align the
 * table). `tests/docs/derived_files_table_test.ts` fails while a row and its schema disagree.
 *
 * @module
 */
import { writeTextFileAtomic } from "../lib/io/atomic_write.ts";
import { DERIVED_SCHEMAS, docsTableRow } from "../lib/schemas/mod.ts";

/**
 * The document with each schema's table row replaced by the one its schema makes; a schema
 * without a row is an error (add the file's row by hand first, in the table's order).
 *
 * @example
 * ```ts
 * import { withSchemaRows } from "./docs_tables.ts";
 * import { throws } from "node:assert/strict";
 * // A document without a row for each schema's file is an error naming the file.
 * throws(() => withSchemaRows("| `other.csv` | kept |"), /no table row for `general_staff/);
 * ```
 */
export function withSchemaRows(text: string): string {
  const lines = text.split("\n");
  for (const schema of DERIVED_SCHEMAS) {
    const [file, columns] = docsTableRow(schema);
    const at = lines.findIndex((line) => line.startsWith(`| ${file} `));
    if (at < 0) throw new Error(`docs/ARCHITECTURE.md: no table row for ${file}`);
    lines[at] = `| ${file} | ${columns} |`;
  }
  return lines.join("\n");
}

if (import.meta.main) {
  const path = "docs/ARCHITECTURE.md";
  await writeTextFileAtomic(path, withSchemaRows(await Deno.readTextFile(path)));
  console.log(`${path}: ${DERIVED_SCHEMAS.length} rows written from lib/schemas/`);
}
