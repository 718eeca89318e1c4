/**
 * Group A on the synthetic fixtures of tests/fixtures/derived (see make_fixtures.ts): every
 * expected value below is worked out by hand from the fixtures' formulas.
 */
import {
  deepStrictEqual as assertEquals,
  ok as assert,
  rejects as assertRejects,
} from "node:assert/strict";
import {
  costPerKm2,
  dailyLossStats,
  donetskByAugust2027,
  donetskRemainder,
  donetskStillHeld,
  groupAClaims,
  halfMillion,
  loadGroupAInputs,
  lossesOver1000,
  monthlyCostPerKm2,
  projectionWindow,
  projectZeroDate,
  troopsPerKm2,
} from "../../../lib/claims/a/mod.ts";
import { DataError } from "../../../lib/io/data_error.ts";

const dataDir = new URL("../../fixtures", import.meta.url).pathname;
const asOf = "2025-12-31";
const close = (a: number, b: number, tolerance = 1e-6) =>
  assert(Math.abs(a - b) <= tolerance, `${a} is not within ${tolerance} of ${b}`);

Deno.test("groupAClaims: the five claims of docs/claims.md section A, in the article's order", () => {
  assertEquals(groupAClaims.map((c) => c.id), [
    "troops-per-km2-2025",
    "donetsk-still-held-km2",
    "half-million-for-donetsk",
    "donetsk-by-august-2027",
    "losses-over-1000-a-day",
  ]);
});

Deno.test("troops-per-km2-2025 (fixtures): 438,000 losses over 4,392 km², the 2024-12-31 file standing in", async () => {
  const check = await troopsPerKm2.check({ asOf, dataDir });
  close(check.value as number, 438_000 / 4_392);
  assertEquals(check.verdict, "reproduced");
  assert(
    check.notes.some((n) =>
      n.includes("deepstatemap_data_20241231.geojson") && n.includes("stands in")
    ),
  );
  const [later, version, economist, before] = check.alternatives;
  // The history version of 2024-12-31: 110,000 km², so 438,000 / 4,380.
  close(version.value as number, 438_000 / 4_380);
  assert(later.label.includes("deepstatemap_data_20250102.geojson"));
  close(later.value as number, 438_000 / 4_368);
  close(economist.value as number, 438_000 / 3_650);
  assertEquals(economist.verdict, "understated");
  // 2024: 366 days × 1,000 over 109,988 (map of 2024-12-30) - 105,608 (history, 2023-12-31).
  close(before.value as number, 366_000 / 4_380);
});

Deno.test("donetsk-still-held-km2 (fixtures): 26,506 - 21,825 = 4,681 km², 4,381 without the grey zone", async () => {
  const check = await donetskStillHeld.check({ asOf, dataDir });
  assertEquals([check.value, check.verdict], [4_681, "overstated"]);
  assertEquals([check.alternatives[0].value, check.alternatives[0].verdict], [4_381, "overstated"]);
});

Deno.test("half-million-for-donetsk (fixtures): computed and the article's own 96 × 5,000 = 480,000", async () => {
  const check = await halfMillion.check({ asOf, dataDir });
  close(check.value as number, (438_000 / 4_392) * 4_681);
  assertEquals(check.verdict, "reproduced");
  assertEquals([check.alternatives[0].value, check.alternatives[0].verdict], [
    480_000,
    "reproduced",
  ]);
});

Deno.test("donetsk-by-august-2027 (fixtures): 4,886 km² at 12 km²/day from 2025-11-20 runs out 2027-01-02", async () => {
  const check = await donetskByAugust2027.check({ asOf, dataDir });
  assertEquals([check.value, check.verdict], ["2027-01-02", "overstated"]);
  const byLabel = Object.fromEntries(check.alternatives.map((a) => [a.label, a]));
  // The Economist's series gains 10 km²/day: 4,886 / 10 = 488.6 -> 489 days.
  assertEquals(
    byLabel["The Economist's ISW-based whole-front rate, same window"].value,
    "2027-03-24",
  );
  // Donetsk alone gains 5 km²/day: 4,886 / 5 = 977.2 -> 978 days.
  assertEquals(byLabel["Donetsk-only rate (DeepState), same window"].value, "2028-07-25");
  assertEquals(byLabel["Donetsk-only rate (DeepState), same window"].verdict, "understated");
  assertEquals(check.alternatives.filter((a) => a.label.includes("last ")).length, 8);
  // The fixtures have no facts tables: ISW's stated rate cannot be read, and the card says why.
  const isw = byLabel["ISW's stated rate on DeepState's remainder"];
  assertEquals([isw.value, isw.verdict], [null, "not-checkable"]);
  assert(isw.note?.includes("events.csv"), String(isw.note));
});

