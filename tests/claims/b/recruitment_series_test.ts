import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import { recruits30to40k } from "../../../lib/claims/b/recruits_30_40k.ts";
import {
  cumulativeLossesAsOf,
  loadGeneralStaffPersonnel,
} from "../../../lib/data/general_staff.ts";

// Reads data/ only.
const personnel = await loadGeneralStaffPersonnel("data");
const series = async (asOf: string, options: { lossesFrom?: string; speaker?: string } = {}) =>
  (await recruits30to40k.check({ asOf, dataDir: "data", ...options })).series;

Deno.test("recruits30to40k: its series has the announcements published by the as-of date only", async () => {
  const later = (await series("2025-12-31")).segments;
  const earlier = (await series("2025-06-30")).segments;
  // recruitment.csv's contract counts a month: 2024's final figure, then 2025's two interim ones.
  const perMonth = (segments: typeof later) =>
    segments.map((s) => [s.label, s.year, Math.round(s.perMonth)]);
  assertEquals(perMonth(later), [
    ["Medvedev, final", 2024, 37_500],
    ["Medvedev, interim", 2025, 35_552],
    ["Belousov, interim", 2025, 35_655],
  ]);
  assertEquals(perMonth(earlier), [["Medvedev, final", 2024, 37_500]]);
});

Deno.test("recruits30to40k: its series has the losses month by month over two calendar years, adding up", async () => {
  const { losses } = await series("2025-12-31");
  assertEquals([losses[0].month, losses.at(-1)?.month, losses.length], ["2024-01", "2025-12", 24]);
  const total = losses.reduce((sum, m) => sum + m.losses, 0);
  // The General Staff's counts through 2025-12-31 (1,208,970) and 2023-12-31 (360,010).
  assertEquals(total, 1_208_970 - 360_010);
  assertEquals(
    total,
    cumulativeLossesAsOf(personnel, "2025-12-31").value -
      cumulativeLossesAsOf(personnel, "2023-12-31").value,
  );
});

Deno.test("recruits30to40k: lossesFrom moves the series' first month, not the verdict", async () => {
  const check = await recruits30to40k.check({
    asOf: "2025-12-31",
    dataDir: "data",
    lossesFrom: "2025-06-30",
  });
  assertEquals(check.series.losses[0].month, "2025-07");
  assertEquals([check.verdict, check.defaultOptions], ["reproduced", false]);
});

Deno.test("recruits30to40k: the speaker option takes another source's announcements", async () => {
  const byDefault = await recruits30to40k.check({ asOf: "2025-12-31", dataDir: "data" });
  const belousov = await recruits30to40k.check({
    asOf: "2025-12-31",
    dataDir: "data",
    speaker: "Andrei Belousov",
  });
  assertEquals(byDefault.value, 35_552);
  assertEquals(belousov.value, 35_655);
  assert(belousov.method.includes("Belousov"), belousov.method);
});
