/**
 * `data:build --download`: fetches every raw input the manifest lists from its upstream address
 * into a cache folder laid out like `../shared/data/raw`, checks each against the sha256 the
 * manifest records, and writes a `SHA256SUMS` per folder so the build can verify them as usual.
 * Files already in the cache with the right sha256 are not fetched again.
 *
 * @module
 */
import { DataError } from "../lib/io/data_error.ts";
import { sha256Hex } from "../lib/io/sha256.ts";
import type { Manifest } from "./manifest.ts";

/** Options of {@link downloadRaw}. */
export interface DownloadOptions {
  /** Fetch from this origin (e.g. `http://127.0.0.1:8000`) instead of each address's own host;
   * the address's path is kept. */
  origin?: string;
  /** Called after each file, for progress. */
  onFile?: (path: string, fetched: boolean) => void;
}

/**
 * The address to fetch: `url` with its scheme and host replaced by `origin`, if given.
 *
 * @example
 * ```ts
 * import { withOrigin } from "./download.ts";
 * withOrigin("https://raw.githubusercontent.com/a/b.json", "http://127.0.0.1:8000");
 * // "http://127.0.0.1:8000/a/b.json"
 * ```
 */
export function withOrigin(url: string, origin?: string): string {
  if (!origin) return url;
  const parsed = new URL(url);
  return `${origin.replace(/\/$/, "")}${parsed.pathname}${parsed.search}`;
}

async function hashOf(path: string): Promise<string | undefined> {
  try {
    return await sha256Hex(await Deno.readFile(path));
  } catch {
    return undefined;
  }
}

/**
 * Downloads the manifest's inputs into `cacheDir` and returns `cacheDir`, ready to build from.
 * A failed request or a file whose sha256 differs from the manifest throws a {@link DataError}
 * naming the file and the address.
 *
 * @example
 * ```ts
 * import { downloadRaw } from "./download.ts";
 * import { readManifest } from "./manifest.ts";
 * const manifest = (await readManifest("data/derived/manifest.json"))!;
 * const rawDir = await downloadRaw(manifest, ".cache/raw");
 * ```
 */
export async function downloadRaw(
  manifest: Manifest,
  cacheDir: string,
  options: DownloadOptions = {},
): Promise<string> {
  const wanted = new Map<string, { sha256: string; url: string | null }>();
  for (const entry of Object.values(manifest.files)) {
    for (const input of entry.inputs) wanted.set(input.path, input);
  }
  const byFolder = new Map<string, string[]>();
  for (const [path, { sha256, url }] of [...wanted].sort(([a], [b]) => a.localeCompare(b))) {
    const [folder, ...rest] = path.split("/");
    const name = rest.join("/");
    if (!folder || !name || name.includes("/") || folder === "..") {
      throw new DataError("manifest.json", `input ${path}`, "a path '<folder>/<file>'");
    }
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), `${sha256}  ${name}`]);
    const target = `${cacheDir}/${path}`;
    if (await hashOf(target) === sha256) {
      options.onFile?.(path, false);
      continue;
    }
    if (!url) throw new DataError("manifest.json", `input ${path}`, "an upstream url to fetch");
    const address = withOrigin(url, options.origin);
    let bytes: Uint8Array;
    try {
      const response = await fetch(address);
      if (!response.ok) {
        await response.body?.cancel();
        throw new DataError(
          path,
          `download from ${address}`,
          "HTTP 200",
          `HTTP ${response.status}`,
        );
      }
      bytes = new Uint8Array(await response.arrayBuffer());
    } catch (error) {
      if (error instanceof DataError) throw error;
      throw new DataError(path, `download from ${address}`, "a response", (error as Error).message);
    }
    const found = await sha256Hex(bytes);
    if (found !== sha256) {
      throw new DataError(path, `downloaded from ${address}`, `sha256 ${sha256}`, found);
    }
    await Deno.mkdir(`${cacheDir}/${folder}`, { recursive: true });
    const temporary = `${target}.download`;
    await Deno.writeFile(temporary, bytes);
    await Deno.rename(temporary, target);
    options.onFile?.(path, true);
  }
  for (const [folder, lines] of byFolder) {
    const listed = new Set(lines.map((line) => line.slice(66)));
    // The cache holds exactly the manifest's inputs: stale files would fail verification.
    for (const entry of Deno.readDirSync(`${cacheDir}/${folder}`)) {
      if (entry.isFile && entry.name !== "SHA256SUMS" && !listed.has(entry.name)) {
        await Deno.remove(`${cacheDir}/${folder}/${entry.name}`);
      }
    }
    await Deno.writeTextFile(`${cacheDir}/${folder}/SHA256SUMS`, lines.join("\n") + "\n");
  }
  return cacheDir;
}
