/**
 * Upstream addresses of the raw files, pinned to the commits of their origin records
 * (`lib/data/origins.ts`, from each folder's SOURCE.md), so that `data:build --download` fetches
 * exactly the bytes the manifest records.
 *
 * @module
 */
import { originOf } from "../lib/data/origins.ts";

/**
 * The upstream address of a raw file given by its path in the raw tree, or `undefined` when the
 * folder or file has no known upstream.
 *
 * @example
 * ```ts
 * import { upstreamUrl } from "./sources.ts";
 * import { ok as assert } from "node:assert/strict";
 * const url = upstreamUrl("general-staff/russia_losses_personnel.json");
 * // "https://raw.githubusercontent.com/PetroIvaniuk/.../data/russia_losses_personnel.json"
 * assert(url?.endsWith("/data/russia_losses_personnel.json"));
 * ```
 */
export function upstreamUrl(path: string): string | undefined {
  const origin = originOf(path);
  if (!origin) return undefined;
  return origin.rawBase + encodeURIComponent(path.slice(path.indexOf("/") + 1));
}
