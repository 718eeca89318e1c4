import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import { verifyRaw } from "../../pipeline/verify_raw.ts";
import { readRaw } from "../../pipeline/read_raw.ts";
import { unpinAll } from "../../lib/io/pinned_files.ts";
import { sha256Hex } from "../../lib/io/sha256.ts";
import { firstDifference } from "../../pipeline/check.ts";
import { buildDerived } from "../../pipeline/build_derived.ts";
import { main } from "../../pipeline/build.ts";
import { createProgress } from "../../pipeline/progress.ts";
import { ALL_STEPS } from "../../pipeline/steps/all.ts";
import { verifyDerivedFile } from "../../lib/data/verify_derived.ts";
import {
  dailySnapshot,
  putRawFile,
  rectangle,
  smallRawTree,
  writeRawTree,
} from "../fixtures/pipeline/raw_tree.ts";

const silent = createProgress(false);
const DAY3 = "deepstate/deepstatemap_data_20250103.geojson";

/** Every file of a folder (not hidden), name → text. */
async function snapshotOf(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of [...Deno.readDirSync(dir)].sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.isFile) files.set(entry.name, await Deno.readTextFile(`${dir}/${entry.name}`));
  }
  return files;
}

/** A built small tree; `test` gets the raw folder, the output and the first build's files. */
async function withBuilt(
  test: (raw: string, out: string, old: Map<string, string>) => Promise<void>,
) {
  const raw = await Deno.makeTempDir({ prefix: "claimbook-raw-" });
  // Named like the real folder: the loaders check files of a `derived/` folder.
  const parent = await Deno.makeTempDir({ prefix: "claimbook-data-" });
  const out = `${parent}/derived`;
  try {
    await writeRawTree(raw, smallRawTree());
    await buildDerived({
      rawDir: raw,
      outDir: out,
      steps: ALL_STEPS,
      progress: silent,
      log: () => {},
    });
    await test(raw, out, await snapshotOf(out));
  } finally {
    await Deno.remove(raw, { recursive: true });
    await Deno.remove(parent, { recursive: true });
  }
}

/** Runs `data:build` on the folders; returns the exit code and what it printed to stderr. */
async function runBuild(args: string[]): Promise<{ code: number; stderr: string }> {
  const lines: string[] = [];
  const error = console.error, warn = console.warn, log = console.log;
  console.error = console.warn = (...parts: unknown[]) => lines.push(parts.join(" "));
  console.log = () => {};
  try {
    return { code: await main(args), stderr: lines.join("\n") };
  } finally {
    Object.assign(console, { error, warn, log });
  }
}

Deno.test("data:build: a snapshot with longitude and latitude swapped stops the build, old set kept", async () => {
  await withBuilt(async (raw, out, old) => {
    const swapped = rectangle(30, 48, 30.2, 48.1).map(([x, y]) => [y, x] as [number, number]);
    await putRawFile(raw, DAY3, dailySnapshot([swapped]));
    const { code, stderr } = await runBuild(["--raw", raw, "--out", out]);
    assertEquals(code, 1);
    for (
      const words of [DAY3, "feature 0, polygon 0, ring 0, vertex 0", "Ukraine's box", "swapped"]
    ) {
      assert(stderr.includes(words), `${words} in: ${stderr}`);
    }
    assertEquals(await snapshotOf(out), old);
  });
});

Deno.test("data:build: a bow-tie ring stops the build naming file, ring and vertex; old set kept", async () => {
  await withBuilt(async (raw, out, old) => {
    const bowTie: [number, number][] = [[30, 48], [30.2, 48.1], [30.2, 48], [30, 48.1], [30, 48]];
    await putRawFile(raw, DAY3, dailySnapshot([bowTie]));
    const { code, stderr } = await runBuild(["--raw", raw, "--out", out]);
    assertEquals(code, 1);
    for (
      const words of [DAY3, "ring 0, vertex 0", "without self-intersection", "crosses edge 2-3"]
    ) {
      assert(stderr.includes(words), `${words} in: ${stderr}`);
    }
    assertEquals(await snapshotOf(out), old);
  });
});

