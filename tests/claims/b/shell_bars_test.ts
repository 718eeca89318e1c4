import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import { loadFacts } from "../../../lib/data/facts.ts";
import { shellBars } from "../../../lib/claims/b/shell_bars.ts";
import { shellRatios } from "../../../lib/claims/b/shell_ratios.ts";
import { shells4xNato } from "../../../lib/claims/b/shells_4x_nato.ts";

// Reads data/facts/shells.csv.
const rows = await loadFacts("shells", "data");
const shellsData = (facts: typeof rows, asOf: string) => shellBars(shellRatios(facts), asOf);

Deno.test("shells4xNato: its series has one bar per estimate out by the as-of date, the EU target against Bain's count", async () => {
  const check = await shells4xNato.check({ asOf: "2025-12-31", dataDir: "data" });
  const { bars } = check.series;
  // The first bar is the claim's own estimate.
  assertEquals(bars[0].ratio, check.value);
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

Deno.test("shellBars: estimates published after the as-of date are left out", () => {
  const bars = shellsData(rows, "2025-01-01");
  assert(!bars.some((bar) => bar.source.startsWith("NATO Secretary-General")));
  assertEquals(shellsData(rows, "2000-01-01"), []);
});

Deno.test("shellBars: without Bain's estimate the target has nothing to be set against", () => {
  const bars = shellsData(rows.filter((row) => row.id !== "bain-2024"), "2025-12-31");
  assert(!bars.some((bar) => bar.target));
});
