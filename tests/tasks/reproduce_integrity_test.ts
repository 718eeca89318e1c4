import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import { reproduce } from "../../tasks/reproduce.ts";
import { groupAClaims } from "../../lib/claims/a/mod.ts";
import { sha256Hex } from "../../lib/io/sha256.ts";
import { captured } from "./captured.ts";

const fixtures = new URL("../fixtures/derived", import.meta.url).pathname;

/** A data folder with the fixture CSVs and a manifest vouching for them; removed after `test`. */
async function withData(test: (dataDir: string, tmp: string) => Promise<void>) {
  const tmp = await Deno.makeTempDir({ prefix: "claimbook-reproduce-" });
  try {
    await Deno.mkdir(`${tmp}/data/derived`, { recursive: true });
    const files: Record<string, { sha256: string }> = {};
    for (const entry of Deno.readDirSync(fixtures)) {
      if (!entry.name.endsWith(".csv")) continue;
      const bytes = await Deno.readFile(`${fixtures}/${entry.name}`);
      await Deno.writeFile(`${tmp}/data/derived/${entry.name}`, bytes);
      files[entry.name] = { sha256: await sha256Hex(bytes) };
    }
    await Deno.writeTextFile(`${tmp}/data/derived/manifest.json`, JSON.stringify({ files }));
    await test(`${tmp}/data`, tmp);
  } finally {
    await Deno.remove(tmp, { recursive: true });
  }
}

Deno.test("reproduce: a derived file changed by hand is refused naming it; nothing written", async () => {
  await withData(async (dataDir, tmp) => {
    const path = `${dataDir}/derived/deepstate_daily.csv`;
    const text = await Deno.readTextFile(path);
    // Lower one Donetsk value by hand (the last line's cells are all numbers after the sha256).
    const lines = text.trimEnd().split("\n");
    const cells = lines[lines.length - 1].split(",");
    cells[5] = String(Number(cells[5]) - 1000);
    lines[lines.length - 1] = cells.join(",");
    await Deno.writeTextFile(path, lines.join("\n") + "\n");
    const json = `${tmp}/out/claims.json`;
    const { status, err } = await captured(() =>
      reproduce(["--data", dataDir, "--json", json, "--out", `${tmp}/out/report`], groupAClaims)
    );
    assertEquals(status, 1);
    for (
      const words of [
        "deepstate_daily.csv",
        "manifest.json",
        "deno task data:build",
        "git checkout data/",
      ]
    ) {
      assert(err.includes(words), `${words} in: ${err}`);
    }
    assert(!(await Deno.stat(`${tmp}/out`).then(() => true, () => false)), "nothing written");
  });
});

Deno.test("reproduce: untampered data with a manifest run through", async () => {
  await withData(async (dataDir) => {
    const { status } = await captured(() =>
      reproduce(["--data", dataDir, "--no-report"], groupAClaims)
    );
    assertEquals(status, 0);
  });
});

Deno.test("reproduce: --json where the task may not write fails before anything is computed", async () => {
  let computed = false;
  const claims = groupAClaims.map((claim) => ({
    ...claim,
    check: (...args: Parameters<typeof claim.check>) => {
      computed = true;
      return claim.check(...args);
    },
  }));
  const { status, out, err } = await captured(() =>
    reproduce(["--data", fixtures.replace(/\/derived$/, ""), "--json", "/claims.json"], claims)
  );
  assertEquals(status, 2);
  assert(err.includes("cannot write '/claims.json'") && err.includes("only under out/"), err);
  assertEquals([computed, out], [false, ""]);
});

Deno.test("reproduce: a report folder reached through a symbolic link is refused by name", async () => {
  const { status, err } = await captured(() =>
    reproduce(
      [
        "--data",
        fixtures.replace(/\/derived$/, ""),
        "--out",
        "tests/fixtures/report/out_link/report",
      ],
      groupAClaims,
    )
  );
  assertEquals(status, 2);
  assert(err.includes("tests/fixtures/report/out_link") && err.includes("symbolic link"), err);
  assert(!err.includes("/tmp"), err);
});

Deno.test("reproduce: the report and --json are written as one set", async () => {
  const tmp = await Deno.makeTempDir({ prefix: "claimbook-reproduce-" });
  try {
    const { status, err } = await captured(() =>
      reproduce(
        ["--json", `${tmp}/c.json`, "--out", `${tmp}/report`],
        groupAClaims,
      )
    );
    assertEquals(status, 0, err);
    assertEquals([...Deno.readDirSync(tmp)].map((e) => e.name).sort(), ["c.json", "report"]);
    assertEquals([...Deno.readDirSync(`${tmp}/report`)].map((e) => e.name).sort(), [
      "claims.json",
      "index.html",
    ]);
  } finally {
    await Deno.remove(tmp, { recursive: true });
  }
});

Deno.test("reproduce: a manifest that is not JSON is refused, naming it and the way out", async () => {
  await withData(async (dataDir, tmp) => {
    await Deno.writeTextFile(`${dataDir}/derived/manifest.json`, "{ broken");
    const { status, err } = await captured(() =>
      reproduce(["--data", dataDir, "--json", `${tmp}/out/c.json`], groupAClaims)
    );
    assertEquals(status, 1);
    for (
      const words of [
        "manifest.json",
        "a readable manifest",
        "deno task data:build",
        "git checkout data/",
      ]
    ) {
      assert(err.includes(words), `${words} in: ${err}`);
    }
    assert(!(await Deno.stat(`${tmp}/out`).then(() => true, () => false)), "nothing written");
  });
});
