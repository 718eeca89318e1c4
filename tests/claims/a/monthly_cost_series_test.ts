import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import {
  costPerKm2,
  loadGroupAInputs,
  monthlyCostSeries,
  troopsPerKm2,
} from "../../../lib/claims/a/mod.ts";

// Reads data/ only.
const inputs = await loadGroupAInputs("data");

Deno.test("monthlyCostSeries: by default every complete month from 2024 up to a month-end as-of date", () => {
  const data = monthlyCostSeries(inputs, "2025-12-31", 96);
  assertEquals([data.first, data.last], ["2024-01", "2025-12"]);
  assertEquals(data.monthly.length, 24);
  // Every month from 2024-01 is covered: January 2024 by the history versions.
  assertEquals(data.points.map((p) => p.month), data.monthly.map((m) => m.month));
});

Deno.test("monthlyCostSeries: a mid-month as-of date ends with the month before", () => {
  const data = monthlyCostSeries(inputs, "2025-12-15", 96, { months: 12 });
  assertEquals([data.first, data.last], ["2024-12", "2025-11"]);
  assertEquals(monthlyCostSeries(inputs, "2025-12-15", 96).last, "2025-11");
});

Deno.test("monthlyCostSeries: the months option shows the last N months, from another start month", () => {
  const data = monthlyCostSeries(inputs, "2025-12-31", 96, { months: 12 });
  assertEquals([data.first, data.last], ["2025-01", "2025-12"]);
  assertEquals(monthlyCostSeries(inputs, "2025-12-31", 96, { from: "2025-07" }).monthly.length, 6);
});

Deno.test("monthlyCostSeries: the months add up to the claim's year (losses and area gained)", () => {
  const data = monthlyCostSeries(inputs, "2025-12-31", 96, { months: 12 });
  const year = costPerKm2(inputs.personnel, inputs.deepState, "2024-12-31", "2025-12-31");
  const losses = data.points.reduce((sum, p) => sum + p.losses, 0);
  const areaKm2 = data.points.reduce((sum, p) => sum + p.areaKm2, 0);
  assertEquals(losses, year.losses);
  assert(Math.abs(areaKm2 - year.gainedKm2) < 0.01, `${areaKm2} against ${year.gainedKm2}`);
  // The known figures of troops-per-km2-2025 (tests/claims/a/group_a_data_test.ts).
  assertEquals(losses, 418_170);
  assert(Math.abs(areaKm2 - 4_346.521) < 0.1, String(areaKm2));
});

Deno.test("troopsPerKm2: its series is every complete month from 2024, the article's figure as reference", async () => {
  const check = await troopsPerKm2.check({ asOf: "2025-12-31", dataDir: "data" });
  assertEquals([check.series.first, check.series.last], ["2024-01", "2025-12"]);
  assertEquals(check.series.reference, { value: 96, label: "the article: about 96 a km²" });
  // The claim's year is the last twelve months of its series: their sums make its value.
  const year = check.series.points.slice(-12);
  const losses = year.reduce((sum, p) => sum + p.losses, 0);
  const areaKm2 = year.reduce((sum, p) => sum + p.areaKm2, 0);
  assert(Math.abs(losses / areaKm2 - (check.value as number)) < 1e-3, `${losses / areaKm2}`);
  assertEquals([check.options, check.defaultOptions], [
    { from: "2024-12-31", firstMonth: "2024-01" },
    true,
  ]);
});

Deno.test("troopsPerKm2: the options move the period and the series' first month", async () => {
  const check = await troopsPerKm2.check({
    asOf: "2025-12-31",
    dataDir: "data",
    from: "2025-06-30",
    firstMonth: "2025-07",
  });
  assertEquals(check.series.points.map((p) => p.month).slice(0, 2), ["2025-07", "2025-08"]);
  const half = check.series.points;
  const ratio = half.reduce((sum, p) => sum + p.losses, 0) /
    half.reduce((sum, p) => sum + p.areaKm2, 0);
  assert(Math.abs(ratio - (check.value as number)) < 1e-3, `${ratio} against ${check.value}`);
  assertEquals(check.defaultOptions, false);
});
