/**
 * The independent alternatives of group A, on the committed data (expected values from the raw
 * files by Python, not by this code) and on small in-memory series.
 */
import {
  deepStrictEqual as assertEquals,
  ok as assert,
  throws as assertThrows,
} from "node:assert/strict";
import { DataError } from "../../../lib/io/data_error.ts";
import { halfMillion, lossesOver1000, troopsPerKm2 } from "../../../lib/claims/a/mod.ts";
import {
  independentAgreement,
  independentAlternatives,
  perKm2Gained,
} from "../../../lib/claims/a/independent_estimates.ts";
import { independentDailyShare } from "../../../lib/claims/a/independent_daily.ts";
import type { IndependentInputs } from "../../../lib/claims/a/independent_losses.ts";
import type { AreaSeries } from "../../../lib/claims/a/area_series.ts";
import type { Alternative, ClaimCheck } from "../../../lib/claims/claim.ts";

const options = { asOf: "2025-12-31", dataDir: "data" };
const close = (a: number, b: number, tolerance = 1e-6) =>
  assert(Math.abs(a - b) <= tolerance, `${a} is not within ${tolerance} of ${b}`);
const byLabel = (check: ClaimCheck, start: string) =>
  check.alternatives.find((a) => a.label.startsWith(start))!;
const gainedOf = (check: ClaimCheck) =>
  check.inputs.find((i) => i.name === "net area taken in the period")!.value as number;

Deno.test("troops-per-km2-2025 (real data): The Economist 447,190.2 and UK MoD 415,608 casualties over DeepState's 2025 gain", async () => {
  const check = await troopsPerKm2.check(options);
  const gained = gainedOf(check);
  const economist = byLabel(check, "The Economist: casualties");
  // Raw: 1201231.3028 - 754041.0678 at 2025-12-31 and 2024-12-31 (0.1 rounding in data/).
  close(economist.value as number, (1_201_231.3 - 754_041.1) / gained);
  // Raw: ci_lower 1161917.946 - 729104.357, ci_upper 1241874.825 - 779830.679.
  close(economist.interval!.low, (1_161_917.9 - 729_104.4) / gained);
  close(economist.interval!.high, (1_241_874.8 - 779_830.7) / gained);
  assertEquals(economist.verdict, "understated");
  assert(economist.sources![0].url.includes("meta-estimate-casualties.csv"));
  const ukMod = byLabel(check, "UK MoD: casualties");
  close(ukMod.value as number, 415_608 / gained);
  assertEquals(ukMod.verdict, "reproduced");
  assert(
    ukMod.sources!.length >= 1 && ukMod.sources!.every((s) => s.url.startsWith("https://x.com/")),
  );
  const deaths = byLabel(check, "The Economist (deaths): KILLED");
  close(deaths.value as number, (357_833.1 - 199_954.1) / gained);
  assertEquals([deaths.unit, deaths.verdict], ["killed/km²", "not-checkable"]);
  const meduza = byLabel(check, "Mediazona/Meduza: KILLED");
  assertEquals(meduza.unit, "killed/km²");
  assert(meduza.note!.includes("2025-12-28"), "Mediazona/Meduza's weeks end on 2025-12-28");
  assertEquals(
    check.independentAgreement,
    `Independent estimates: The Economist puts it above the band (102.9; its interval 99.6 to ` +
      `106.3 overlaps the band); UK MoD puts it within the band (95.6).`,
  );
  // The main verdict stays on the article's basis.
  assertEquals(check.verdict, "reproduced");
}); // deno-fmt-ignore

Deno.test("half-million-for-donetsk (real data): the independent ratios times the same still-held area", async () => {
  const [cost, check] = [await troopsPerKm2.check(options), await halfMillion.check(options)];
  const held = check.inputs.find((i) => i.name.startsWith("still-held"))!.value as number;
  close(byLabel(check, "UK MoD").value as number, (byLabel(cost, "UK MoD").value as number) * held, 1e-6);
  close(byLabel(check, "The Economist: casualties").interval!.high, byLabel(cost, "The Economist: casualties").interval!.high * held, 1e-6);
  assert(check.independentAgreement!.startsWith("Independent estimates: The Economist and UK MoD put it above the band"));
}); // deno-fmt-ignore

Deno.test("losses-over-1000-a-day (real data): The Economist's trend above 1,000 on 301 of 365 days; UK MoD 10 of 12 months", async () => {
  const check = await lossesOver1000.check(options);
  // Python on the raw file: 301 of the 365 daily increments of 2025 exceed 1,000.
  close(byLabel(check, "The Economist").value as number, 301 / 365);
  const ukMod = byLabel(check, "UK MoD");
  // Raw: every 2025 month but August (931) and September (950) averages above 1,000.
  close(ukMod.value as number, 10 / 12);
  close(ukMod.interval!.low, 10 / 365);
  close(ukMod.interval!.high, 1 - 2 / 365);
  assert(check.notes.some((n) => n.includes("cannot (they count killed only")));
}); // deno-fmt-ignore

const area = (km2: (date: string) => number): AreaSeries => ({
  name: "Test area",
  asOf: (date) => ({ km2: km2(date), from: "test", standIn: false, note: "" }),
});

