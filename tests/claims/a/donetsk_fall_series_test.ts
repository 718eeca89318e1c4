/** The fall-date points of `donetsk-by-august-2027`'s series are its probability alternatives'. */
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { donetskByAugust2027 } from "../../../lib/claims/a/donetsk_by_august_2027.ts";
import { fallDateFanData } from "../../../lib/sweep/fall_date_fan_data.ts";

Deno.test("donetskByAugust2027.check: series.fall has one point per rate, the alternatives' chance and median", async () => {
  const check = await donetskByAugust2027.check({ asOf: "2025-12-31", dataDir: "data" });
  assertEquals(check.series.fall.map((p) => p.rate), ["whole-front", "donetsk-only"]);
  const chances = check.alternatives.filter((a) =>
    a.label.startsWith("Chance the remainder falls")
  );
  assertEquals(
    chances.map((a) => a.value),
    check.series.fall.map((p) => Number((p.probabilityBy * 100).toFixed(1))),
  );
  for (const [i, point] of check.series.fall.entries()) {
    assertEquals(chances[i].note!.includes(`median ${point.q50}`), true);
  }
}); // deno-fmt-ignore

Deno.test("fallDateFanData: the points of the claim's check on each as-of day, in order", async () => {
  const points = await fallDateFanData("data", "2025-12-17", "2025-12-31", 7);
  assertEquals(points.map((p) => p.asOf), ["2025-12-17", "2025-12-17", "2025-12-24", "2025-12-24", "2025-12-31", "2025-12-31"]);
  const check = await donetskByAugust2027.check({ asOf: "2025-12-31", dataDir: "data" });
  assertEquals(points.slice(4), check.series.fall);
});
