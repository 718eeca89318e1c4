import { ok as assert, throws as assertThrows } from "node:assert/strict";
import { donetskProjectionFigure } from "../../lib/plots/donetsk_projection.ts";
import { assertSnapshot } from "./snapshot.ts";

const HISTORY = [
  { date: "2025-01-01", heldKm2: 8_000 },
  { date: "2025-07-01", heldKm2: 6_900 },
  { date: "2025-12-31", heldKm2: 5_400 },
];
const PROJECTIONS = [
  { label: "ISW method", startDate: "2025-11-20", startKm2: 5_700, zeroDate: "2027-08-14" },
  { label: "last 90 days", startDate: "2025-12-31", startKm2: 5_400, zeroDate: "2027-06-30" },
];

Deno.test("donetskProjectionFigure: matches its snapshot", async () => {
  const figure = donetskProjectionFigure(HISTORY, PROJECTIONS, { claimedMonth: "2027-08" });
  await assertSnapshot("donetsk-projection", figure.markup);
});

Deno.test("donetskProjectionFigure: a key line per projection names the month it reaches zero", () => {
  const markup = donetskProjectionFigure(HISTORY, PROJECTIONS).markup;
  assert(markup.includes(">ISW method: zero in 2027-08<"));
  assert(markup.includes(">last 90 days: zero in 2027-06<"));
  assert(!markup.includes("± 1 month"), "no band without a claimed month");
});

Deno.test("donetskProjectionFigure: the claimed month is shaded from a month before to a month after", () => {
  const markup = donetskProjectionFigure(HISTORY, PROJECTIONS, { claimedMonth: "2027-01" }).markup;
  assert(markup.includes(">article: 2027-01 ± 1 month<"));
});

Deno.test("donetskProjectionFigure: an empty history throws", () => {
  assertThrows(() => donetskProjectionFigure([], PROJECTIONS), /no history/);
});
