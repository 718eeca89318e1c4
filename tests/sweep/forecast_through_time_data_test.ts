/** The forecast through time is the claim's own projection on each as-of day. */
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { forecastThroughTimeData } from "../../lib/sweep/forecast_through_time_data.ts";
import { donetskByAugust2027 } from "../../lib/claims/a/donetsk_by_august_2027.ts";
import { loadGroupAInputs } from "../../lib/claims/a/inputs.ts";

Deno.test("forecastThroughTimeData: each day's three dates are the claim's value and its same-window variants", async () => {
  const inputs = await loadGroupAInputs("data");
  for (const asOf of ["2025-12-31", "2026-03-15"]) {
    const points = forecastThroughTimeData(inputs, asOf, asOf);
    const check = await donetskByAugust2027.check({ asOf, dataDir: "data" });
    const alternative = (start: string) =>
      check.alternatives.find((a) => a.label.startsWith(start))!.value;
    assertEquals(points.map((p) => p.zeroDate), [
      check.value,
      alternative("The Economist's ISW-based whole-front rate, same window"),
      alternative("Donetsk-only rate (DeepState), same window"),
    ]);
  }
}); // deno-fmt-ignore
