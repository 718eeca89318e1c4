import { ok as assert, throws as assertThrows } from "node:assert/strict";
import { estimateBandsFigure } from "../../lib/plots/estimate_bands.ts";
import { assertSnapshot } from "./snapshot.ts";

const COLORS = { "The Economist": "#e3120b", "UK MoD": "#1b7837" };
const POINTS = [
  { series: "The Economist", date: "2025-01-31", value: 800_000, low: 770_000, high: 830_000 },
  { series: "The Economist", date: "2025-02-28", value: 835_000, low: 800_000, high: 870_000 },
  { series: "UK MoD", date: "2025-01-31", value: 831_374 },
  { series: "UK MoD", date: "2025-02-28", value: 866_514 },
];

Deno.test("estimateBandsFigure: matches its snapshot", async () => {
  const figure = estimateBandsFigure(POINTS, {
    id: "estimate-bands",
    title: "Cumulative Russian casualties",
    yLabel: "people",
    colors: COLORS,
    dots: true,
  });
  await assertSnapshot("estimate-bands", figure.markup);
});

Deno.test("estimateBandsFigure: a band only for the series with bounds, a legend, no empty figure", () => {
  const markup = estimateBandsFigure(POINTS, {
    id: "estimate-bands",
    title: "t",
    yLabel: "people",
    colors: COLORS,
  }).markup;
  assert(markup.includes('fill-opacity="0.18"'));
  const band = markup.slice(
    markup.indexOf('aria-label="area"'),
    markup.indexOf("</g>", markup.indexOf('aria-label="area"')),
  );
  assert(
    (band.match(/<path /g) ?? []).length === 1 && band.includes("#e3120b"),
    "one band, The Economist's",
  );
  assert(markup.includes(">UK MoD<"), "legend");
  assertThrows(() => estimateBandsFigure([], { id: "x", title: "t", yLabel: "", colors: {} }));
});
