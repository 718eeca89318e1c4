/**
 * The loaders' check of a derived file against `manifest.json`: every file read from a `derived/`
 * folder must have the sha256 the manifest records, so a hand-edited file, a file of another
 * build, or a set left mixed by an interrupted `data:build` is refused instead of used. Each file
 * is hashed once per process (again only if its modification time changes).
 *
 * @module
 */
import { DataError } from "../io/data_error.ts";
import { parseJson } from "../io/parse_json.ts";
import { sha256Hex } from "../io/sha256.ts";
import { DEFAULT_DATA_DIR, derivedPath } from "./data_dir.ts";

const FIX = "run deno task data:build, or git checkout data/ to restore the committed files";

const verified = new Map<string, Promise<void>>();

async function stamp(path: string): Promise<string | null> {
  try {
    const info = await Deno.stat(path);
    return `${info.mtime?.getTime() ?? ""}:${info.size}`;
  } catch {
    return null;
  }
}

function interruptedBuild(folder: string): boolean {
  try {
    for (const entry of Deno.readDirSync(folder)) {
      if (!entry.name.startsWith(".staging-")) continue;
      try {
        Deno.statSync(`${folder}/${entry.name}/READY`);
        return true;
      } catch { /* an incomplete staging folder: the set in place is whole */ }
    }
  } catch { /* an unreadable folder: the file's own read reports it */ }
  return false;
}

async function check(path: string, folder: string, name: string): Promise<void> {
  const manifestPath = `${folder}/manifest.json`;
  let text: string;
  try {
    text = await Deno.readTextFile(manifestPath);
  } catch (error) {
    // Only the repository's own data/derived must have one; a folder of test fixtures may not.
    const absolute = folder.startsWith("/") ? folder : `${Deno.cwd()}/${folder}`;
    const own = derivedPath(DEFAULT_DATA_DIR, "").replace(/\/$/, "");
    if (absolute.replace(/\/(\.\/)+/g, "/") !== own) return;
    throw new DataError(manifestPath, "the file", `a readable manifest (${FIX})`, String(error));
  }
  let parsed: unknown;
  try {
    parsed = parseJson(text, manifestPath);
  } catch (error) {
    throw new DataError(
      manifestPath,
      "the file",
      `a readable manifest (${FIX})`,
      (error as DataError).found,
    );
  }
  const files = (parsed as { files?: Record<string, { sha256?: unknown }> } | null)?.files;
  const expected = files?.[name]?.sha256;
  if (typeof expected !== "string") {
    throw new DataError(manifestPath, `files['${name}']`, `an entry for ${name} (${FIX})`, "none");
  }
  let bytes: Uint8Array;
  try {
    bytes = await Deno.readFile(path);
  } catch (error) {
    throw new DataError(path, "the file", `a readable derived file (${FIX})`, String(error));
  }
  const actual = await sha256Hex(bytes);
  if (actual !== expected) {
    const why = interruptedBuild(folder)
      ? "an interrupted data:build left the set half-published; "
      : "";
    throw new DataError(
      path,
      "its sha256",
      `${expected}, as manifest.json records (the file was changed after the build: ${why}${FIX})`,
      actual,
    );
  }
}

/**
 * Checks a file of a `derived/` folder against the `manifest.json` beside it and throws a
 * {@link DataError} naming the file and telling the user to run `deno task data:build` or
 * `git checkout data/` when its sha256 differs or the manifest does not list it. Files outside
 * `derived/` folders (the facts tables) and derived folders without a manifest other than the
 * repository's own (test fixtures) are not checked.
 *
 * @example
 * ```ts
 * import { verifyDerivedFile } from "./verify_derived.ts";
 * await verifyDerivedFile("data/derived/oblasts.csv");
 * ```
 */
export async function verifyDerivedFile(path: string): Promise<void> {
  const slash = path.lastIndexOf("/");
  const folder = path.slice(0, slash), name = path.slice(slash + 1);
  if (!/(^|\/)derived$/.test(folder) || name === "manifest.json") return;
  const key = `${path}|${await stamp(path)}|${await stamp(`${folder}/manifest.json`)}`;
  let done = verified.get(key);
  if (!done) {
    done = check(path, folder, name);
    verified.set(key, done);
    done.catch(() => verified.delete(key));
  }
  await done;
}
