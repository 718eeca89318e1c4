/**
 * The loaders of the independent casualty estimates, on the committed `data/derived/`. Every
 * expected value was read from the raw files with Python's csv module (not with this code):
 * see the comment on each.
 */
import {
  deepStrictEqual as assertEquals,
  ok as assert,
  throws as assertThrows,
} from "node:assert/strict";
import { loadMetaEstimate, metaEstimateAsOf } from "../../lib/data/economist_estimates.ts";
import { loadUkModMonthly, ukModMonths } from "../../lib/data/ukmod_monthly.ts";
import { killedBetween, loadMeduzaWeekly, meduzaLastDay } from "../../lib/data/meduza_weekly.ts";
import { loadPointEstimates } from "../../lib/data/point_estimates.ts";
import { DataError } from "../../lib/io/data_error.ts";

const close = (a: number, b: number, tolerance: number) =>
  assert(Math.abs(a - b) <= tolerance, `${a} is not within ${tolerance} of ${b}`);

Deno.test("loadMetaEstimate (real data): 1,641 days, the NA day is nulls, 2025-12-31 as in the raw file", async () => {
  const casualties = await loadMetaEstimate("casualties");
  const deaths = await loadMetaEstimate("deaths");
  // Raw: 1,642 lines with the header; the first data line is "2026-08-22,1640,NA,NA,...".
  assertEquals(casualties.length, 1641);
  assertEquals(casualties.at(-1), {
    date: "2026-08-22",
    estimate: null,
    ci_lower: null,
    ci_upper: null,
    pi_low: null,
    pi_high: null,
  }); // deno-fmt-ignore
  // Raw: 2025-12-31,1406,1201231.3028398002,1161917.9461490507,1241874.824972463,...
  const end2025 = metaEstimateAsOf(casualties, "2025-12-31");
  assertEquals([end2025.estimate, end2025.ci_lower, end2025.ci_upper], [
    1201231.3,
    1161917.9,
    1241874.8,
  ]);
  // Raw deaths: 2025-12-31,1406,357833.11530363164,...
  assertEquals(metaEstimateAsOf(deaths, "2025-12-31", "d.csv").estimate, 357833.1);
  // The NA day is skipped: the estimate as of 2026-08-22 is that of 2026-08-21 (1524945.785...).
  assertEquals(metaEstimateAsOf(casualties, "2026-08-22").estimate, 1524945.8);
  assertThrows(() => metaEstimateAsOf(casualties, "2022-02-23"), DataError);
}); // deno-fmt-ignore

Deno.test("loadUkModMonthly (real data): 47 months from 2022-03, 2025 totals 415,608, each month with its post", async () => {
  const months = await loadUkModMonthly();
  assertEquals([months.length, months[0].month, months.at(-1)!.month], [47, "2022-03", "2026-01"]);
  const y2025 = ukModMonths(months, "2025-01", "2025-12");
  // Raw: cumulative 1198746 (december 2025) - 783138 (december 2024).
  assertEquals(y2025.reduce((sum, m) => sum + m.month_total, 0), 415_608);
  assertEquals(y2025[0], {
    month: "2025-01", average_per_day: 1556, days: 31, month_total: 48236, cumulative: 831374,
    source_url: y2025[0].source_url,
  }); // deno-fmt-ignore
  assertEquals(y2025[11].source_url, "https://x.com/DefenceHQ/status/2011454582178840667/photo/2");
  assert(months.every((m) => m.source_url.startsWith("https://")));
  assertThrows(() => ukModMonths(months, "2026-01", "2026-02"), /month 2026-02/);
});

Deno.test("loadMeduzaWeekly (real data): 201 ISO weeks 2022-W08 to 2025-W52; 2025 killed as summed by hand", async () => {
  const weeks = await loadMeduzaWeekly();
  assertEquals([weeks.length, weeks[0].iso_week, weeks[0].week_start], [
    201,
    "2022-W08",
    "2022-02-21",
  ]);
  assertEquals([weeks.at(-1)!.iso_week, meduzaLastDay(weeks)], ["2025-W52", "2025-12-28"]);
  // Python: EDAssembled/7 per day over 2025-01-01..2025-12-28 = 148068.555; bounds 123237.18 and
  // 172899.93; BmzNow 46983.286 (the derived file rounds each week to 0.1, hence the tolerance).
  const killed = killedBetween(weeks, "2024-12-31", "2025-12-28");
  close(killed.estimate, 148_068.56, 1);
  close(killed.low, 123_237.18, 1);
  close(killed.high, 172_899.93, 1);
  close(killed.namedRecords, 46_983.286, 0.001);
  // Upstream's 2022 week 24 has its bounds the wrong way round: swapped, with a note.
  const w24 = weeks.find((w) => w.iso_week === "2022-W24")!;
  assertEquals([w24.ed_assembled_low, w24.ed_assembled, w24.ed_assembled_high], [46.7, 52.2, 57.7]);
  assert(w24.note?.includes("swapped"));
  assertThrows(() => killedBetween(weeks, "2024-12-31", "2025-12-31"), /through 2025-12-31/);
}); // deno-fmt-ignore

Deno.test("loadPointEstimates (real data): 124 estimates, 4 from warring parties, thousands separators read", async () => {
  const rows = await loadPointEstimates();
  assertEquals(rows.length, 124);
  assertEquals(rows.filter((r) => r.warring_party === "yes").length, 4);
  // Raw: 1/12/2025,"1,200,000",,,casualties,CSIS
  const csis = rows.find((r) => r.date === "2025-12-01" && r.estimate === 1_200_000);
  assertEquals(csis?.source, "CSIS");
  assertEquals(rows.map((r) => r.date), rows.map((r) => r.date).sort());
});
