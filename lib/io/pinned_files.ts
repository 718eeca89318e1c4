/**
 * Files pinned in memory for this process, by path: the pipeline reads each raw file once, checks
 * its sha256 and pins those very bytes, so that every later read of the file (`readText`,
 * `readBytes`, the shapefile and TopoJSON readers) computes from the bytes that were hashed, even
 * if the file on disk is replaced during the build.
 *
 * @module
 */

const pinned = new Map<string, Uint8Array>();

/**
 * Pins the bytes of `path` (the exact path string later reads use).
 *
 * @example
 * ```ts
 * import { pinFile, unpinAll } from "./pinned_files.ts";
 * pinFile("raw/a.csv", new TextEncoder().encode("a\n1\n"));
 * unpinAll();
 * ```
 */
export function pinFile(path: string, bytes: Uint8Array): void {
  pinned.set(path, bytes);
}

/**
 * The pinned bytes of `path`, or `undefined`.
 *
 * @example
 * ```ts
 * import { pinnedBytes } from "./pinned_files.ts";
 * pinnedBytes("raw/a.csv"); // undefined unless pinned
 * ```
 */
export function pinnedBytes(path: string): Uint8Array | undefined {
  return pinned.get(path);
}

/**
 * Forgets every pinned file (the end of a build).
 *
 * @example
 * ```ts
 * import { unpinAll } from "./pinned_files.ts";
 * unpinAll();
 * ```
 */
export function unpinAll(): void {
  pinned.clear();
}
