/**
 * Checks a raw folder tree against its `SHA256SUMS` files: every file listed must exist and match,
 * and every data file present must be listed. Returns the sha256 of every raw file, which the
 * manifest records and the incremental build compares.
 *
 * @module
 */
import { DataError } from "../lib/io/data_error.ts";
import { pinFile } from "../lib/io/pinned_files.ts";
import { sha256Hex } from "../lib/io/sha256.ts";

function refuseLink(path: string, entry: { isSymlink: boolean }): void {
  if (entry.isSymlink) {
    throw new DataError(
      path,
      "the file",
      "a regular file or folder (the build follows no symbolic link out of the raw folders)",
      "a symbolic link",
    );
  }
}

/** Files of a raw folder that are documentation, not data. */
const NOT_DATA = new Set(["SHA256SUMS", "SOURCE.md"]);

/**
 * Parses a `SHA256SUMS` text (`<64 hex>  <name>` per line, as `sha256sum` writes it; names may
 * contain spaces) into name → sha256.
 *
 * @example
 * ```ts
 * import { parseSha256Sums } from "./verify_raw.ts";
 * parseSha256Sums(`${"a".repeat(64)}  my file.csv\n`, "x/SHA256SUMS"); // Map { "my file.csv" => "aaa…" }
 * ```
 */
export function parseSha256Sums(text: string, file: string): Map<string, string> {
  const sums = new Map<string, string>();
  text.split("\n").forEach((line, index) => {
    if (line.trim() === "") return;
    const match = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line.replace(/\r$/, ""));
    if (!match) {
      throw new DataError(file, `line ${index + 1}`, "'<64 hex digits>  <file name>'", `'${line}'`);
    }
    sums.set(match[2], match[1].toLowerCase());
  });
  return sums;
}

async function mapLimited<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>) {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * Verifies every folder of `rawDir` against its `SHA256SUMS` and returns path → sha256 for every
 * data file (paths relative to `rawDir`, e.g. `deepstate/deepstatemap_data_20250101.geojson`).
 * A mismatch, a listed file that is missing, a file not listed, a symbolic link (listed or not:
 * the build never follows a link out of the raw folders), or a folder without `SHA256SUMS` throws
 * a {@link DataError} naming the file; anything else present but not read (a hidden file, a
 * sub-folder, a file beside the folders) is named in a warning. Each file is read once: its
 * bytes are hashed and pinned (`lib/io/pinned_files.ts`), and the steps compute from them.
 *
 * @example
 * ```ts
 * import { verifyRaw } from "./verify_raw.ts";
 * const hashes = await verifyRaw("../shared/data/raw");
 * hashes.get("general-staff/russia_losses_personnel.json"); // "8a11a5e9…"
 * ```
 */
export async function verifyRaw(
  rawDir: string,
  warn: (message: string) => void = (message) => console.warn(`warning: ${message}`),
): Promise<Map<string, string>> {
  let entries: Deno.DirEntry[];
  try {
    entries = [...Deno.readDirSync(rawDir)].sort((a, b) => a.name.localeCompare(b.name));
  } catch (error) {
    throw new DataError(rawDir, "the raw folder", "a readable folder", (error as Error).message);
  }
  for (const entry of entries) refuseLink(`${rawDir}/${entry.name}`, entry);
  const folders = entries.filter((e) => e.isDirectory).map((e) => e.name);
  for (const entry of entries.filter((e) => !e.isDirectory)) {
    warn(`${rawDir}/${entry.name}: not in a source folder, not read`);
  }
  const hashes = new Map<string, string>();
  for (const folder of folders) {
    const sumsPath = `${rawDir}/${folder}/SHA256SUMS`;
    let sumsText: string;
    try {
      refuseLink(sumsPath, Deno.lstatSync(sumsPath));
      sumsText = await Deno.readTextFile(sumsPath);
    } catch (error) {
      if (error instanceof DataError) throw error;
      throw new DataError(sumsPath, "the file", "a SHA256SUMS file listing every raw file", "none");
    }
    const sums = parseSha256Sums(sumsText, sumsPath);
    const inFolder = [...Deno.readDirSync(`${rawDir}/${folder}`)]
      .sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of inFolder) refuseLink(`${rawDir}/${folder}/${entry.name}`, entry);
    for (const entry of inFolder) {
      if (!sums.has(entry.name) && (entry.isDirectory || entry.name.startsWith("."))) {
        warn(`${rawDir}/${folder}/${entry.name}: not listed in ${sumsPath}, not read`);
      }
    }
    const present = inFolder
      .filter((e) => e.isFile && !NOT_DATA.has(e.name) && !e.name.startsWith("."))
      .map((e) => e.name);
    for (const name of present) {
      if (!sums.has(name)) {
        throw new DataError(`${rawDir}/${folder}/${name}`, "the file", `a line in ${sumsPath}`);
      }
    }
    const names = [...sums.keys()].sort();
    const actual = await mapLimited(names, 16, async (name) => {
      const path = `${rawDir}/${folder}/${name}`;
      try {
        // lstat: a listed name that is a link is refused before anything reads its target.
        refuseLink(path, await Deno.lstat(path));
        const bytes = await Deno.readFile(path);
        pinFile(path, bytes);
        return await sha256Hex(bytes);
      } catch (error) {
        if (error instanceof DataError) throw error;
        throw new DataError(
          `${rawDir}/${folder}/${name}`,
          "the file",
          `a file listed in ${sumsPath}`,
          (error as Error).message,
        );
      }
    });
    names.forEach((name, index) => {
      if (actual[index] !== sums.get(name)) {
        throw new DataError(
          `${rawDir}/${folder}/${name}`,
          "its sha256",
          `${sums.get(name)} (from ${folder}/SHA256SUMS)`,
          actual[index],
        );
      }
      hashes.set(`${folder}/${name}`, actual[index]);
    });
  }
  return hashes;
}
