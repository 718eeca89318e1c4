import { ok as assert, throws as assertThrows } from "node:assert/strict";
import { timelineFigure } from "../../lib/plots/timeline.ts";
import { assertSnapshot } from "./snapshot.ts";

const ITEMS = [
  { lane: "talks", label: "Istanbul", start: "2022-03-29" },
  { lane: "talks", label: "no direct talks", start: "2022-03-29", end: "2025-05-16" },
  { lane: "talks", label: "Istanbul", start: "2025-05-16" },
  { lane: "peace plans", label: "28 points", start: "2025-11-18" },
  { lane: "peace plans", label: "20 points", start: "2025-12-23" },
];

Deno.test("timelineFigure: matches its snapshot", async () => {
  await assertSnapshot("timeline", timelineFigure(ITEMS).markup);
});

Deno.test("timelineFigure: one dot per day, neighbouring labels on opposite sides", () => {
  const markup = timelineFigure(ITEMS).markup;
  assert((markup.match(/<circle/g) ?? []).length === 5, "4 days and the key's swatch");
  assert(markup.includes("28 points") && markup.includes("20 points"));
  const between = markup.slice(
    markup.indexOf(">28 points</text>"),
    markup.indexOf(">20 points</text>"),
  );
  assert(between.includes("</g>"), "the two plans' labels are drawn in different (offset) groups");
});

Deno.test("timelineFigure: a label at the axis's left end runs right, clear of the lane names", () => {
  const markup = timelineFigure(ITEMS).markup;
  const first = markup.indexOf(">Istanbul</text>");
  const group = markup.slice(markup.lastIndexOf("<g", first), first);
  assert(group.includes('text-anchor="start"'), group);
  // "20 points" (2025-12-23, the last date) is at the right end: it runs left.
  const last = markup.indexOf(">20 points</text>");
  assert(markup.slice(markup.lastIndexOf("<g", last), last).includes('text-anchor="end"'));
  // The second Istanbul (2025-05-16) is neither: centred on its dot.
  const second = markup.indexOf(">Istanbul</text>", first + 1);
  assert(!/text-anchor/.test(markup.slice(markup.lastIndexOf("<g", second), second)));
});

Deno.test("timelineFigure: a span ending before it starts throws", () => {
  assertThrows(
    () => timelineFigure([{ lane: "x", label: "bad", start: "2025-02-01", end: "2025-01-01" }]),
    /ends/,
  );
  assertThrows(() => timelineFigure([]), /no items/);
});
