import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { bandFor } from "../../lib/claims/hedge.ts";
import type { Hedge } from "../../lib/claims/claim.ts";
import { notYetCheck } from "../../lib/claims/not_yet.ts";

const HEDGE: Hedge = { kind: "nearly", value: 3 };

Deno.test("notYetCheck: no value, not-checkable, the claim's band, inputs and alternatives kept", () => {
  const input = { name: "talks", value: "2025-05-16", unit: "date", from: "events.csv, x" };
  const alternative = { label: "a", value: null, unit: "%", verdict: "not-checkable" as const };
  assertEquals(
    notYetCheck({
      id: "x",
      asOf: "2025-01-01",
      unit: "years",
      hedge: HEDGE,
      valueText: "not yet as of this date",
      method: "Not held yet.",
      inputs: [input],
      alternatives: [alternative],
    }),
    {
      id: "x",
      asOf: "2025-01-01",
      value: null,
      unit: "years",
      valueText: "not yet as of this date",
      verdict: "not-checkable",
      band: bandFor(HEDGE),
      method: "Not held yet.",
      inputs: [input],
      alternatives: [alternative],
      notes: [],
    },
  );
});

Deno.test("notYetCheck: inputs and alternatives default to none", () => {
  const check = notYetCheck({
    id: "x",
    asOf: "2025-01-01",
    unit: "%",
    hedge: HEDGE,
    valueText: "not published by the as-of date",
    method: "Not published yet.",
  });
  assertEquals([check.inputs, check.alternatives, check.notes], [[], [], []]);
});
