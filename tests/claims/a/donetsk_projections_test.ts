import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import {
  donetskByAugust2027,
  donetskRemainder,
  heldHistory,
  ISW_WINDOW,
  loadGroupAInputs,
  RATE_WINDOWS,
  tryProjectRemainder,
} from "../../../lib/claims/a/mod.ts";

// Reads data/ only.
const inputs = await loadGroupAInputs("data");
const ASOF = "2025-12-31";
const check = (
  asOf: string,
  options: Parameters<typeof donetskByAugust2027.check>[0] | object = {},
) => donetskByAugust2027.check({ asOf, dataDir: "data", ...options });

Deno.test("donetskByAugust2027: by default the series' projections use ISW's window, then the trailing windows", async () => {
  const { series, options, defaultOptions } = await check(ASOF);
  const { projections } = series;
  assertEquals(projections.slice(0, 3).map((p) => [p.from, p.to]), [
    [ISW_WINDOW.from, ISW_WINDOW.to],
    [ISW_WINDOW.from, ISW_WINDOW.to],
    [ISW_WINDOW.from, ISW_WINDOW.to],
  ]);
  assertEquals(
    projections.slice(3).map((p) => p.label),
    RATE_WINDOWS.map((days) => `whole front, last ${days} days`),
  );
  assert(projections.slice(3).every((p) => p.to === ASOF));
  // The history runs to the as-of date, past the window's end.
  assertEquals(series.history, heldHistory(inputs, ASOF));
  assertEquals(series.history.at(-1), { date: ASOF, heldKm2: projections[3].startKm2 });
  assertEquals([options, defaultOptions], [
    { window: ISW_WINDOW, trailingDays: RATE_WINDOWS },
    true,
  ]);
});

Deno.test("donetskByAugust2027: the lines are the projections that reach zero, on these known dates", async () => {
  const { value, series } = await check(ASOF);
  const reaching = series.projections.filter((p) => p.zeroDate !== null);
  assertEquals(
    series.lines.map((l) => [l.label, l.startDate, l.zeroDate]),
    reaching.map((p) => [p.label, p.to, p.zeroDate]),
  );
  // As of 2025-12-31 every projection reaches zero; the first line is the claim's value.
  assertEquals(value, "2027-05-07");
  assertEquals(series.lines.map((l) => [l.label, l.zeroDate]), [
    ["ISW method, DeepState", "2027-05-07"],
    ["ISW method, The Economist", "2027-10-03"],
    ["Donetsk-only rate, same window", "2030-02-24"],
    ["whole front, last 30 days", "2027-01-28"],
    ["whole front, last 90 days", "2027-03-18"],
    ["whole front, last 180 days", "2027-03-13"],
    ["whole front, last 365 days", "2027-05-05"],
  ]);
  assertEquals(series.claimedMonth, "2027-08");
});

Deno.test("donetskByAugust2027: another window and trailing windows change the value, the series and the verdict", async () => {
  const window = { from: "2025-06-30", to: "2025-09-30" };
  const varied = await check(ASOF, { window, trailingDays: [60] });
  const { projections } = varied.series;
  assertEquals(projections.length, 4);
  assertEquals([projections[0].from, projections[0].to], [window.from, window.to]);
  assertEquals(projections[3].from, "2025-11-01");
  assertEquals(varied.value, projections[0].zeroDate);
  assertEquals(varied.defaultOptions, false);
  // Both trailing rates, one window each, after the three same-window alternatives, then the two
  // bootstrap probabilities (whole front, Donetsk only).
  assertEquals(varied.alternatives.length, 3 + 2 + 2);
  assertEquals(
    varied.alternatives.slice(3, 5).map((alternative) => alternative.label),
    [
      "whole-front rate (DeepState), last 60 days to 2025-12-31",
      "Donetsk-only rate (DeepState), last 60 days to 2025-12-31",
    ],
  );
  assertEquals([varied.value, varied.verdict], ["2026-12-15", "overstated"]);
});

Deno.test("donetskByAugust2027: 120 days to the end of ISW's window turn the verdict from contested to overstated", async () => {
  const byDefault = await check(ASOF);
  const varied = await check(ASOF, { window: { from: "2025-07-23", to: "2025-11-20" } });
  // By default DeepState's date is before the band and The Economist's after it.
  assertEquals([byDefault.value, byDefault.verdict], ["2027-05-07", "contested"]);
  // Over 120 days both series put the date before the band.
  assertEquals([varied.value, varied.verdict], ["2027-04-13", "overstated"]);
  assertEquals(varied.alternatives[0].verdict, "overstated");
});

Deno.test("heldHistory: the held area on every daily map up to the as-of date", () => {
  const history = heldHistory(inputs, "2025-06-30");
  assertEquals(history.length, inputs.daily.filter((row) => row.map_date <= "2025-06-30").length);
  assertEquals(history.at(-1)?.date, "2025-06-30");
  assertEquals(history.at(-1)?.heldKm2, donetskRemainder(inputs, "2025-06-30").heldKm2);
});

Deno.test("donetskByAugust2027: an early as-of date leaves out of the series the windows the data do not reach", async () => {
  // The Donetsk-only series starts with the daily maps (2024-07-07); 97 days before 2024-07-08
  // it has no value, while the whole-front series (history versions) does.
  const { series, alternatives } = await check("2024-07-08");
  const labels = series.projections.map((p) => p.label);
  assert(!labels.includes("Donetsk-only rate, same window"), labels.join("; "));
  assert(labels.includes("ISW method, DeepState"), labels.join("; "));
  assert(labels.includes("whole front, last 365 days"), labels.join("; "));
  const donetskOnly = alternatives.find((a) =>
    a.label.startsWith("Donetsk-only rate (DeepState), same")
  );
  assertEquals(donetskOnly?.verdict, "not-checkable");
  const early = { label: "x", area: inputs.deepStateDonetsk, from: "2024-04-02", to: "2024-07-08" };
  assert(tryProjectRemainder(inputs, early) instanceof Error);
});
