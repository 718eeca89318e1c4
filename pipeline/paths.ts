/**
 * Where the pipeline reads and writes by default, resolved from this file so that the commands
 * work from any working directory.
 *
 * @module
 */

function pathOf(relative: string): string {
  return decodeURIComponent(new URL(relative, import.meta.url).pathname).replace(/\/$/, "");
}

/**
 * The repository's root folder (absolute, no trailing slash).
 *
 * @example
 * ```ts
 * import { REPO_ROOT } from "./paths.ts";
 * console.log(`${REPO_ROOT}/data/derived`);
 * ```
 */
export const REPO_ROOT: string = pathOf("../");

/**
 * The shared raw data folder beside the repository (`../shared/data/raw`).
 *
 * @example
 * ```ts
 * import { DEFAULT_RAW_DIR } from "./paths.ts";
 * console.log(`${DEFAULT_RAW_DIR}/general-staff`);
 * ```
 */
export const DEFAULT_RAW_DIR: string = pathOf("../../shared/data/raw");

/**
 * The folder the pipeline writes (`data/derived`).
 *
 * @example
 * ```ts
 * import { DEFAULT_OUT_DIR } from "./paths.ts";
 * console.log(`${DEFAULT_OUT_DIR}/manifest.json`);
 * ```
 */
export const DEFAULT_OUT_DIR: string = pathOf("../data/derived");

/**
 * The download cache for `data:build --download` (`.cache/raw`).
 *
 * @example
 * ```ts
 * import { DEFAULT_CACHE_DIR } from "./paths.ts";
 * console.log(DEFAULT_CACHE_DIR);
 * ```
 */
export const DEFAULT_CACHE_DIR: string = pathOf("../.cache/raw");
