/**
 * Reading a file that may not be there yet (a previous output, an existing derived file): a
 * missing file is `undefined`, any other failure is thrown.
 *
 * @module
 */

/**
 * The file's text, or `undefined` if there is no such file.
 *
 * @example
 * ```ts
 * import { readIfExists } from "./read_if_exists.ts";
 * await readIfExists("data/derived/no_such_file.csv"); // undefined
 * ```
 */
export async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await Deno.readTextFile(path);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return undefined;
    throw error;
  }
}
