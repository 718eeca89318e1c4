import { ok as assert, throws as assertThrows } from "node:assert/strict";
import { independentCostFigure } from "../../lib/plots/independent_cost.ts";
import { assertSnapshot } from "./snapshot.ts";

const COLORS = {
  "The Economist": "#e3120b",
  "UK MoD": "#1b7837",
  "Mediazona/Meduza: killed": "#2166ac",
};
const POINTS = [
  {
    source: "The Economist",
    start: "2024-01-01",
    value: 124.2,
    low: 120,
    high: 128,
    killed: false,
  },
  { source: "UK MoD", start: "2024-01-01", value: 130, killed: false },
  {
    source: "Mediazona/Meduza: killed",
    start: "2024-01-01",
    value: 39.1,
    low: 34.9,
    high: 43.2,
    killed: true,
  },
  {
    source: "The Economist",
    start: "2025-01-01",
    value: 102.9,
    low: 99.6,
    high: 106.3,
    killed: false,
  },
  { source: "UK MoD", start: "2025-01-01", value: 95.6, killed: false },
]; // deno-fmt-ignore
const reference = { value: 96, label: "article: about 96 a km² in 2025" };

Deno.test("independentCostFigure: by year matches its snapshot", async () => {
  const figure = independentCostFigure(POINTS, {
    id: "independent-cost-by-year",
    title: "Losses per km² taken, by year",
    period: "year",
    colors: COLORS,
    reference,
  });
  await assertSnapshot("independent-cost-by-year", figure.markup);
});

Deno.test("independentCostFigure: by month matches its snapshot (log scale)", async () => {
  const monthly = POINTS.map((p, i) => ({ ...p, start: `2025-0${1 + (i % 3)}-01` }));
  const figure = independentCostFigure(monthly, {
    id: "independent-cost-by-month",
    title: "Losses per km² taken, by month",
    period: "month",
    colors: COLORS,
    reference,
    logY: true,
  });
  await assertSnapshot("independent-cost-by-month", figure.markup);
});

Deno.test("independentCostFigure: killed-only points are hollow, intervals drawn, the 96 marked", () => {
  const markup = independentCostFigure(POINTS, {
    id: "x",
    title: "t",
    period: "year",
    colors: COLORS,
    reference,
  }).markup;
  assert(markup.includes('fill="white"') && markup.includes('stroke="#2166ac"'));
  assert(markup.includes(">article: about 96 a km² in 2025<"));
  assert(markup.includes(">2024<") && markup.includes(">2025<"), "one panel per year");
  assertThrows(() =>
    independentCostFigure([], { id: "x", title: "t", period: "year", colors: {} })
  );
});