Deno.test("data:build: a day-to-day jump of the occupied total beyond 500 km² names both files", async () => {
  await withBuilt(async (raw, out, old) => {
    await putRawFile(raw, DAY3, dailySnapshot([rectangle(30, 48, 40, 50)]));
    const { code, stderr } = await runBuild(["--raw", raw, "--out", out]);
    assertEquals(code, 1);
    for (
      const words of [DAY3, "deepstatemap_data_20250102.geojson", "at most 500 km²", "accepted.ts"]
    ) {
      assert(stderr.includes(words), `${words} in: ${stderr}`);
    }
    assertEquals(await snapshotOf(out), old);
  });
});

Deno.test("data:build: a General Staff war day that does not match its date stops the build", async () => {
  await withBuilt(async (raw, out, old) => {
    await putRawFile(
      raw,
      "general-staff/russia_losses_personnel.json",
      JSON.stringify([
        { date: "2024-12-31", day: 1042, personnel: 789550 },
        { date: "2025-01-01", day: 9999, personnel: 790800 },
      ]),
    );
    const { code, stderr } = await runBuild(["--raw", raw, "--out", out]);
    assertEquals(code, 1);
    for (const words of ["record 2 (date 2025-01-01), field day", "war day 1043", "found 9999"]) {
      assert(stderr.includes(words), `${words} in: ${stderr}`);
    }
    assertEquals(await snapshotOf(out), old);
  });
});

Deno.test("data:build: a symlink in a raw folder is refused by name, its target never read", async () => {
  // A committed link (Deno may not create one with path-scoped permissions) to the README.
  const raw = new URL("../fixtures/pipeline/symlinked_raw", import.meta.url).pathname;
  const out = await Deno.makeTempDir({ prefix: "claimbook-derived-" });
  try {
    const { code, stderr } = await runBuild(["--raw", raw, "--out", out]);
    assertEquals(code, 1);
    assert(stderr.includes("deepstate/deepstatemap_data_20250101.geojson"), stderr);
    assert(stderr.includes("symbolic link"), stderr);
    // Nothing of the README (the link's target) shows: its first line, not the checkout's name,
    // which may itself be "claimbook" and so appear in the path.
    assert(!stderr.includes("# claimbook"), stderr);
    assertEquals([...Deno.readDirSync(out)], []);
  } finally {
    await Deno.remove(out, { recursive: true });
  }
});

Deno.test("data:build: a hidden unlisted file in a raw folder is named in a warning", async () => {
  await withBuilt(async (raw, out) => {
    await Deno.writeTextFile(`${raw}/deepstate/.notes`, "x");
    const { code, stderr } = await runBuild(["--raw", raw, "--out", out]);
    assertEquals(code, 0);
    assert(stderr.includes("warning") && stderr.includes("deepstate/.notes"), stderr);
  });
});

Deno.test("data:build: an unreadable manifest is refused without --full, replaced with it", async () => {
  await withBuilt(async (raw, out, old) => {
    await Deno.writeTextFile(`${out}/manifest.json`, "{ not json");
    const refused = await runBuild(["--raw", raw, "--out", out]);
    assertEquals(refused.code, 1);
    for (const words of ["manifest.json", "--full", "git checkout data/"]) {
      assert(refused.stderr.includes(words), `${words} in: ${refused.stderr}`);
    }
    assertEquals(await Deno.readTextFile(`${out}/manifest.json`), "{ not json");
    assertEquals((await runBuild(["--raw", raw, "--out", out, "--full"])).code, 0);
    assertEquals([...(await snapshotOf(out)).keys()], [...old.keys()]);
  });
});

