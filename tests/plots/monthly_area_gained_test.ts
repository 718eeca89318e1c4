import { ok as assert, throws as assertThrows } from "node:assert/strict";
import { monthlyAreaGainedFigure, monthStart } from "../../lib/plots/monthly_area_gained.ts";
import { assertSnapshot } from "./snapshot.ts";

const MONTHS = [
  { month: "2025-01", areaKm2: 427.4 },
  { month: "2025-02", areaKm2: 389.6 },
  { month: "2025-03", areaKm2: -12.2 },
  { month: "2025-04", areaKm2: 1_203 },
];

Deno.test("monthlyAreaGainedFigure: matches its snapshot", async () => {
  await assertSnapshot("monthly-area-gained", monthlyAreaGainedFigure(MONTHS).markup);
});

Deno.test("monthlyAreaGainedFigure: labels each bar with its rounded km², a shrinking month in blue", () => {
  const markup = monthlyAreaGainedFigure(MONTHS).markup;
  for (const label of [">427<", ">390<", ">-12<", ">1,203<"]) assert(markup.includes(label), label);
  assert((markup.match(/<rect[^>]*fill="#2166ac"/g) ?? []).length === 1);
  assert(markup.includes(">net loss (km²)<"), "the key names the blue bars");
});

Deno.test("monthStart: a malformed month throws; a month gives its first day in UTC", () => {
  assertThrows(() => monthStart("2025-1"), /expected a month YYYY-MM/);
  assert(monthStart("2025-03").toISOString() === "2025-03-01T00:00:00.000Z");
});
