import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import {
  claimsJson,
  formatClaimTable,
  parseReproduceArgs,
  reproduce,
  UsageError,
} from "../../tasks/reproduce.ts";
import { groupAClaims } from "../../lib/claims/a/mod.ts";
import { checkAll } from "../../lib/claims/registry.ts";
import { captured } from "./captured.ts";

const fixtures = new URL("../fixtures", import.meta.url).pathname;

Deno.test("parseReproduceArgs: defaults to the article's date, the repo's data and out/report", () => {
  const options = parseReproduceArgs([]);
  assertEquals([options.asOf, options.json, options.outDir], ["2025-12-31", null, "out/report"]);
  assert(options.dataDir.endsWith("/data/"));
});

Deno.test("parseReproduceArgs: --asof and --json with a space or '=', --no-report", () => {
  const options = parseReproduceArgs(["--asof=2026-03-31", "--json", "out/x.json", "--no-report"]);
  assertEquals([options.asOf, options.json, options.outDir], ["2026-03-31", "out/x.json", null]);
});

Deno.test("parseReproduceArgs: a malformed date, a missing value or an unknown flag is a UsageError", () => {
  for (const args of [["--asof", "2025-02-30"], ["--asof", "31/12/2025"], ["--json"], ["--x"]]) {
    let failed = false;
    try {
      parseReproduceArgs(args);
    } catch (error) {
      failed = error instanceof UsageError;
    }
    assert(failed, `no UsageError for ${args.join(" ")}`);
  }
});

Deno.test("reproduce (fixtures): prints id, stated, computed, verdict for every claim; exit 0 with non-reproduced verdicts", async () => {
  const dir = await Deno.makeTempDir();
  const json = `${dir}/sub/claims.json`;
  const { status, out } = await captured(() =>
    reproduce(["--data", fixtures, "--json", json, "--no-report"], groupAClaims)
  );
  assertEquals(status, 0);
  const lines = out.split("\n");
  assert(lines.some((l) => /^id\s+stated\s+computed\s+verdict$/.test(l)));
  assert(
    lines.some((l) =>
      /^donetsk-still-held-km2\s+about 5,000 km²\s+4,681 km²\s+overstated$/.test(l)
    ),
  );
  assert(
    lines.some((l) =>
      /^troops-per-km2-2025\s+about 96 troops\/km²\s+99\.7 troops\/km²\s+reproduced$/.test(l)
    ),
  );
  const written = JSON.parse(await Deno.readTextFile(json));
  assertEquals(written.asOf, "2025-12-31");
  assertEquals(written.claims.map((c: { id: string }) => c.id), groupAClaims.map((c) => c.id));
  assertEquals(written.claims[1].value, 4_681);
  assertEquals(written.claims[1].verdict, "overstated");
  await Deno.remove(dir, { recursive: true });
});

Deno.test("reproduce (fixtures): --asof beyond the data exits 1 naming the claim that cannot be computed", async () => {
  const { status, err } = await captured(() =>
    reproduce(["--data", fixtures, "--asof", "2027-01-01", "--no-report"], groupAClaims)
  );
  assertEquals(status, 1);
  assert(err.includes("cannot compute as of 2027-01-01"));
  assert(err.includes("troops-per-km2-2025"));
});

Deno.test("reproduce: a bad argument exits 2 with the usage", async () => {
  const { status, err } = await captured(() => reproduce(["--asof", "tomorrow"], groupAClaims));
  assertEquals(status, 2);
  assert(err.includes("Usage: deno task reproduce"));
});

Deno.test("formatClaimTable and claimsJson: aligned columns; one record per claim with value and verdict", async () => {
  const checked = await checkAll({ asOf: "2025-12-31", dataDir: fixtures, claims: groupAClaims });
  const table = formatClaimTable(checked).trimEnd().split("\n");
  assertEquals(table.length, 6);
  const verdictColumn = table[0].indexOf("verdict");
  // Every row's verdict starts in the header's verdict column (the columns are aligned).
  assertEquals(table.map((line) => line.slice(verdictColumn).trim()), [
    "verdict",
    "reproduced",
    "overstated",
    "reproduced",
    "overstated",
    "reproduced",
  ]);
  const records = JSON.parse(claimsJson(checked, "2025-12-31")).claims;
  // The fixtures' known values (tests/fixtures/derived): 99.7 troops/km², 4,681 km², ...
  assertEquals(
    records.map((r: Record<string, unknown>) => [
      r.id,
      typeof r.value === "number" ? Number(r.value.toFixed(1)) : r.value,
      r.verdict,
      typeof r.quote === "string" && r.quote.length > 0,
    ]),
    [
      ["troops-per-km2-2025", 99.7, "reproduced", true],
      ["donetsk-still-held-km2", 4_681, "overstated", true],
      ["half-million-for-donetsk", 466_821, "reproduced", true],
      ["donetsk-by-august-2027", "2027-01-02", "overstated", true],
      ["losses-over-1000-a-day", 1, "reproduced", true],
    ],
  );
});

Deno.test("reproduce (real data): the first and the last as-of dates the data reach write the whole report", async () => {
  // The figures look back up to a year: near the start of the daily maps some comparisons are
  // left out (with a note) rather than failing the report.
  for (const asOf of ["2024-07-08", "2026-07-02"]) {
    const dir = await Deno.makeTempDir();
    try {
      const { status, out, err } = await captured(() =>
        reproduce(["--asof", asOf, "--out", dir, "--json", `${dir}/claims-${asOf}.json`])
      );
      assertEquals(status, 0, `${asOf}: ${err}`);
      assert(out.includes(`Report: ${dir}/index.html`), out.split("\n").at(-1) ?? "");
      const page = await Deno.readTextFile(`${dir}/index.html`);
      assertEquals((page.match(/data-claim-id="/g) ?? []).length >= 22, true, `${asOf}: claims`);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  }
});
