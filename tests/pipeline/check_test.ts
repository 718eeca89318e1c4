import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import { buildDerived } from "../../pipeline/build_derived.ts";
import { CHECK_USAGE, checkDerived, main } from "../../pipeline/check.ts";
import { createProgress } from "../../pipeline/progress.ts";
import { ALL_STEPS } from "../../pipeline/steps/all.ts";
import { smallRawTree, writeRawTree } from "../fixtures/pipeline/raw_tree.ts";

const silent = createProgress(false);

async function builtTree(test: (raw: string, out: string) => Promise<void>) {
  const raw = await Deno.makeTempDir({ prefix: "claimbook-raw-" });
  const out = await Deno.makeTempDir({ prefix: "claimbook-derived-" });
  try {
    await writeRawTree(raw, smallRawTree());
    await buildDerived({ rawDir: raw, outDir: out, steps: ALL_STEPS, progress: silent });
    await test(raw, out);
  } finally {
    await Deno.remove(raw, { recursive: true });
    await Deno.remove(out, { recursive: true });
  }
}

Deno.test("checkDerived: no difference right after a build", async () => {
  await builtTree(async (raw, out) => {
    assertEquals(
      await checkDerived({ rawDir: raw, derivedDir: out, steps: ALL_STEPS, progress: silent }),
      { differences: [], notes: [] },
    );
  });
});

Deno.test("checkDerived: a modified derived file is reported with its first differing line", async () => {
  await builtTree(async (raw, out) => {
    const path = `${out}/oblasts.csv`;
    const text = await Deno.readTextFile(path);
    await Deno.writeTextFile(path, text.replace(/,(\d+)\.(\d)/, ",$1.$29"));
    const { differences } = await checkDerived({
      rawDir: raw,
      derivedDir: out,
      steps: ALL_STEPS,
      progress: silent,
    });
    assertEquals(differences.length, 1);
    assert(
      differences[0].startsWith("oblasts.csv: differs from a fresh build (line 2, column area_km2"),
      differences[0],
    );
  });
});

Deno.test("checkDerived: a missing derived file and a tampered manifest are reported", async () => {
  await builtTree(async (raw, out) => {
    await Deno.remove(`${out}/azerbaijan_areas.csv`);
    const manifest = JSON.parse(await Deno.readTextFile(`${out}/manifest.json`));
    manifest.files["oblasts.csv"].inputs[0].sha256 = "0".repeat(64);
    await Deno.writeTextFile(`${out}/manifest.json`, JSON.stringify(manifest));
    const { differences } = await checkDerived({
      rawDir: raw,
      derivedDir: out,
      steps: ALL_STEPS,
      progress: silent,
    });
    assert(differences.includes("azerbaijan_areas.csv: missing"), differences.join("\n"));
    assert(
      differences.some((d) => d.startsWith("manifest.json: oblasts.csv")),
      differences.join("\n"),
    );
  });
});

Deno.test("checkDerived: a stale code version with identical bytes is a note, not a difference", async () => {
  await builtTree(async (raw, out) => {
    const manifest = JSON.parse(await Deno.readTextFile(`${out}/manifest.json`));
    manifest.files["oblasts.csv"].code_version = "f".repeat(64);
    await Deno.writeTextFile(`${out}/manifest.json`, JSON.stringify(manifest));
    const result = await checkDerived({
      rawDir: raw,
      derivedDir: out,
      steps: ALL_STEPS,
      progress: silent,
    });
    assertEquals(result.differences, []);
    assertEquals(result.notes.length, 1);
    assert(result.notes[0].includes("oblasts.csv"), result.notes[0]);
  });
});

Deno.test("data:check --help prints its options and exits 0 without checking anything", async () => {
  const printed: string[] = [];
  const { log } = console;
  console.log = (...a: unknown[]) => printed.push(a.join(" "));
  try {
    const code = await main(["--help"]);
    assertEquals(code, 0);
  } finally {
    console.log = log;
  }
  assertEquals(printed, [CHECK_USAGE]);
  assert(CHECK_USAGE.includes("--raw DIR") && CHECK_USAGE.includes("--derived DIR"));
});
