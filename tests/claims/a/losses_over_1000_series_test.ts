import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { lossesOver1000 } from "../../../lib/claims/a/mod.ts";

// Reads data/ only.
const asOf = "2025-12-31";
const dataDir = "data";

Deno.test("lossesOver1000: its series is the year up to the as-of date, one row a day, the days it counts", async () => {
  const check = await lossesOver1000.check({ asOf, dataDir });
  const { days } = check.series;
  assertEquals(days.length, 365);
  assertEquals([days[0].date, days.at(-1)?.date], ["2025-01-01", "2025-12-31"]);
  // The General Staff's figures: 1,370 on 1 January (reported 2 January), 1,060 on 31 December,
  // 418,170 in the year, 259 days above 1,000: the claim's value is that share.
  assertEquals([days[0].losses, days.at(-1)?.losses], [1_370, 1_060]);
  assertEquals(days.reduce((sum, day) => sum + day.losses, 0), 418_170);
  assertEquals(days.filter((day) => day.losses > 1_000).length, 259);
  assertEquals(check.value, 259 / 365);
  assertEquals([check.options, check.defaultOptions], [{ from: "2024-12-31" }, true]);
});

Deno.test("lossesOver1000: the from option moves the first day (excluded), and the verdict with it", async () => {
  const check = await lossesOver1000.check({ asOf, dataDir, from: "2025-11-30" });
  const { days } = check.series;
  assertEquals(days.map((d) => d.date).slice(0, 2), ["2025-12-01", "2025-12-02"]);
  assertEquals(days.length, 31);
  assertEquals(check.value, days.filter((day) => day.losses > 1_000).length / 31);
  assertEquals(check.defaultOptions, false);
  assertEquals(
    check.notes.at(-1),
    'A variation of the method: from "2025-11-30" (the claim\'s: "2024-12-31").',
  );
});
