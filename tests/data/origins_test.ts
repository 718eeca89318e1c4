/**
 * The origin records (`lib/data/origins.ts`) against what they describe: every raw input the
 * manifest lists has exactly one origin, and, where `../shared` is present, every raw file does
 * and each origin's pinned commit is the one its folder's SOURCE.md names.
 */
import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import { originById, originOf, ORIGINS } from "../../lib/data/origins.ts";
import { manifestOrigins } from "../../pipeline/manifest.ts";

const RAW = new URL("../../../shared/data/raw/", import.meta.url);
const MANIFEST = new URL("../../data/derived/manifest.json", import.meta.url);
const hasRaw = (() => {
  try {
    return Deno.statSync(RAW).isDirectory;
  } catch {
    return false;
  }
})();
if (!hasRaw) {
  console.warn(
    `SKIPPED the raw-file origins check: cannot read ${RAW.pathname} (the shared raw data)`,
  );
}

/** How many origins cover a raw path (it must be exactly one). */
function coverage(path: string): number {
  const [folder, name] = [path.slice(0, path.indexOf("/")), path.slice(path.indexOf("/") + 1)];
  return ORIGINS.filter((origin) =>
    origin.folder === folder && (origin.match === undefined || origin.match(name))
  ).length;
}

Deno.test("ORIGINS: ids are unique, and each raw address is pinned to the origin's commit", () => {
  assertEquals(new Set(ORIGINS.map((origin) => origin.id)).size, ORIGINS.length);
  assertEquals(ORIGINS.filter((origin) => !origin.rawBase.includes(origin.commit)), []);
});

Deno.test("originOf: every raw input of the committed manifest has exactly one origin", async () => {
  const manifest = JSON.parse(await Deno.readTextFile(MANIFEST)) as {
    files: Record<string, { inputs: { path: string }[]; origins?: { id: string }[] }>;
  };
  const paths = Object.values(manifest.files).flatMap((entry) => entry.inputs.map((i) => i.path));
  assert(paths.length > 0);
  assertEquals(paths.filter((path) => coverage(path) !== 1), []);
  // And the manifest carries, for each derived file, the origins of its inputs.
  for (const [name, entry] of Object.entries(manifest.files)) {
    assertEquals(
      entry.origins?.map((origin) => origin.id),
      manifestOrigins(entry.inputs.map((input) => input.path)).map((origin) => origin.id),
      name,
    );
  }
});

Deno.test({
  name:
    "ORIGINS: every raw file in ../shared/data/raw has one origin, whose commit its folder's SOURCE.md names",
  ignore: !hasRaw,
  fn: async () => {
    for (const origin of ORIGINS) {
      const sourceMd = await Deno.readTextFile(new URL(`${origin.folder}/SOURCE.md`, RAW));
      const pin = origin.commit.startsWith("world-atlas@") ? origin.commit : `\`${origin.commit}\``;
      assert(sourceMd.includes(pin), `${origin.id}: ${origin.folder}/SOURCE.md names no ${pin}`);
    }
    const folders = new Set(ORIGINS.map((origin) => origin.folder));
    for (const folder of folders) {
      for await (const entry of Deno.readDir(new URL(`${folder}/`, RAW))) {
        if (!entry.isFile || entry.name === "SOURCE.md" || entry.name === "SHA256SUMS") continue;
        assertEquals(coverage(`${folder}/${entry.name}`), 1, `${folder}/${entry.name}`);
      }
    }
  },
});

Deno.test("originById: throws for an unknown id", () => {
  assertEquals(originById("economist").folder, "economist-deaths-and-area");
  let message = "";
  try {
    originById("no-such-source");
  } catch (error) {
    message = (error as Error).message;
  }
  assertEquals(message, "origins: no origin 'no-such-source'");
  assertEquals(originOf("deepstate/deepstatemap_data_20250102.geojson")?.id, "deepstate-daily");
});