/** Two months of made-up series: 1,500 casualties a day in January 2025, 800 in February. */
function smallInputs(): IndependentInputs {
  const casualties = [];
  for (let day = 0; day <= 59; day++) {
    const date = new Date(Date.UTC(2024, 11, 31 + day)).toISOString().slice(0, 10);
    const estimate = day <= 31 ? 1500 * day : 1500 * 31 + 800 * (day - 31);
    casualties.push({
      date,
      estimate,
      ci_lower: estimate * 0.9,
      ci_upper: estimate * 1.1,
      pi_low: 0,
      pi_high: estimate * 2,
    });
  }
  casualties.push({
    date: "2025-03-01",
    estimate: null,
    ci_lower: null,
    ci_upper: null,
    pi_low: null,
    pi_high: null,
  });
  return {
    casualties,
    deaths: casualties.map((d) => ({ ...d })),
    ukMod: [
      {
        month: "2025-01",
        average_per_day: 1500,
        days: 31,
        month_total: 46500,
        cumulative: 46500,
        source_url: "https://x.com/1",
      },
      {
        month: "2025-02",
        average_per_day: 800,
        days: 28,
        month_total: 22400,
        cumulative: 68900,
        source_url: "https://x.com/2",
      },
    ],
    meduza: [],
  };
} // deno-fmt-ignore

Deno.test("independentAlternatives (fixture): casualties judged, killed not, an uncovered series not checkable", () => {
  const alternatives = independentAlternatives(
    smallInputs(),
    {
      unit: "troops/km²",
      killedUnit: "killed/km²",
      how: "over 100 km²",
      compute: (losses) => losses / 100,
    },
    { kind: "about", value: 690 },
    "2024-12-31",
    "2025-02-28",
  );
  const [economist, ukMod, deaths, meduza] = alternatives;
  assertEquals([economist.value, economist.verdict], [689, "reproduced"]);
  assertEquals([economist.interval!.low, economist.interval!.high].map(Math.round), [620, 758]);
  assertEquals([ukMod.value, ukMod.verdict], [689, "reproduced"]);
  assertEquals(ukMod.sources!.map((s) => s.url), ["https://x.com/1", "https://x.com/2"]);
  assertEquals(deaths.verdict, "not-checkable");
  assertEquals([meduza.value, meduza.verdict], [null, "not-checkable"]);
  assert(meduza.note!.includes("meduza_killed_weekly.csv"));
});

Deno.test("independentAlternatives (fixture): UK MoD needs whole months; an NA day at the end is not an estimate", () => {
  const hedge = { kind: "about" as const, value: 1 };
  const perDay = { unit: "a day", killedUnit: "a day", how: "", compute: (l: number) => l };
  const [economist, ukMod] = independentAlternatives(
    smallInputs(),
    perDay,
    hedge,
    "2025-01-10",
    "2025-02-28",
  );
  assertEquals(economist.value, 1500 * 21 + 800 * 28);
  assertEquals(ukMod.value, null);
  assert(ukMod.note!.includes("whole months"));
  // 2025-03-01 is NA: as of that day the latest estimate within 3 days (2025-02-28) stands in.
  const [onNa] = independentAlternatives(smallInputs(), perDay, hedge, "2025-02-27", "2025-03-01");
  assertEquals(onNa.value, 800);
}); // deno-fmt-ignore

Deno.test("independentDailyShare (fixture): the trend's share of days, and monthly averages only bound it", () => {
  const { alternatives } = independentDailyShare(
    smallInputs(),
    { kind: "frequently-exceeding", value: 1000 },
    1000,
    "2024-12-31",
    "2025-02-28",
  );
  const [economist, ukMod] = alternatives;
  assertEquals([economist.value, economist.verdict], [31 / 59, "reproduced"]);
  assertEquals([ukMod.value, ukMod.verdict], [0.5, "reproduced"]);
  assertEquals([ukMod.interval!.low, ukMod.interval!.high], [1 / 59, 1 - 1 / 59]);
});

const alt = (
  label: string,
  value: number,
  verdict: Alternative["verdict"],
  interval?: [number, number],
): Alternative => ({
  label,
  value,
  unit: "troops/km²",
  verdict,
  counts: "killed and wounded",
  ...(interval ? { interval: { low: interval[0], high: interval[1], text: "95 %" } } : {}),
}); // deno-fmt-ignore

Deno.test("independentAgreement: within, outside, an interval that straddles the band is said to overlap it", () => {
  const hedge = { kind: "about" as const, value: 96 }; // band 91.2 to 100.8
  assertEquals(
    independentAgreement([alt("UK MoD: casualties", 95, "reproduced"), alt("The Economist: casualties", 97, "reproduced", [92, 100])], hedge),
    "Independent estimates: UK MoD and The Economist put it within the band (95.0, 97.0); The Economist's interval 92.0 to 100.0 lies within the band.",
  );
  assertEquals(
    independentAgreement([alt("The Economist: casualties", 103, "understated", [99, 106])], hedge),
    "Independent estimates: The Economist puts it above the band (103.0; its interval 99.0 to 106.0 overlaps the band).",
  );
  assertEquals(
    independentAgreement([alt("UK MoD: casualties", 80, "overstated", [70, 90]), alt("Mediazona/Meduza: KILLED", 30, "not-checkable")], hedge),
    "Independent estimates: UK MoD puts it below the band (80.0; its interval 70.0 to 90.0 lies outside the band).",
  );
});

Deno.test("perKm2Gained: losses over the same area's net gain, times a fixed area; no gain is a DataError", () => {
  const series = area((date) => (date === "2025-12-31" ? 200 : 100));
  assertEquals(perKm2Gained(series).compute(1000, "2024-12-31", "2025-12-31"), 10);
  assertEquals(
    perKm2Gained(series, { km2: 50, what: "x" }).compute(1000, "2024-12-31", "2025-12-31"),
    500,
  );
  assertThrows(() => perKm2Gained(series).compute(1000, "2024-12-31", "2024-12-31"), DataError);
});
