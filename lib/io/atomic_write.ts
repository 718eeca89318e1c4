/**
 * Writes a file so that readers never see it half-written: the text goes to a temporary file in
 * the same folder, which is then renamed over the target (a rename is atomic on one filesystem).
 *
 * @example
 * ```ts
 * import { writeTextFileAtomic } from "./atomic_write.ts";
 * await writeTextFileAtomic("out/summary.txt", "42 claims\n");
 * ```
 */
export async function writeTextFileAtomic(path: string, text: string): Promise<void> {
  const temporary = `${path}.${crypto.randomUUID().slice(0, 8)}.tmp`;
  try {
    await Deno.writeTextFile(temporary, text);
    await Deno.rename(temporary, path);
  } catch (error) {
    await Deno.remove(temporary).catch(() => {});
    throw error;
  }
}
