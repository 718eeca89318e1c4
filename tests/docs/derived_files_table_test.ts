/**
 * `docs/ARCHITECTURE.md`'s derived-files table agrees with the schemas in `lib/schemas/`: each
 * schema's row is exactly the one {@link docsTableRow} makes from it (the same one the pipeline
 * writes by and the loader reads by). On failure the message gives the row to paste. Every CSV
 * the pipeline writes has a schema, so no row of a derived CSV is written by hand.
 */
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { DERIVED_SCHEMAS, docsTableRow } from "../../lib/schemas/mod.ts";
import { ALL_STEPS } from "../../pipeline/steps/all.ts";

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

Deno.test("docs/ARCHITECTURE.md: every CSV row of the derived-files table comes from a schema", async () => {
  const table = derivedFilesTable(await Deno.readTextFile(DOC));
  const fromSchemas = new Set(DERIVED_SCHEMAS.map((schema) => docsTableRow(schema)[0]));
  const handWritten = [...table.keys()].filter((file) =>
    file.endsWith(".csv`") && !fromSchemas.has(file)
  );
  assertEquals(
    handWritten,
    [],
    "each derived CSV needs a schema in lib/schemas/ (DERIVED_SCHEMAS)",
  );
});

Deno.test("every CSV the pipeline writes has a schema, and every schema a step", () => {
  const written = ALL_STEPS.map((step) => step.output).filter((file) => file.endsWith(".csv"));
  assertEquals(
    DERIVED_SCHEMAS.map((schema) => schema.file).sort(),
    written.sort(),
    "lib/schemas/mod.ts DERIVED_SCHEMAS should list one schema per CSV step in pipeline/steps/all.ts",
  );
});
