/**
 * A throwaway copy of `data/` (facts, and the derived files the claims of groups B to E read)
 * in which a test can change one fact and see the computed value follow.
 *
 * @module
 */

/** Derived files the claims of groups B to E read. */
const DERIVED = ["general_staff_personnel.csv", "azerbaijan_areas.csv"];

/**
 * Copies `data/facts/*.csv` and the needed derived files to a temporary folder, applies `edit`
 * to the text of one facts table, runs `use` and removes the folder.
 *
 * @example
 * ```ts
 * import { withEditedFacts } from "./temp_data_dir.ts";
 * await withEditedFacts("polls", (text) => text.replace("51.4", "49.0"), async (dir) => {});
 * ```
 */
export async function withEditedFacts(
  table: string,
  edit: (text: string) => string,
  use: (dataDir: string) => Promise<void>,
): Promise<void> {
  const dir = await Deno.makeTempDir({ prefix: "claimbook-facts-" });
  try {
    await Deno.mkdir(`${dir}/facts`);
    await Deno.mkdir(`${dir}/derived`);
    for await (const entry of Deno.readDir("data/facts")) {
      if (!entry.name.endsWith(".csv")) continue;
      const text = await Deno.readTextFile(`data/facts/${entry.name}`);
      await Deno.writeTextFile(
        `${dir}/facts/${entry.name}`,
        entry.name === `${table}.csv` ? edit(text) : text,
      );
    }
    for (const file of DERIVED) {
      await Deno.copyFile(`data/derived/${file}`, `${dir}/derived/${file}`);
    }
    await use(dir);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}
