import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import { loadFacts } from "../../../lib/data/facts.ts";
import { pollIntervals } from "../../../lib/claims/d/poll_intervals.ts";
import { recognitionUnacceptable } from "../../../lib/claims/d/mod.ts";

// Reads data/facts/polls.csv.
const rows = await loadFacts("polls", "data");

Deno.test("recognitionUnacceptable: its series has every share out by the as-of date but 'would not' and 'undecided'", async () => {
  const check = await recognitionUnacceptable.check({ asOf: "2025-12-31", dataDir: "data" });
  const data = check.series.rows;
  assertEquals(data[0].sharePct, check.value);
  // Known rows of polls.csv (13 rows: 'would not', 'undecided' and a 2026 poll left out), with
  // their 95 % Wilson intervals; the filter is not re-derived here from the rule under test.
  assertEquals(
    data.map((row) => [row.label, row.sharePct, +row.lowPct.toFixed(1), +row.highPct.toFixed(1)]),
    [
      ["recognition: unacceptable (NEC)", 84.5, 82.1, 86.6],
      ["recognition: absolutely unacceptable (NEC)", 76.6, 73.9, 79.1],
      ["army-cuts: unacceptable (NEC)", 83.3, 80.9, 85.5],
      ["army-cuts: absolutely unacceptable (NEC)", 77.9, 75.2, 80.4],
      ["russian-language: unacceptable (NEC)", 78.4, 75.7, 80.8],
      ["russian-language: absolutely unacceptable (NEC)", 73, 70.2, 75.7],
      ["protest: would protest (NEC)", 51.4, 48.3, 54.5],
      ["recognition: unacceptable (DIF)", 76, 73.3, 78.5],
      ["army-cuts: unacceptable (DIF)", 70, 67.1, 72.8],
      ["russian-plan: completely unacceptable (KIIS)", 75, 71.2, 78.4],
    ],
  );
  assert(
    data.some((row) => row.label === "protest: would protest (NEC)"),
    "question, answer, pollster",
  );
  assert(data.some((row) => row.poll === "New Europe Center / Info Sapiens, Nov 2025"));
});

Deno.test("pollIntervals: shares published after the as-of date are left out", () => {
  const data = pollIntervals(rows, "2025-12-10");
  // Out by 10 December: only NEC's rows of 3 December (the rest came out on 15 and 29 December).
  assertEquals(data.map((row) => row.label), [
    "recognition: absolutely unacceptable (NEC)",
    "army-cuts: absolutely unacceptable (NEC)",
    "russian-language: absolutely unacceptable (NEC)",
    "protest: would protest (NEC)",
  ]);
});
