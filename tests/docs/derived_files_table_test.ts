/**
 * `docs/ARCHITECTURE.md`'s derived-files table agrees with the schemas in `lib/schemas/`: each
 * schema's row is exactly the one {@link docsTableRow} makes from it (the same one the pipeline
 * writes by and the loader reads by). On failure the message gives the row to paste.
 */
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { DERIVED_SCHEMAS, docsTableRow } from "../../lib/schemas/mod.ts";

const DOC = new URL("../../docs/ARCHITECTURE.md", import.meta.url);

/** The rows of the "Derived files" table: first cell → second cell, both trimmed. */
function derivedFilesTable(text: string): Map<string, string> {
  const section = text.slice(text.indexOf("## Derived files"));
  const rows = new Map<string, string>();
  for (const line of section.split("\n").slice(1)) {
    if (line.startsWith("## ")) break;
    const cells = line.split(/(?<!\\)\|/).slice(1, -1).map((cell) => cell.trim());
    if (cells.length === 2 && !cells[0].startsWith("-") && cells[0] !== "file") {
      rows.set(cells[0], cells[1]);
    }
  }
  return rows;
}

Deno.test("docs/ARCHITECTURE.md: each derived file with a schema is described by it", async () => {
  const table = derivedFilesTable(await Deno.readTextFile(DOC));
  for (const schema of DERIVED_SCHEMAS) {
    const [file, columns] = docsTableRow(schema);
    assertEquals(
      table.get(file),
      columns,
      `the row of ${file} should read:\n| ${file} | ${columns} |\n(then run deno fmt docs/)`,
    );
  }
});
