import { ok as assert, throws as assertThrows } from "node:assert/strict";
import { dailyLossesFigure } from "../../lib/plots/daily_losses.ts";
import { assertSnapshot } from "./snapshot.ts";

const DAYS = [
  { date: "2025-01-03", losses: 1_250 },
  { date: "2025-01-01", losses: 1_140 },
  { date: "2025-01-02", losses: 960 },
  { date: "2025-01-04", losses: 1_000 },
  { date: "2025-01-05", losses: 1_610 },
];

Deno.test("dailyLossesFigure: matches its snapshot", async () => {
  await assertSnapshot("daily-losses", dailyLossesFigure(DAYS).markup);
});

Deno.test("dailyLossesFigure: counts the days strictly above the line and names the period", () => {
  const figure = dailyLossesFigure(DAYS);
  assert(figure.markup.includes("3 of 5 days above 1,000"), "1,000 itself is not above 1,000");
  assert(figure.title.endsWith("2025-01-01 to 2025-01-05"));
  assert(dailyLossesFigure(DAYS, { threshold: 1_500 }).markup.includes("1 of 5 days above 1,500"));
});

Deno.test("dailyLossesFigure: one red bar per day above the line, grey otherwise", () => {
  const markup = dailyLossesFigure(DAYS).markup;
  assert((markup.match(/<rect[^>]*fill="#b2182b"/g) ?? []).length === 3);
  assert((markup.match(/<rect[^>]*fill="#9e9e9e"/g) ?? []).length === 2);
});

Deno.test("dailyLossesFigure: an empty series throws", () => {
  assertThrows(() => dailyLossesFigure([]), /no days/);
});
