import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import { costPerKm2, loadGroupAInputs, troopsPerKm2 } from "../../lib/claims/a/mod.ts";
import { monthlyCostData } from "../../lib/plots/monthly_cost_data.ts";

// Reads data/ only.
const inputs = await loadGroupAInputs("data");

Deno.test("monthlyCostData: by default every complete month from 2024 up to a month-end as-of date", () => {
  const data = monthlyCostData(inputs, "2025-12-31");
  assertEquals([data.first, data.last], ["2024-01", "2025-12"]);
  assertEquals(data.monthly.length, 24);
  // Every month from 2024-01 is covered: January 2024 by the history versions.
  assertEquals(data.points.map((p) => p.month), data.monthly.map((m) => m.month));
});

Deno.test("monthlyCostData: a mid-month as-of date ends with the month before", () => {
  const data = monthlyCostData(inputs, "2025-12-15", { months: 12 });
  assertEquals([data.first, data.last], ["2024-12", "2025-11"]);
  assertEquals(monthlyCostData(inputs, "2025-12-15").last, "2025-11");
});

Deno.test("monthlyCostData: the months option shows the last N months, from another start month", () => {
  const data = monthlyCostData(inputs, "2025-12-31", { months: 12 });
  assertEquals([data.first, data.last], ["2025-01", "2025-12"]);
  assertEquals(monthlyCostData(inputs, "2025-12-31", { from: "2025-07" }).monthly.length, 6);
});

Deno.test("monthlyCostData: the months add up to the claim's year (losses and area gained)", () => {
  const data = monthlyCostData(inputs, "2025-12-31", { months: 12 });
  const year = costPerKm2(inputs.personnel, inputs.deepState, "2024-12-31", "2025-12-31");
  const losses = data.points.reduce((sum, p) => sum + p.losses, 0);
  const areaKm2 = data.points.reduce((sum, p) => sum + p.areaKm2, 0);
  assertEquals(losses, year.losses);
  assert(Math.abs(areaKm2 - year.gainedKm2) < 0.01, `${areaKm2} against ${year.gainedKm2}`);
  // The known figures of troops-per-km2-2025 (tests/claims/a/group_a_data_test.ts).
  assertEquals(losses, 418_170);
  assert(Math.abs(areaKm2 - 4_346.521) < 0.1, String(areaKm2));
});

Deno.test("monthlyCostData: the reference line is the article's figure", () => {
  const { reference } = monthlyCostData(inputs, "2025-12-31");
  assertEquals(reference.value, troopsPerKm2.stated);
  assert(reference.label.includes(String(troopsPerKm2.stated)), reference.label);
});
