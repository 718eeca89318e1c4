import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { loadGeneralStaffPersonnel } from "../../lib/data/general_staff.ts";
import { dailyLossesData } from "../../lib/plots/daily_losses_data.ts";

// Reads data/ only.
const personnel = await loadGeneralStaffPersonnel("data");

Deno.test("dailyLossesData: by default the year up to the as-of date, one row a day", () => {
  const days = dailyLossesData(personnel, "2025-12-31");
  assertEquals(days.length, 365);
  assertEquals([days[0].date, days.at(-1)?.date], ["2025-01-01", "2025-12-31"]);
  // The General Staff's figures: 1,370 on 1 January (reported 2 January), 1,060 on 31 December,
  // 418,170 in the year, 259 days above 1,000 (the numbers of losses-over-1000-a-day).
  assertEquals([days[0].losses, days.at(-1)?.losses], [1_370, 1_060]);
  assertEquals(days.reduce((sum, day) => sum + day.losses, 0), 418_170);
  assertEquals(days.filter((day) => day.losses > 1_000).length, 259);
});

Deno.test("dailyLossesData: the from option moves the first day (excluded)", () => {
  const days = dailyLossesData(personnel, "2025-12-31", { from: "2025-11-30" });
  assertEquals(days.map((d) => d.date).slice(0, 2), ["2025-12-01", "2025-12-02"]);
  assertEquals(days.length, 31);
});
