import { ok as assert, throws as assertThrows } from "node:assert/strict";
import { pollIntervalsFigure } from "../../lib/plots/poll_intervals.ts";
import { assertSnapshot } from "./snapshot.ts";

const ROWS = [
  { label: "would protest (NEC)", poll: "NEC", sharePct: 51.4, lowPct: 48.3, highPct: 54.5 },
  {
    label: "recognition unacceptable (NEC)",
    poll: "NEC",
    sharePct: 84.5,
    lowPct: 82.1,
    highPct: 86.6,
  },
  { label: "recognition unacceptable (DI)", poll: "DI", sharePct: 76, lowPct: 73.3, highPct: 78.5 },
];

Deno.test("pollIntervalsFigure: matches its snapshot", async () => {
  await assertSnapshot("poll-intervals", pollIntervalsFigure(ROWS).markup);
});

Deno.test("pollIntervalsFigure: the 50 % line and each interval in its label", () => {
  const markup = pollIntervalsFigure(ROWS).markup;
  assert(markup.includes("51.4 (48.3–54.5)"));
  assert(markup.includes('stroke-dasharray="4,3"'), "the 50 % line");
});

Deno.test("pollIntervalsFigure: a share outside its interval throws", () => {
  assertThrows(
    () => pollIntervalsFigure([{ label: "x", poll: "p", sharePct: 60, lowPct: 40, highPct: 50 }]),
    /outside its interval/,
  );
});
