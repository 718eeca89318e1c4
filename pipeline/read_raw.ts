import { DataError } from "../lib/io/data_error.ts";
import { readText } from "../lib/io/read_text.ts";

/**
 * Reads a raw text file, turning a missing or unreadable file into a {@link DataError}.
 *
 * @example
 * ```ts
 * import { readRaw } from "./read_raw.ts";
 * const text = await readRaw("../shared/data/raw/general-staff/SOURCE.md");
 * ```
 */
export function readRaw(path: string): Promise<string> {
  return readText(path, "a readable file");
}

/**
 * Parses JSON text, turning a syntax error (e.g. a truncated file) into a {@link DataError}.
 *
 * @example
 * ```ts
 * import { parseJson } from "./read_raw.ts";
 * parseJson('{"a": 1}', "a.json"); // { a: 1 }
 * ```
 */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DataError(file, "the file", "valid JSON", (error as Error).message);
  }
}
