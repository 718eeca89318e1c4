/**
 * The provenance record of the derived files (`data/derived/manifest.json`), read as it is: the
 * pipeline owns its exact shape.
 *
 * @module
 */
import { parseJson } from "../io/parse_json.ts";
import { readText } from "../io/read_text.ts";
import { DEFAULT_DATA_DIR, derivedPath } from "./data_dir.ts";

/**
 * Loads `manifest.json` as parsed JSON; throws a `DataError` if it is missing or not JSON.
 *
 * @example
 * ```ts
 * import { loadManifest } from "./manifest.ts";
 * const manifest = await loadManifest();
 * ```
 */
export async function loadManifest(dataDir: string = DEFAULT_DATA_DIR): Promise<unknown> {
  const path = derivedPath(dataDir, "manifest.json");
  return parseJson(await readText(path, "a readable JSON file"), path);
}
