import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import { lossesPerKm2, monthlyCostPerKm2Figure } from "../../lib/plots/monthly_cost_per_km2.ts";
import { assertSnapshot } from "./snapshot.ts";

const MONTHS = [
  { month: "2025-01", losses: 48_000, areaKm2: 400 },
  { month: "2025-02", losses: 40_000, areaKm2: -5 },
  { month: "2025-03", losses: 36_000, areaKm2: 250 },
];

Deno.test("monthlyCostPerKm2Figure: matches its snapshot", async () => {
  const figure = monthlyCostPerKm2Figure(MONTHS, {
    reference: { value: 96, label: "article: about 96 a km² in 2025" },
  });
  await assertSnapshot("monthly-cost-per-km2", figure.markup);
});

Deno.test("monthlyCostPerKm2Figure: a month without net gain is marked, not drawn as a bar", () => {
  const markup = monthlyCostPerKm2Figure(MONTHS).markup;
  assert(markup.includes(">no gain<"));
  assert(markup.includes(">120<") && markup.includes(">144<"));
  assertEquals(
    (markup.match(/fill="#762a83" aria-label="rect"/g) ?? []).length,
    1,
    "one bar group",
  );
});

Deno.test("monthlyCostPerKm2Figure: the reference line is keyed above the frame, not labelled over the bars", () => {
  const markup = monthlyCostPerKm2Figure(MONTHS, {
    reference: { value: 96, label: "article: about 96 a km² in 2025" },
  }).markup;
  // Its one text is the key's label (a tooltip aside), in the heading's key row.
  assertEquals((markup.match(/>article: about 96 a km² in 2025<\/text>/g) ?? []).length, 1);
  assert(markup.includes("<title>article: about 96 a km² in 2025</title>"));
  assert(markup.includes(">Claimed Russian losses per km² newly occupied"), "a visible title");
});

Deno.test("lossesPerKm2: losses over area, none without a net gain", () => {
  assertEquals(MONTHS.map(lossesPerKm2), [120, null, 144]);
  assertEquals(lossesPerKm2({ month: "2025-04", losses: 1, areaKm2: 0 }), null);
});
