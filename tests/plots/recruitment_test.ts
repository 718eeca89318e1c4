import {
  deepStrictEqual as assertEquals,
  ok as assert,
  throws as assertThrows,
} from "node:assert/strict";
import { recruitmentFigure } from "../../lib/plots/recruitment.ts";
import { assertSnapshot } from "./snapshot.ts";

const SEGMENTS = [
  { label: "Medvedev, final", year: 2024, perMonth: 37500 },
  { label: "Medvedev, interim", year: 2025, perMonth: 35552 },
];
const LOSSES = [
  { month: "2024-06", losses: 35000 },
  { month: "2024-12", losses: 48000 },
  { month: "2025-06", losses: 33000 },
];

Deno.test("recruitmentFigure: matches its snapshot", async () => {
  await assertSnapshot("recruitment-vs-losses", recruitmentFigure(SEGMENTS, LOSSES).markup);
});

Deno.test("recruitmentFigure: a legend entry per announcement kind and the article's band", () => {
  const figure = recruitmentFigure(SEGMENTS, LOSSES);
  assert(figure.kind === "svg", "the key is drawn inside the SVG");
  assert(figure.markup.includes(">Medvedev, interim (2025): 35,552 a month<"));
  assert(figure.markup.includes(">the article: 30,000 to 40,000 a month<"));
  assert(
    figure.markup.includes(">losses claimed by Ukraine's General Staff (killed and wounded)<"),
  );
});

Deno.test("recruitmentFigure: two announcements of one year are drawn apart, neither hidden", () => {
  const markup = recruitmentFigure([
    ...SEGMENTS,
    { label: "Belousov, interim", year: 2025, perMonth: 35552 },
  ], LOSSES).markup;
  const offsets = [
    ...markup.matchAll(/<g transform="translate\(0,(-?[\d.]+)\)"[^>]*aria-label="rule"/g),
  ]
    .map((m) => Number(m[1]));
  assertEquals(offsets, [-2.5, 2.5], "the two 2025 lines are shifted apart; 2024's stays");
});

Deno.test("recruitmentFigure: nothing to draw throws", () => {
  assertThrows(() => recruitmentFigure([], []), /nothing to draw/);
});
