/**
 * Reading a text file the data depend on: a missing or unreadable file is a `DataError` naming
 * the file and what was expected there, not a bare system error.
 *
 * @module
 */
import { DataError } from "./data_error.ts";
import { pinnedBytes } from "./pinned_files.ts";

/**
 * Reads a whole text file (UTF-8); a file pinned by `pinned_files.ts` is read from memory. On failure throws `DataError(file, "the file", expected,
 * the system's message)`.
 *
 * @example
 * ```ts
 * import { readText } from "./read_text.ts";
 * const text = await readText("data/derived/oblasts.csv", "a readable CSV file");
 * ```
 */
export async function readText(
  path: string | URL,
  expected = "a readable file",
): Promise<string> {
  const pinned = typeof path === "string" ? pinnedBytes(path) : undefined;
  if (pinned) return new TextDecoder().decode(pinned);
  try {
    return await Deno.readTextFile(path);
  } catch (error) {
    const file = path instanceof URL ? path.pathname : path;
    throw new DataError(file, "the file", expected, (error as Error).message);
  }
}
