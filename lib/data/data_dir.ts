/**
 * Where the data live: the repository's `data/` folder (derived files in `data/derived/`, fact
 * tables in `data/facts/`), resolved from this module's address so that it works from any
 * working directory, with or without `../shared`.
 *
 * @module
 */

/**
 * The repository's `data/` folder as a file-system path (ends with `/`).
 *
 * @example
 * ```ts
 * import { DEFAULT_DATA_DIR } from "./data_dir.ts";
 * DEFAULT_DATA_DIR; // "/work/main/data/"
 * ```
 */
export const DEFAULT_DATA_DIR: string = decodeURIComponent(
  new URL("../../data/", import.meta.url).pathname,
);

/**
 * The path of a derived file under a data folder.
 *
 * @example
 * ```ts
 * import { derivedPath } from "./data_dir.ts";
 * derivedPath("data", "oblasts.csv"); // "data/derived/oblasts.csv"
 * ```
 */
export function derivedPath(dataDir: string, file: string): string {
  return `${dataDir.replace(/\/+$/, "")}/derived/${file}`;
}