Deno.test("losses-over-1000-a-day (fixtures): 1,200 every day of 2025; 1,000 in 2024 is not above 1,000", async () => {
  const check = await lossesOver1000.check({ asOf, dataDir });
  assertEquals([check.value, check.verdict], [1, "reproduced"]);
  assertEquals([check.alternatives[0].value, check.alternatives[0].verdict], [0, "overstated"]);
});

Deno.test("group A (fixtures): an as-of date beyond the data cannot be computed (DataError)", async () => {
  await assertRejects(
    () => troopsPerKm2.check({ asOf: "2026-06-30", dataDir }),
    (e: unknown) =>
      e instanceof DataError &&
      e.message.startsWith(
        "general_staff_personnel.csv: the report dated 2026-07-01: expected a report counting " +
          "losses through 2026-06-30, found none",
      ),
  );
});

Deno.test("donetskRemainder (fixtures): no grey-zone map leaves that figure empty; a bug is not hidden as 'no map'", async () => {
  const inputs = await loadGroupAInputs(dataDir);
  const none = donetskRemainder({ ...inputs, grey: [] }, asOf);
  assertEquals([none.greyKm2, none.heldWithoutGreyKm2, none.greySnapshot], [null, null, null]);
  const broken = { ...inputs, grey: undefined as unknown as typeof inputs.grey };
  let thrown: unknown = null;
  try {
    donetskRemainder(broken, asOf);
  } catch (error) {
    thrown = error;
  }
  assert(thrown instanceof TypeError, String(thrown));
});

Deno.test("projectionWindow: ISW's window at the article's date, 97 trailing days later on", () => {
  assertEquals(projectionWindow("2025-12-31"), { from: "2025-08-15", to: "2025-11-20" });
  assertEquals(projectionWindow("2026-03-31"), { from: "2025-12-24", to: "2026-03-31" });
});

Deno.test("projectZeroDate: rounds the last day up; no date at a zero or negative rate", () => {
  assertEquals(projectZeroDate(24, 12, "2025-11-20"), "2025-11-22");
  assertEquals(projectZeroDate(25, 12, "2025-11-20"), "2025-11-23");
  assertEquals(projectZeroDate(25, 0, "2025-11-20"), null);
  assertEquals(projectZeroDate(25, -3, "2025-11-20"), null);
  assertEquals(projectZeroDate(0, 3, "2025-11-20"), "2025-11-20");
});

Deno.test("monthlyCostPerKm2 (fixtures): history months before July 2024, nulls where data end", async () => {
  const inputs = await loadGroupAInputs(dataDir);
  const months = monthlyCostPerKm2(inputs.personnel, inputs.deepState, "2024-01", "2026-02");
  assertEquals(months.length, 26);
  // January 2024: 31 days × 1,000 over 31 days × 12 km² (history versions at both ends).
  close(months[0].troopsPerKm2!, 1_000 / 12);
  assertEquals(
    months[0].note,
    "deepstate_history_monthly.csv, 1704056400.geojson (map of 2023-12-31) to " +
      "deepstate_history_monthly.csv, 1706734800.geojson (map of 2024-01-31)",
  );
  // December 2025: 31 × 1,200 over 31 × 12.
  close(months[23].troopsPerKm2!, 100);
  assertEquals([months[25].month, months[25].troopsPerKm2], ["2026-02", null]);
  // The fixtures' reports end on 2026-01-04: the note says which report is missing (not just
  // any text), and January 2026 has no value either.
  assert(
    months[25].note.startsWith(
      "general_staff_personnel.csv: the report dated 2026-02-01: expected a report counting " +
        "losses through 2026-01-31, found none",
    ),
    months[25].note,
  );
  assertEquals([months[24].month, months[24].troopsPerKm2], ["2026-01", null]);
});

Deno.test("costPerKm2: no net gain gives no ratio rather than a negative or infinite one", async () => {
  const inputs = await loadGroupAInputs(dataDir);
  const flat = { name: "flat", asOf: () => ({ km2: 1, from: "x", standIn: false, note: "" }) };
  assertEquals(costPerKm2(inputs.personnel, flat, "2025-01-31", "2025-02-28").troopsPerKm2, null);
});

Deno.test("dailyLossStats: strictly above the threshold, median and nearest-rank percentiles", () => {
  const days = [900, 1000, 1100, 1300].map((losses, i) => ({
    date: `2025-01-0${i + 1}`,
    losses,
    reportDate: "",
  }));
  const s = dailyLossStats(days, 1000);
  assertEquals([s.daysAbove, s.shareAbove, s.mean, s.median, s.p25, s.p90], [
    2,
    0.5,
    1075,
    1050,
    900,
    1300,
  ]);
  assertEquals(s.histogram, [
    { from: 900, count: 1 },
    { from: 1000, count: 1 },
    { from: 1100, count: 1 },
    { from: 1300, count: 1 },
  ]);
});
