import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import { loadFacts } from "../../lib/data/facts.ts";
import { pollIntervalsData } from "../../lib/plots/poll_intervals_data.ts";

// Reads data/facts/polls.csv.
const rows = await loadFacts("polls", "data");

Deno.test("pollIntervalsData: every share out by the as-of date but 'would not' and 'undecided'", () => {
  const data = pollIntervalsData(rows, "2025-12-31");
  const kept = rows.filter((row) =>
    row.published <= "2025-12-31" && row.answer !== "would not" && row.answer !== "undecided"
  );
  assertEquals(data.length, kept.length);
  assert(data.every((row) => row.lowPct < row.sharePct && row.sharePct < row.highPct));
  assert(
    data.some((row) => row.label === "protest: would protest (NEC)"),
    "question, answer, pollster",
  );
  assert(data.some((row) => row.poll === "New Europe Center / Info Sapiens, Nov 2025"));
});

Deno.test("pollIntervalsData: shares published after the as-of date are left out", () => {
  const data = pollIntervalsData(rows, "2025-12-10");
  assert(data.length > 0);
  assert(!data.some((row) => row.label === "recognition: unacceptable (NEC)"), "published 15 Dec");
});
