/**
 * The probabilistic Donetsk forecast on the fixtures, where the gains are constant (12 km² a day
 * over the whole front, 5 inside Donetsk) so every fall date is known exactly.
 */
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { loadGroupAInputs } from "../../../lib/claims/a/inputs.ts";
import {
  dailyGains,
  donetskFallDistribution,
  donetskProbabilityAlternatives,
} from "../../../lib/claims/a/donetsk_probability.ts";
import { donetskByAugust2027 } from "../../../lib/claims/a/donetsk_by_august_2027.ts";

const dataDir = new URL("../../fixtures", import.meta.url).pathname;
// The window of 365 days to 2026-01-04 misses no file (the 2025-01-01 one is missing).
const asOf = "2026-01-04";
const hedge = { kind: "by-month", month: "2027-08" } as const;

Deno.test("dailyGains (fixtures): 12 km² a day over the whole front, 5 inside Donetsk", async () => {
  const inputs = await loadGroupAInputs(dataDir);
  assertEquals(new Set(dailyGains(inputs.daily, asOf, 365, null)), new Set([12]));
  assertEquals(new Set(dailyGains(inputs.daily, asOf, 365, "UA14")), new Set([5]));
});

Deno.test("donetskFallDistribution (fixtures): constant gains give the exact fall date", async () => {
  const inputs = await loadGroupAInputs(dataDir);
  // 26,506 - (20,000 + 5 × 369) = 4,661 km² left; ceil(4,661 / 12) = 389 days, / 5 = 933 days.
  const whole = donetskFallDistribution(inputs, asOf, "whole-front");
  assertEquals(whole.remainingKm2, 4661);
  assertEquals(new Set(whole.quantiles.map(({ date }) => date)), new Set(["2027-01-28"]));
  assertEquals(whole.probabilityBy, 1);
  const donetsk = donetskFallDistribution(inputs, asOf, "donetsk-only");
  assertEquals(new Set(donetsk.quantiles.map(({ date }) => date)), new Set(["2028-07-25"]));
  assertEquals(donetsk.probabilityBy, 0);
});

Deno.test("donetsk-by-august-2027 (fixtures): the card carries both probabilities with their method", async () => {
  const inputs = await loadGroupAInputs(dataDir);
  const [whole, donetsk] = donetskProbabilityAlternatives(inputs, asOf, hedge);
  assertEquals([whole.value, whole.unit, whole.verdict], [100, "%", "overstated"]);
  assertEquals([donetsk.value, donetsk.verdict], [0, "understated"]);
  assertEquals(whole.note?.includes("14-day blocks") && whole.note.includes("seed 20260113"), true);
  const check = await donetskByAugust2027.check({ asOf, dataDir });
  assertEquals(check.alternatives.filter((a) => a.unit === "%"), [whole, donetsk]);
});

Deno.test("donetskProbabilityAlternatives (fixtures): a window before the first map is not checkable, saying why", async () => {
  const inputs = await loadGroupAInputs(dataDir);
  const [whole] = donetskProbabilityAlternatives(inputs, "2024-12-31", hedge);
  assertEquals([whole.value, whole.verdict], [null, "not-checkable"]);
  assertEquals(whole.note?.includes("deepstate_daily.csv"), true);
});
