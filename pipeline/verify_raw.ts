/**
 * Checks a raw folder tree against its `SHA256SUMS` files: every file listed must exist and match,
 * and every data file present must be listed. Returns the sha256 of every raw file, which the
 * manifest records and the incremental build compares.
 *
 * @module
 */
import { DataError } from "../lib/io/data_error.ts";
import { sha256Hex } from "../lib/io/sha256.ts";

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
 * A mismatch, a listed file that is missing, a file not listed, or a folder without `SHA256SUMS`
 * throws a {@link DataError} naming the file.
 *
 * @example
 * ```ts
 * import { verifyRaw } from "./verify_raw.ts";
 * const hashes = await verifyRaw("../shared/data/raw");
 * hashes.get("general-staff/russia_losses_personnel.json"); // "8a11a5e9…"
 * ```
 */
export async function verifyRaw(rawDir: string): Promise<Map<string, string>> {
  let folders: string[];
  try {
    folders = [...Deno.readDirSync(rawDir)].filter((e) => e.isDirectory).map((e) => e.name).sort();
  } catch (error) {
    throw new DataError(rawDir, "the raw folder", "a readable folder", (error as Error).message);
  }
  const hashes = new Map<string, string>();
  for (const folder of folders) {
    const sumsPath = `${rawDir}/${folder}/SHA256SUMS`;
    let sumsText: string;
    try {
      sumsText = await Deno.readTextFile(sumsPath);
    } catch {
      throw new DataError(sumsPath, "the file", "a SHA256SUMS file listing every raw file", "none");
    }
    const sums = parseSha256Sums(sumsText, sumsPath);
    const present = [...Deno.readDirSync(`${rawDir}/${folder}`)]
      .filter((e) => e.isFile && !NOT_DATA.has(e.name) && !e.name.startsWith("."))
      .map((e) => e.name);
    for (const name of present) {
      if (!sums.has(name)) {
        throw new DataError(`${rawDir}/${folder}/${name}`, "the file", `a line in ${sumsPath}`);
      }
    }
    const names = [...sums.keys()].sort();
    const actual = await mapLimited(names, 16, async (name) => {
      try {
        return await sha256Hex(await Deno.readFile(`${rawDir}/${folder}/${name}`));
      } catch (error) {
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
