/**
 * The data of notebook 08's figures on the committed data: the values match those of the claims
 * (same counting) and the raw files (read with Python).
 */
import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import {
  casualtySeriesData,
  independentCostData,
} from "../../../lib/claims/a/independent_figure_data.ts";
import { loadIndependentInputs } from "../../../lib/claims/a/independent_losses.ts";
import { loadGroupAInputs } from "../../../lib/claims/a/inputs.ts";
import { troopsPerKm2 } from "../../../lib/claims/a/troops_per_km2.ts";

const close = (a: number, b: number, tolerance = 1e-6) =>
  assert(Math.abs(a - b) <= tolerance, `${a} is not within ${tolerance} of ${b}`);

Deno.test("casualtySeriesData (real data): month-end levels and month totals as in the raw files", async () => {
  const a = await loadGroupAInputs("data");
  const data = casualtySeriesData(await loadIndependentInputs("data"), a.personnel, "2025-12-31");
  const at = (rows: typeof data.cumulative, series: string, date: string) =>
    rows.find((p) => p.series === series && p.date === date)!;
  // Raw UK MoD: cumulative 1198746 at December 2025; december 2025 total 35030.
  assertEquals(at(data.cumulative, "UK MoD", "2025-12-31").value, 1_198_746);
  assertEquals(at(data.monthly, "UK MoD", "2025-12-01").value, 35_030);
  // Raw Economist: 2025-12-31 estimate 1201231.30 (ci 1161917.95 to 1241874.82).
  const economist = at(data.cumulative, "The Economist", "2025-12-31");
  assertEquals([economist.value, economist.low, economist.high], [
    1_201_231.3,
    1_161_917.9,
    1_241_874.8,
  ]);
  // Raw Economist: 2025-12-31 minus 2025-11-30: 1201231.30 - 1173331.57.
  close(at(data.monthly, "The Economist", "2025-12-01").value, 1_201_231.3 - 1_173_331.6, 1e-6);
  // Mediazona/Meduza's weeks end 2025-12-28: no December 2025 total, a November one.
  assertEquals(at(data.monthly, "Mediazona/Meduza: killed", "2025-12-01"), undefined);
  assert(at(data.monthly, "Mediazona/Meduza: killed", "2025-11-01").value > 0);
  assertEquals(data.cumulative[0].date, "2022-03-31");
}); // deno-fmt-ignore

Deno.test("independentCostData (real data): the 2025 points are the claim's alternatives", async () => {
  const a = await loadGroupAInputs("data");
  const data = independentCostData(await loadIndependentInputs("data"), a.personnel, a.deepState, "2025-12-31");
  const y2025 = Object.fromEntries(data.yearly.filter((p) => p.start === "2025-01-01").map((p) => [p.source, p]));
  const gained = a.deepState.asOf("2025-12-31").km2 - a.deepState.asOf("2024-12-31").km2;
  close(y2025["UK MoD"].value, 415_608 / gained);
  close(y2025["The Economist"].value, (1_201_231.3 - 754_041.1) / gained);
  assertEquals(y2025["Mediazona/Meduza: killed"].killed, true);
  assertEquals(new Set(data.monthly.map((p) => p.start.slice(0, 4))), new Set(["2024", "2025"]));
});

Deno.test("troopsPerKm2.check: series.independentCost's 2025 points are its independent alternatives", async () => {
  const check = await troopsPerKm2.check({ asOf: "2025-12-31", dataDir: "data" });
  const y2025 = check.series.independentCost.yearly.filter((p) => p.start === "2025-01-01");
  const byName = (name: string) => check.alternatives.find((a) => a.label.startsWith(name))!;
  const pairs: [string, string][] = [
    ["The Economist", "The Economist: casualties"],
    ["UK MoD", "UK MoD: casualties"],
    ["Mediazona/Meduza: killed", "Mediazona/Meduza: KILLED"],
  ];
  for (const [source, label] of pairs) {
    const point = y2025.find((p) => p.source === source)!;
    assertEquals([point.value, point.low, point.high], [
      byName(label).value,
      byName(label).interval?.low,
      byName(label).interval?.high,
    ]);
  }
  assertEquals(check.series.independentCost.monthly.length > 0, true);
}); // deno-fmt-ignore
