/**
 * A small per-process cache of loaded files, so that checking ten claims reads each derived file
 * once, each derived file checked against `manifest.json` first (`verify_derived.ts`). Keyed by path; the file's modification time is checked so that a rebuilt file is re-read.
 *
 * @module
 */

import { verifyDerivedFile } from "./verify_derived.ts";

const cache = new Map<string, { mtime: number | null; value: Promise<unknown> }>();

// While pinned (a sweep over many days in one process), a loaded file is not re-checked on disk.
let pinned = false;

/**
 * Pins the cache (`true`): a file loaded once is returned again without checking its
 * modification time, so a sweep that re-checks every claim on hundreds of days reads and stats
 * each file once. `false` restores the normal check.
 *
 * @example
 * ```ts
 * import { pinDataCache } from "./cache.ts";
 * pinDataCache(true);
 * // ... many checks ...
 * pinDataCache(false);
 * ```
 */
export function pinDataCache(pin: boolean): void {
  pinned = pin;
}

/**
 * Loads `path` with `load` once per modification time of the file.
 *
 * @example
 * ```ts
 * import { cached } from "./cache.ts";
 * const text = await cached("data/derived/oblasts.csv", () => Deno.readTextFile("data/derived/oblasts.csv"));
 * ```
 */
export async function cached<T>(path: string, load: () => Promise<T>): Promise<T> {
  const pinnedHit = pinned ? cache.get(path) : undefined;
  if (pinnedHit) return await (pinnedHit.value as Promise<T>);
  let mtime: number | null = null;
  try {
    mtime = (await Deno.stat(path)).mtime?.getTime() ?? null;
  } catch {
    // A missing file: let `load` raise its own, clearer error.
  }
  const hit = cache.get(path);
  if (hit && hit.mtime === mtime && mtime !== null) return await (hit.value as Promise<T>);
  // A derived file is checked against manifest.json before it is loaded (once per process).
  const value = verifyDerivedFile(path).then(load);
  cache.set(path, { mtime, value });
  value.catch(() => cache.delete(path));
  return await value;
}

/**
 * Forgets every cached file (a test comparing a pinned sweep with fresh single checks).
 *
 * @example
 * ```ts
 * import { clearDataCache } from "./cache.ts";
 * clearDataCache();
 * ```
 */
export function clearDataCache(): void {
  cache.clear();
}
