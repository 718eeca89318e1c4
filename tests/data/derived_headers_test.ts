/**
 * Each committed derived CSV's header is its schema's columns in the schema's order (then, for a
 * schema with unit columns, the units' P-codes `UA..`), as the pipeline step writes it.
 */
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { columnNames, DERIVED_SCHEMAS } from "../../lib/schemas/mod.ts";

const DERIVED = new URL("../../data/derived/", import.meta.url);

for (const schema of DERIVED_SCHEMAS) {
  Deno.test(`data/derived/${schema.file}: its header is its schema's columns`, async () => {
    const text = await Deno.readTextFile(new URL(schema.file, DERIVED));
    const header = text.slice(0, text.indexOf("\n")).split(",");
    const fixed = columnNames(schema);
    const units = header.slice(fixed.length);
    assertEquals(header.slice(0, fixed.length), fixed);
    if (schema.unitColumns === undefined) assertEquals(units, []);
    else assertEquals(units.filter((unit) => !/^UA\d\d$/.test(unit)), []);
  });
}
