import { DataError } from "../lib/io/data_error.ts";

/**
 * Reads a raw text file, turning a missing or unreadable file into a {@link DataError}.
 *
 * @example
 * ```ts
 * import { readRaw } from "./read_raw.ts";
 * const text = await readRaw("../shared/data/raw/general-staff/SOURCE.md");
 * ```
 */
export async function readRaw(path: string): Promise<string> {
  try {
    return await Deno.readTextFile(path);
  } catch (error) {
    throw new DataError(path, "the file", "a readable file", (error as Error).message);
  }
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
