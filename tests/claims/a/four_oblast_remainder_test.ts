/**
 * The four-oblast remainder on the fixtures: 1,200 losses and 12 km² a day over the whole front,
 * so the cost is 100 troops/km² and every simulated future falls on the same, known day.
 */
import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import { loadGroupAInputs } from "../../../lib/claims/a/inputs.ts";
import { fourOblastRemainder } from "../../../lib/claims/a/four_oblast_remainder.ts";
import { addDays } from "../../../lib/data/dates.ts";

const dataDir = new URL("../../fixtures", import.meta.url).pathname;

Deno.test("fourOblastRemainder (fixtures): held area, price at 100 troops/km², exact fall day", async () => {
  const asOf = "2026-01-04";
  const four = await fourOblastRemainder(await loadGroupAInputs(dataDir), dataDir, asOf);
  assertEquals(four.oblasts.map((o) => o.pcode), ["UA14", "UA44", "UA23", "UA65"]);
  // Donetsk: 26,506 - (20,000 + 5 × 369).
  assertEquals(four.oblasts[0].heldKm2, 4661);
  // The fixture's Luhansk column exceeds the oblast: nothing held there, not a negative area.
  assertEquals(four.oblasts[1].heldKm2, 0);
  const held = four.oblasts.reduce((sum, o) => sum + Math.max(0, o.areaKm2 - o.occupiedKm2), 0);
  assert(Math.abs(four.heldKm2 - held) < 1e-6);
  assertEquals(four.troopsPerKm2, 100);
  assert(Math.abs(four.priceTroops - 100 * four.heldKm2) < 1e-6);
  assertEquals(four.rate.km2PerDay, 12);
  const days = Math.ceil(four.heldKm2 / 12);
  assertEquals(four.daysAtRate, days);
  assertEquals(
    new Set(four.bootstrap.map(({ date, troops }) => `${date} ${troops}`)),
    new Set([`${addDays(asOf, days)} ${1200 * days}`]),
  );
});
