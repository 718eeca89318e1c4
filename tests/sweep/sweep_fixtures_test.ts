/**
 * The sweep on the synthetic fixtures (tests/fixtures/derived, see make_fixtures.ts): Donetsk's
 * still-held area is 26,506 - (20,000 + 5 t) km² on day t after 2024-12-31, so its rows and the
 * dates its verdict changes are known by hand.
 */
import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import { groupAClaims } from "../../lib/claims/a/mod.ts";
import { sweepClaims } from "../../lib/sweep/sweep.ts";
import { SWEEP_COLUMNS, sweepCsv } from "../../lib/sweep/sweep_csv.ts";
import { formatSweepSummary, verdictHistories } from "../../lib/sweep/verdict_runs.ts";
import { heldSince } from "../../lib/sweep/held_since.ts";
import { parseSweepArgs } from "../../tasks/sweep.ts";

const dataDir = new URL("../fixtures", import.meta.url).pathname;
const rows = await sweepClaims({
  from: "2024-12-30",
  to: "2026-01-05",
  dataDir,
  claims: groupAClaims,
});
const row = (id: string, asOf: string) => rows.find((r) => r.claimId === id && r.asOf === asOf)!;

Deno.test("sweepClaims (fixtures): one row per claim and day, in date then claim order", () => {
  assertEquals(rows.length, 372 * groupAClaims.length);
  assertEquals(rows.slice(0, 5).map((r) => r.claimId), groupAClaims.map((c) => c.id));
});

Deno.test("sweepClaims (fixtures): Donetsk's known rows, the missing map of 2024-12-31 standing in", () => {
  assertEquals(row("donetsk-still-held-km2", "2025-12-31"), {
    claimId: "donetsk-still-held-km2",
    asOf: "2025-12-31",
    value: 4681,
    unit: "km²",
    bandLow: 4750,
    bandHigh: 5250,
    verdict: "overstated",
    alternativesLow: 4381,
    alternativesHigh: 4381,
    standIns: [],
    gap: null,
  });
  const standIn = row("donetsk-still-held-km2", "2024-12-31");
  // No map of 2024-12-31: the map of 2024-12-30 (t = -1) stands in, so 26,506 - 19,995.
  assertEquals(standIn.value, 6511);
  assert(standIn.standIns.some((s) => s.includes("deepstatemap_data_20241231.geojson")));
});

Deno.test("verdictHistories (fixtures): Donetsk's verdict ranges are the hand-worked ones", () => {
  const donetsk = verdictHistories(rows).find((h) => h.claimId === "donetsk-still-held-km2")!;
  // Above 5,250 km² through t = 251 (2025-09-08); 4,750 to 5,250 through t = 351 (2025-12-17).
  assertEquals(donetsk.runs, [
    { verdict: "understated", from: "2024-12-30", to: "2025-09-08", days: 253 },
    { verdict: "reproduced", from: "2025-09-09", to: "2025-12-17", days: 100 },
    { verdict: "overstated", from: "2025-12-18", to: "2026-01-05", days: 19 },
  ]);
  assertEquals(donetsk.shares.map((s) => s.days), [253, 100, 19]);
});

Deno.test("sweepClaims (fixtures): a day the General Staff reports do not reach is a gap with its reason", () => {
  const gap = row("troops-per-km2-2025", "2026-01-05");
  assertEquals([gap.verdict, gap.value], ["gap", null]);
  assert(gap.gap?.includes("general_staff_personnel.csv"), gap.gap ?? "no reason");
  // The claims that do not need that report still compute that day.
  assertEquals(row("donetsk-still-held-km2", "2026-01-05").verdict, "overstated");
});

Deno.test("sweepCsv and formatSweepSummary (fixtures): the file's columns and the printed ranges", () => {
  const lines = sweepCsv(rows).trimEnd().split("\n");
  assertEquals(lines[0], SWEEP_COLUMNS.join(","));
  assertEquals(lines.length, rows.length + 1);
  assert(
    lines.includes("donetsk-still-held-km2,2025-12-31,4681,km²,4750,5250,overstated,4381,4381,,"),
  );
  const summary = formatSweepSummary(rows);
  assert(summary.includes("reproduced      26.9 % (100 days): 2025-09-09 to 2025-12-17"), summary);
});

Deno.test("parseSweepArgs: FROM:TO, --sweep FROM:TO, and clear errors", () => {
  assertEquals(parseSweepArgs(["2026-01-01:2026-03-31"]).range, {
    from: "2026-01-01",
    to: "2026-03-31",
  });
  assertEquals(parseSweepArgs(["--sweep", "2026-01-01:2026-01-01"]).range?.to, "2026-01-01");
  assertEquals(parseSweepArgs([]).range, null);
  for (const bad of ["2026-01-01", "2026-02-30:2026-03-01", "2026-03-01:2026-01-01"]) {
    let message = "";
    try {
      parseSweepArgs([bad]);
    } catch (error) {
      message = (error as Error).message;
    }
    assert(message.includes(bad), `'${bad}' was accepted`);
  }
});

Deno.test("heldSince (fixtures): the article-date verdict's spells since, in words", () => {
  assertEquals(
    heldSince(rows, "donetsk-still-held-km2", "2025-12-31").text,
    "overstated on every day from 2025-12-31 to 2026-01-05 (6 days)",
  );
  const reproduced = heldSince(rows, "donetsk-still-held-km2", "2025-09-09");
  assertEquals(
    reproduced.text,
    "reproduced held from 2025-09-09 to 2025-12-17 (100 of 119 days to 2026-01-05)",
  );
  assertEquals(reproduced.daysHeld, 100);
});
