/**
 * All-or-nothing publication of `data/derived/`: the new files and the manifest are written to a
 * staging folder inside the output folder, a `READY` list marks the set complete (the commit
 * point, written by an atomic rename), and the files are then renamed into place, the manifest
 * last. A crash before `READY` leaves the old set; a crash after it leaves a staging folder that
 * {@link recoverStaging} rolls forward at the next run, so the folder ends as exactly the new set.
 * Until then the loaders (`lib/data/verify_derived.ts`) refuse files that do not match the
 * manifest, which is the old one until the very last rename.
 *
 * @module
 */

/** The name prefix of staging folders inside the output folder. */
export const STAGING_PREFIX = ".staging-";
/** The file that marks a staging folder complete; it lists the files to move, one a line. */
export const READY_FILE = "READY";

/** Options of {@link publishDerived}. */
export interface PublishOptions {
  /** Called after each file is renamed into place (tests throw here to simulate a crash). */
  afterRename?: (name: string) => void | Promise<void>;
}

/**
 * Publishes `files` (name → text, the manifest among them, written last) into `outDir`.
 *
 * @example
 * ```ts
 * import { publishDerived } from "./publish.ts";
 * await publishDerived("/tmp/derived", new Map([["a.csv", "a\n1\n"], ["manifest.json", "{}\n"]]));
 * ```
 */
export async function publishDerived(
  outDir: string,
  files: ReadonlyMap<string, string>,
  options: PublishOptions = {},
): Promise<void> {
  const names = [...files.keys()].filter((n) => n !== "manifest.json");
  if (files.has("manifest.json")) names.push("manifest.json");
  const staging = await Deno.makeTempDir({ dir: outDir, prefix: STAGING_PREFIX });
  let committed = false;
  try {
    for (const name of names) await Deno.writeTextFile(`${staging}/${name}`, files.get(name)!);
    await Deno.writeTextFile(`${staging}/${READY_FILE}.tmp`, names.join("\n") + "\n");
    await Deno.rename(`${staging}/${READY_FILE}.tmp`, `${staging}/${READY_FILE}`);
    committed = true;
    for (const name of names) {
      await Deno.rename(`${staging}/${name}`, `${outDir}/${name}`);
      await options.afterRename?.(name);
    }
    await Deno.remove(staging, { recursive: true });
  } catch (error) {
    // Before the commit point the old set stands: drop the staging folder. After it, keep the
    // folder for recoverStaging to finish.
    if (!committed) await Deno.remove(staging, { recursive: true }).catch(() => {});
    throw error;
  }
}

/**
 * Finishes or discards what an interrupted publication left in `outDir`: a complete staging
 * folder (with `READY`) is moved into place, an incomplete one is removed. Returns one line per
 * folder handled, for the log.
 *
 * @example
 * ```ts
 * import { recoverStaging } from "./publish.ts";
 * const notes = await recoverStaging("data/derived");
 * ```
 */
export async function recoverStaging(outDir: string): Promise<string[]> {
  const notes: string[] = [];
  let entries: Deno.DirEntry[];
  try {
    entries = [...Deno.readDirSync(outDir)];
  } catch {
    return notes;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (!entry.name.startsWith(STAGING_PREFIX) || !entry.isDirectory) continue;
    const staging = `${outDir}/${entry.name}`;
    let list: string | undefined;
    try {
      list = await Deno.readTextFile(`${staging}/${READY_FILE}`);
    } catch {
      list = undefined;
    }
    if (list !== undefined) {
      const names = list.split("\n").filter((n) => n !== "");
      for (const name of names) {
        try {
          await Deno.rename(`${staging}/${name}`, `${outDir}/${name}`);
        } catch (error) {
          if (!(error instanceof Deno.errors.NotFound)) throw error; // moved before the crash
        }
      }
      notes.push(`${staging}: an interrupted build's complete set, moved into place`);
    } else {
      notes.push(`${staging}: an interrupted build's incomplete files, removed`);
    }
    await Deno.remove(staging, { recursive: true });
  }
  return notes;
}
