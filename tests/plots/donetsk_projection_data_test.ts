import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import {
  donetskByAugust2027,
  donetskRemainder,
  ISW_WINDOW,
  loadGroupAInputs,
  RATE_WINDOWS,
} from "../../lib/claims/a/mod.ts";
import { donetskProjectionData } from "../../lib/plots/donetsk_projection_data.ts";

// Reads data/ only.
const inputs = await loadGroupAInputs("data");
const ASOF = "2025-12-31";

Deno.test("donetskProjectionData: by default ISW's window, then the claim's trailing windows", () => {
  const { projections } = donetskProjectionData(inputs, ASOF);
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
});

Deno.test("donetskProjectionData: the first line's zero date is the claim's value", async () => {
  const { projections } = donetskProjectionData(inputs, ASOF);
  const check = await donetskByAugust2027.check({ asOf: ASOF, dataDir: "data" });
  assertEquals([projections[0].zeroDate, check.value], ["2027-05-07", "2027-05-07"]);
});

Deno.test("donetskProjectionData: the options change the window and the trailing windows", () => {
  const window = { from: "2025-06-30", to: "2025-09-30" };
  const { projections } = donetskProjectionData(inputs, ASOF, { window, trailingDays: [60] });
  assertEquals(projections.length, 4);
  assertEquals([projections[0].from, projections[0].to], [window.from, window.to]);
  assertEquals(projections[3].from, "2025-11-01");
});

Deno.test("donetskProjectionData: lines are the projections that reach zero, from their window's end", () => {
  const { projections, lines } = donetskProjectionData(inputs, ASOF);
  const reaching = projections.filter((p) => p.zeroDate !== null);
  assertEquals(
    lines.map((l) => [l.label, l.startDate, l.zeroDate]),
    reaching.map((p) => [p.label, p.to, p.zeroDate]),
  );
  // As of 2025-12-31 every projection reaches zero, on these known dates.
  assertEquals(lines.map((l) => [l.label, l.zeroDate]), [
    ["ISW method, DeepState", "2027-05-07"],
    ["ISW method, The Economist", "2027-10-03"],
    ["Donetsk-only rate, same window", "2030-02-24"],
    ["whole front, last 30 days", "2027-01-28"],
    ["whole front, last 90 days", "2027-03-18"],
    ["whole front, last 180 days", "2027-03-13"],
    ["whole front, last 365 days", "2027-05-05"],
  ]);
});

Deno.test("donetskProjectionData: the history is the held area on every daily map up to the as-of date", () => {
  const { history, claimedMonth } = donetskProjectionData(inputs, "2025-06-30");
  assertEquals(history.length, inputs.daily.filter((row) => row.map_date <= "2025-06-30").length);
  assertEquals(history.at(-1)?.date, "2025-06-30");
  assertEquals(history.at(-1)?.heldKm2, donetskRemainder(inputs, "2025-06-30").heldKm2);
  assertEquals(claimedMonth, "2027-08");
});

Deno.test("donetskProjectionData: an early as-of date leaves out the windows the series do not reach", () => {
  // The Donetsk-only series starts with the daily maps (2024-07-07); 97 days before 2024-07-08
  // it has no value, while the whole-front series (history versions) does.
  const data = donetskProjectionData(inputs, "2024-07-08");
  const labels = data.projections.map((p) => p.label);
  assert(!labels.includes("Donetsk-only rate, same window"), labels.join("; "));
  assert(labels.includes("ISW method, DeepState"), labels.join("; "));
  assert(labels.includes("whole front, last 365 days"), labels.join("; "));
});
