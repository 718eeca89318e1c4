import { deepStrictEqual as assertEquals, throws } from "node:assert/strict";
import { DataError } from "../../lib/io/data_error.ts";
import { parseJson } from "../../lib/io/parse_json.ts";

Deno.test("parseJson: valid JSON gives its value", () => {
  assertEquals(parseJson('{"a": [1, 2]}', "a.json"), { a: [1, 2] });
});

Deno.test("parseJson: truncated JSON is a DataError naming the file, expecting valid JSON", () => {
  throws(
    () => parseJson('{"a": [1, ', "a.json"),
    (error) =>
      error instanceof DataError && error.file === "a.json" && error.where === "the file" &&
      error.expected === "valid JSON" && error.found !== undefined,
  );
});
