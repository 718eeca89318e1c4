/**
 * Parsing JSON from a data file: a syntax error (e.g. a truncated file) is a `DataError` naming
 * the file, not a bare `SyntaxError`.
 *
 * @module
 */
import { DataError } from "./data_error.ts";

/**
 * Parses JSON text read from `file`. On a syntax error throws `DataError(file, "the file",
 * "valid JSON", the parser's message)`.
 *
 * @example
 * ```ts
 * import { parseJson } from "./parse_json.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(parseJson('{"a": 1}', "a.json"), { a: 1 });
 * ```
 */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DataError(file, "the file", "valid JSON", (error as Error).message);
  }
}
