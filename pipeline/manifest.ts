/**
 * The manifest of `data/derived/`: for every derived file, its sha256, the sha256 and upstream
 * address of each input, the command and code version that made it, and when.
 *
 * @module
 */
import type { AcceptedAnomaly } from "./accepted.ts";
import { DataError } from "../lib/io/data_error.ts";
import { parseJson } from "../lib/io/parse_json.ts";
import { sha256Hex } from "../lib/io/sha256.ts";
import { originOf, ORIGINS } from "../lib/data/origins.ts";

/** One input of a derived file. */
export interface ManifestInput {
  /** Path relative to the raw folder, e.g. `deepstate/deepstatemap_data_20250101.geojson`. */
  path: string;
  sha256: string;
  /** Upstream address (pinned commit) that `--download` fetches, if known. */
  url: string | null;
}

/** Where a derived file's raw inputs come from: one record per origin (`lib/data/origins.ts`). */
export interface ManifestOrigin {
  id: string;
  title: string;
  producer: string;
  url: string;
  commit: string;
  date: string | null;
  licence: string;
}

/** How one derived file was made. */
export interface ManifestEntry {
  sha256: string;
  rows: number;
  inputs: ManifestInput[];
  /** The origins of its inputs, in the order of {@link ORIGINS}. */
  origins?: ManifestOrigin[];
  command: string;
  /** sha256 of the pipeline's code (see {@link codeVersion}). */
  code_version: string;
  /** ISO time it was made; kept from the previous build when the file did not change. */
  made: string;
  /** Known upstream anomalies accepted among its inputs (`pipeline/accepted.ts`), if any. */
  accepted?: AcceptedAnomaly[];
}

/** The whole manifest. */
export interface Manifest {
  files: Record<string, ManifestEntry>;
}

/** Source folders whose code makes the derived files. */
const CODE_FOLDERS = ["pipeline", "lib/geo", "lib/io", "lib/schemas"];
/** Single source files outside those folders that the pipeline imports. */
const CODE_FILES = ["lib/data/dates.ts", "lib/data/origins.ts"];

function listTs(root: string, folder: string): string[] {
  const files: string[] = [];
  let entries: Deno.DirEntry[];
  try {
    entries = [...Deno.readDirSync(`${root}/${folder}`)];
  } catch {
    return files;
  }
  for (const entry of entries) {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory) files.push(...listTs(root, path));
    else if (entry.isFile && entry.name.endsWith(".ts")) files.push(path);
  }
  return files;
}

/**
 * The code version: sha256 over the paths and contents of every `.ts` file of `pipeline/`,
 * `lib/geo/`, `lib/io/`, `lib/schemas/` (and the date helpers and origins), so that it changes
 * exactly when the code that makes the derived files changes.
 *
 * @example
 * ```ts
 * import { codeVersion } from "./manifest.ts";
 * import { REPO_ROOT } from "./paths.ts";
 * await codeVersion(REPO_ROOT); // "3f1c…" (64 hex digits)
 * ```
 */
export async function codeVersion(root: string): Promise<string> {
  const files = [...CODE_FOLDERS.flatMap((folder) => listTs(root, folder)), ...CODE_FILES].sort();
  const lines: string[] = [];
  for (const file of files) {
    lines.push(`${file} ${await sha256Hex(await Deno.readFile(`${root}/${file}`))}`);
  }
  return sha256Hex(lines.join("\n"));
}

/**
 * Reads a manifest; `undefined` when the file does not exist. A manifest that is not valid JSON
 * or lacks `files` throws a {@link DataError}.
 *
 * @example
 * ```ts
 * import { readManifest } from "./manifest.ts";
 * const manifest = await readManifest("data/derived/manifest.json");
 * manifest?.files["oblasts.csv"].sha256;
 * ```
 */
export async function readManifest(path: string): Promise<Manifest | undefined> {
  let text: string;
  try {
    text = await Deno.readTextFile(path);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return undefined;
    throw new DataError(path, "the file", "a readable manifest", (error as Error).message);
  }
  const data = parseJson(text, path);
  const files = (data as { files?: unknown })?.files;
  if (typeof files !== "object" || files === null) {
    throw new DataError(path, "the top level", "an object with 'files'");
  }
  return data as Manifest;
}

/**
 * The manifest as stable JSON text: files sorted by name, two-space indent, final newline.
 *
 * @example
 * ```ts
 * import { formatManifest } from "./manifest.ts";
 * formatManifest({ files: {} }); // '{\n  "files": {}\n}\n'
 * ```
 */
export function formatManifest(manifest: Manifest): string {
  const files: Record<string, ManifestEntry> = {};
  for (const name of Object.keys(manifest.files).sort()) files[name] = manifest.files[name];
  return JSON.stringify({ files }, null, 2) + "\n";
}

/**
 * The manifest without the times, for comparing two builds (`data:check`).
 *
 * @example
 * ```ts
 * import { withoutTimes } from "./manifest.ts";
 * withoutTimes({ files: {} }); // { files: {} }
 * ```
 */
export function withoutTimes(manifest: Manifest): Manifest {
  const files: Record<string, ManifestEntry> = {};
  for (const [name, entry] of Object.entries(manifest.files)) files[name] = { ...entry, made: "" };
  return { files };
}

/**
 * The origin records of a derived file's inputs (paths in the raw tree), each once, in the order
 * of {@link ORIGINS}; inputs without an origin add none.
 *
 * @example
 * ```ts
 * import { manifestOrigins } from "./manifest.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const origins = manifestOrigins(["general-staff/russia_losses_personnel.json"]);
 * assertEquals(origins.map((origin) => origin.licence), ["MIT"]);
 * ```
 */
export function manifestOrigins(paths: readonly string[]): ManifestOrigin[] {
  const used = new Set(paths.map((path) => originOf(path)?.id));
  return ORIGINS.filter((origin) => used.has(origin.id)).map((origin) => ({
    id: origin.id,
    title: origin.title,
    producer: origin.producer,
    url: origin.url,
    commit: origin.commit,
    date: origin.date,
    licence: origin.licence,
  }));
}
