/** The figures of claims through time, on small hand-made sweep rows, against their snapshots. */
import { ok as assert, throws as assertThrows } from "node:assert/strict";
import type { SweepRow } from "../../lib/sweep/sweep.ts";
import { verdictStripFigure } from "../../lib/plots/verdict_strip.ts";
import { claimThroughTimeFigure } from "../../lib/plots/claim_through_time.ts";
import { forecastThroughTimeFigure } from "../../lib/plots/forecast_through_time.ts";
import { fallDateFanFigure } from "../../lib/plots/fall_date_fan.ts";
import { VERDICT_COLORS } from "../../lib/plots/verdict_colors.ts";
import { assertSnapshot } from "./snapshot.ts";

const base = {
  unit: "km²",
  bandLow: 4750,
  bandHigh: 5250,
  alternativesLow: null,
  alternativesHigh: null,
  standIns: [],
  gap: null,
};
const DAYS = ["2025-12-30", "2025-12-31", "2026-01-01", "2026-01-02", "2026-01-03"];
const HELD: SweepRow[] = DAYS.map((asOf, i) => ({
  ...base,
  claimId: "donetsk-still-held-km2",
  asOf,
  value: 5400 - 100 * i,
  verdict: 5400 - 100 * i > 5250 ? "understated" : "reproduced",
}));
const POLL: SweepRow[] = DAYS.map((asOf, i) => ({
  ...base,
  claimId: "poll-majority-would-protest",
  asOf,
  value: i < 2 ? null : 0.55,
  verdict: i < 2 ? "not-checkable" : i === 4 ? "gap" : "reproduced",
}));

Deno.test("verdictStripFigure: matches its snapshot (one strip per claim, runs of days)", async () => {
  const figure = verdictStripFigure([...HELD, ...POLL], { articleAsOf: "2025-12-31" });
  await assertSnapshot("verdict-strip", figure.markup);
  // Runs, not days: Donetsk's five days are two rectangles, in the verdicts' colours.
  assert(figure.markup.includes("understated from 2025-12-30 to 2025-12-31"));
  assert(figure.markup.includes(VERDICT_COLORS.reproduced));
});

Deno.test("verdictStripFigure: one claim gives a bare strip without the claim axis", () => {
  const figure = verdictStripFigure(HELD, { legend: false, id: "strip-one" });
  assert(!figure.markup.includes(">donetsk-still-held-km2<"));
  assertThrows(() => verdictStripFigure([]), /no sweep rows/);
});

Deno.test("claimThroughTimeFigure: matches its snapshot (band ribbon, dots by verdict)", async () => {
  const figure = claimThroughTimeFigure(HELD, { articleAsOf: "2025-12-31" });
  await assertSnapshot("claim-through-time", figure.markup);
  assertThrows(() => claimThroughTimeFigure([...HELD, ...POLL]), /one claim/);
});

Deno.test("forecastThroughTimeFigure: matches its snapshot (a line per method, the claimed month)", async () => {
  const figure = forecastThroughTimeFigure([
    { asOf: "2026-01-01", method: "ISW method", zeroDate: "2027-05-01" },
    { asOf: "2026-02-01", method: "ISW method", zeroDate: "2027-09-03" },
    { asOf: "2026-01-01", method: "Donetsk-only", zeroDate: "2028-01-01" },
    { asOf: "2026-02-01", method: "Donetsk-only", zeroDate: "2028-06-01" },
  ], { claimedMonth: "2027-08", articleAsOf: "2025-12-31" });
  await assertSnapshot("donetsk-forecast-through-time", figure.markup);
  assert(figure.markup.includes("article: 2027-08 ± 1 month"));
});

Deno.test("forecastThroughTimeFigure: a forecast after `latest` is not drawn (the y axis stays readable)", () => {
  const points = [
    { asOf: "2026-01-01", method: "m", zeroDate: "2027-05-01" },
    { asOf: "2026-01-02", method: "m", zeroDate: "2140-01-01" },
  ];
  assert(!forecastThroughTimeFigure(points).markup.includes(">2140<"));
  assert(forecastThroughTimeFigure(points, { latest: "2200-01-01" }).markup.includes(">2140<"));
});

Deno.test("fallDateFanFigure: matches its snapshot (ribbons and medians per rate)", async () => {
  const point = (asOf: string, shift: number) => ({
    asOf,
    q05: `2027-0${2 + shift}-01`,
    q25: `2027-0${3 + shift}-01`,
    q50: `2027-0${4 + shift}-01`,
    q75: `2027-0${5 + shift}-01`,
    q95: `2027-0${6 + shift}-01`,
  });
  const figure = fallDateFanFigure([
    { ...point("2026-01-01", 0), rate: "whole-front", probabilityBy: 1 },
    { ...point("2026-02-01", 1), rate: "whole-front", probabilityBy: 0.9 },
    { ...point("2026-01-01", 3), rate: "donetsk-only", probabilityBy: 0.2 },
    { ...point("2026-02-01", 3), rate: "donetsk-only", probabilityBy: 0.1 },
  ], { claimedMonth: "2027-08" });
  await assertSnapshot("donetsk-fall-date-fan", figure.markup);
  assertThrows(() => fallDateFanFigure([]), /no quantiles/);
});