Deno.test("buildDerived: a crash between two renames is detected, then rolled forward to exactly the new set", async () => {
  await withBuilt(async (raw, out) => {
    await putRawFile(raw, DAY3, dailySnapshot([rectangle(30, 48, 30.25, 48.1)]));
    await putRawFile(
      raw,
      "general-staff/russia_losses_personnel.json",
      JSON.stringify([
        { date: "2024-12-31", day: 1042, personnel: 789550 },
        { date: "2025-01-01", day: 1043, personnel: 790800 },
        { date: "2025-01-02", day: 1044, personnel: 792350 },
        { date: "2025-01-03", day: 1045, personnel: 793000 },
      ]),
    );
    const renamed: string[] = [];
    const crash = (name: string) => {
      renamed.push(name);
      throw new Error("simulated crash");
    };
    const run = (afterRename?: (name: string) => void) =>
      buildDerived({
        rawDir: raw,
        outDir: out,
        steps: ALL_STEPS,
        progress: silent,
        afterRename,
        log: () => {},
      });
    await run(crash).then(() => assert(false, "the hook should have crashed the build"), () => {});
    // Mixed on disk: the loaders refuse the moved file, whose sha256 the old manifest does not have.
    assertEquals(renamed.length, 1);
    const moved = `${out}/${renamed[0]}`;
    const refused = await verifyDerivedFile(moved).then(() => "", (e) => (e as Error).message);
    for (
      const words of [
        renamed[0],
        "deno task data:build",
        "git checkout data/",
        "interrupted",
      ]
    ) {
      assert(refused.includes(words), `${words} in: ${refused}`);
    }
    // The next run finishes the publication: exactly what a clean build makes.
    await run();
    const recovered = await snapshotOf(out);
    assert(![...Deno.readDirSync(out)].some((e) => e.name.startsWith(".staging-")));
    const clean = await Deno.makeTempDir({ prefix: "claimbook-clean-" });
    try {
      await buildDerived({
        rawDir: raw,
        outDir: clean,
        steps: ALL_STEPS,
        progress: silent,
        log: () => {},
      });
      const fresh = await snapshotOf(clean);
      for (const name of fresh.keys()) {
        if (name !== "manifest.json") assertEquals(recovered.get(name), fresh.get(name), name);
      }
      assertEquals([...recovered.keys()], [...fresh.keys()]);
    } finally {
      await Deno.remove(clean, { recursive: true });
    }
  });
});

Deno.test("buildDerived: a stale incomplete staging folder is removed on the next run", async () => {
  await withBuilt(async (raw, out, old) => {
    await Deno.mkdir(`${out}/.staging-stale`);
    await Deno.writeTextFile(`${out}/.staging-stale/oblasts.csv`, "half");
    const notes: string[] = [];
    await buildDerived({
      rawDir: raw,
      outDir: out,
      steps: ALL_STEPS,
      progress: silent,
      log: (m) => notes.push(m),
    });
    assert(!(await Deno.stat(`${out}/.staging-stale`).then(() => true, () => false)));
    assert(
      notes.some((n) => n.includes(".staging-stale") && n.includes("removed")),
      notes.join("\n"),
    );
    assertEquals((await snapshotOf(out)).get("oblasts.csv"), old.get("oblasts.csv"));
  });
});

Deno.test("firstDifference: a GeoJSON difference is a line and character, not a column", () => {
  const found = '{"coordinates":[[30.1,46.77075]]}\n';
  const expected = '{"coordinates":[[30.1,46.77076]]}\n';
  const text = firstDifference(found, expected, "map_donetsk.geojson");
  assert(text.startsWith("line 1, character 30: found "), text);
  assert(!text.includes("column"), text);
});

Deno.test("verifyRaw: each raw file is read once; the steps compute from the bytes that were hashed", async () => {
  const raw = await Deno.makeTempDir({ prefix: "claimbook-raw-" });
  try {
    await writeRawTree(raw, smallRawTree());
    const hashes = await verifyRaw(raw, () => {});
    const path = `${raw}/deepstate/deepstatemap_data_20250101.geojson`;
    const hashed = await readRaw(path);
    // The file is replaced after it was hashed: the build still reads the hashed bytes.
    await Deno.writeTextFile(path, dailySnapshot([rectangle(30, 48, 31, 49)]));
    assertEquals(await readRaw(path), hashed);
    assertEquals(
      await sha256Hex(hashed),
      hashes.get("deepstate/deepstatemap_data_20250101.geojson"),
    );
  } finally {
    unpinAll();
    await Deno.remove(raw, { recursive: true });
  }
});
