import { readText } from "../lib/io/read_text.ts";

/**
 * Reads a raw text file, turning a missing or unreadable file into a `DataError`.
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
