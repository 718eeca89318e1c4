/**
 * Writes a set of files so that a failure leaves none of them changed: every text is first
 * written to a staging file beside its target (`.NAME.staging-XXXX`), and only when all are
 * written are they renamed into place, one right after the other. A target, or the folder it is
 * in, that is a symbolic link is refused (nothing is written through a link out of the folder).
 *
 * @module
 */
import { DataError } from "./data_error.ts";

function folderOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "." : slash === 0 ? "/" : path.slice(0, slash);
}

/**
 * Throws a {@link DataError} naming `path` if it, or (for a relative path) any folder on the way
 * to it, is a symbolic link; the link's target is never read or shown.
 *
 * @example
 * ```ts
 * import { refuseSymlinks } from "./write_together.ts";
 * refuseSymlinks("out/report/index.html");
 * ```
 */
export function refuseSymlinks(path: string): void {
  const parts = path.split("/");
  // A relative path is checked from its first folder; an absolute one at its last two steps.
  const first = path.startsWith("/") ? Math.max(1, parts.length - 2) : 0;
  for (let k = first; k < parts.length; k++) {
    const prefix = parts.slice(0, k + 1).join("/");
    if (prefix === "" || prefix === "." || prefix === "..") continue;
    let info: Deno.FileInfo;
    try {
      info = Deno.lstatSync(prefix);
    } catch {
      return; // does not exist yet: nothing further can be a link
    }
    if (info.isSymlink) {
      throw new DataError(
        prefix,
        "the path",
        "a real file or folder (no output is written through a symbolic link)",
        "a symbolic link",
      );
    }
  }
}

/**
 * Writes every `path → text` of `files`, all or none (see the module comment).
 *
 * @example
 * ```ts
 * import { writeFilesTogether } from "./write_together.ts";
 * await writeFilesTogether(new Map([["out/a.json", "{}\n"], ["out/b.html", "<p></p>\n"]]));
 * ```
 */
export async function writeFilesTogether(files: ReadonlyMap<string, string>): Promise<void> {
  for (const path of files.keys()) refuseSymlinks(path);
  for (const path of files.keys()) await Deno.mkdir(folderOf(path), { recursive: true });
  for (const path of files.keys()) refuseSymlinks(path);
  const tag = crypto.randomUUID().slice(0, 8);
  const staged: [string, string][] = [];
  try {
    for (const [path, text] of files) {
      const name = path.slice(path.lastIndexOf("/") + 1);
      const temporary = `${folderOf(path)}/.${name}.staging-${tag}`;
      staged.push([temporary, path]);
      await Deno.writeTextFile(temporary, text, { createNew: true });
    }
    for (const [temporary, path] of staged) await Deno.rename(temporary, path);
  } catch (error) {
    for (const [temporary] of staged) await Deno.remove(temporary).catch(() => {});
    throw error;
  }
}
