import { deepStrictEqual as assertEquals, throws as assertThrows } from "node:assert/strict";
import { perYear, shellRatios } from "../../../lib/claims/b/shell_ratios.ts";
import { shells4xNato } from "../../../lib/claims/b/shells_4x_nato.ts";
import { loadFacts } from "../../../lib/data/facts.ts";

Deno.test("perYear: scales an amount made in some months to twelve", () => {
  assertEquals(perYear(1, 3), 4);
  assertEquals(perYear(250000, 1), 3000000);
  assertThrows(() => perYear(1, 0), RangeError);
});

Deno.test("shellRatios: Rutte's three months against a year is 4; Bain 3.46; CNN 2.5", async () => {
  const ratios = shellRatios(await loadFacts("shells", "data"));
  const ratio = (id: string) => ratios.find((r) => r.id === id)?.ratio;
  assertEquals(ratio("nato-sg-2025"), 4);
  assertEquals(ratio("bain-2024")?.toFixed(2), "3.46");
  assertEquals(ratio("cnn-nato-2024"), 2.5);
  assertEquals(ratio("eu-target-2025"), null);
});

Deno.test("shells-4x-nato: as of 2025-12-31 the NATO estimate reproduces 'nearly four'", async () => {
  const check = await shells4xNato.check({ asOf: "2025-12-31", dataDir: "data" });
  assertEquals(check.value, 4);
  assertEquals(check.verdict, "reproduced");
  assertEquals(
    check.alternatives.map((a) => [a.value, a.verdict]),
    // Bain 4.5 M / 1.3 M, CNN 3.0 M / 1.2 M, and the EU's 2 M target against Bain's 4.5 M.
    [[3.46, "overstated"], [2.5, "overstated"], [2.25, "overstated"]],
  );
});

Deno.test("shells-4x-nato: as of 2025-01-01 only the 2024 estimates exist: overstated", async () => {
  const check = await shells4xNato.check({ asOf: "2025-01-01", dataDir: "data" });
  assertEquals(check.value, 3.46);
  assertEquals(check.verdict, "overstated");
});

Deno.test("shells-4x-nato: before any estimate it is not checkable", async () => {
  const check = await shells4xNato.check({ asOf: "2023-01-01", dataDir: "data" });
  assertEquals([check.value, check.verdict], [null, "not-checkable"]);
  assertEquals(check.valueText, "no estimate published by the as-of date");
});
