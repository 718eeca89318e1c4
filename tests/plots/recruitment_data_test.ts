import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { loadFacts } from "../../lib/data/facts.ts";
import { cumulativeLossesAsOf, loadGeneralStaffPersonnel } from "../../lib/data/general_staff.ts";
import { recruitmentData } from "../../lib/plots/recruitment_data.ts";

// Reads data/ only.
const recruitment = await loadFacts("recruitment", "data");
const personnel = await loadGeneralStaffPersonnel("data");

Deno.test("recruitmentData: announcements published by the as-of date only", () => {
  const later = recruitmentData(recruitment, personnel, "2025-12-31").segments;
  const earlier = recruitmentData(recruitment, personnel, "2025-06-30").segments;
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

Deno.test("recruitmentData: losses month by month over two calendar years, adding up to the series", () => {
  const { losses } = recruitmentData(recruitment, personnel, "2025-12-31");
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

Deno.test("recruitmentData: lossesFrom moves the first month", () => {
  const { losses } = recruitmentData(recruitment, personnel, "2025-12-31", {
    lossesFrom: "2025-06-30",
  });
  assertEquals(losses[0].month, "2025-07");
});
