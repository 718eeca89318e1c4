import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import { loadFacts } from "../../lib/data/facts.ts";
import { shellsData } from "../../lib/plots/shells_data.ts";

// Reads data/facts/shells.csv.
const rows = await loadFacts("shells", "data");

Deno.test("shellsData: one bar per estimate out by the as-of date, the EU target against Bain's count", () => {
  const bars = shellsData(rows, "2025-12-31");
  // shells.csv's four estimates and their ratios (Bain: 4.5 million a year against 1.3 million).
  assertEquals(bars.map((bar) => [bar.source, Number(bar.ratio.toFixed(2))]), [
    ["NATO Secretary-General, 2025-06", 4],
    ["Bain & Company (via Sky News), 2024-05", 3.46],
    ["NATO intelligence (via CNN), 2024-03", 2.5],
    ["EU target vs Bain's Russian count", 2.25],
  ]);
  const target = bars.filter((bar) => bar.target);
  assertEquals(target.map((bar) => bar.source), ["EU target vs Bain's Russian count"]);
  assert(
    bars.some((bar) => bar.source === "NATO Secretary-General, 2025-06"),
    "short name and month",
  );
});

Deno.test("shellsData: estimates published after the as-of date are left out", () => {
  const bars = shellsData(rows, "2025-01-01");
  assert(!bars.some((bar) => bar.source.startsWith("NATO Secretary-General")));
  assertEquals(shellsData(rows, "2000-01-01"), []);
});

Deno.test("shellsData: without Bain's estimate the target has nothing to be set against", () => {
  const bars = shellsData(rows.filter((row) => row.id !== "bain-2024"), "2025-12-31");
  assert(!bars.some((bar) => bar.target));
});
