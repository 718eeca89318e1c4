import { deepStrictEqual as assertEquals, throws as assertThrows } from "node:assert/strict";
import { bandFor, judge } from "../../lib/claims/hedge.ts";

Deno.test("bandFor about: within 5 % of X, both ends included", () => {
  const band = bandFor({ kind: "about", value: 96 })!;
  assertEquals([band.low, band.high, band.lowInclusive, band.highInclusive], [
    91.2,
    100.8,
    true,
    true,
  ]);
});

Deno.test("judge about: 5 % edges reproduce, just beyond them over/understated", () => {
  const hedge = { kind: "about", value: 5000 } as const;
  assertEquals(judge(hedge, 4750), "reproduced");
  assertEquals(judge(hedge, 5250), "reproduced");
  assertEquals(judge(hedge, 4749.9), "overstated");
  assertEquals(judge(hedge, 5250.1), "understated");
});

Deno.test("judge nearly: from 90 % of X up to X, above X is understated", () => {
  const hedge = { kind: "nearly", value: 500000 } as const;
  assertEquals(judge(hedge, 450000), "reproduced");
  assertEquals(judge(hedge, 500000), "reproduced");
  assertEquals(judge(hedge, 449999), "overstated");
  assertEquals(judge(hedge, 500001), "understated");
});

Deno.test("judge more-than: X itself is not above X", () => {
  const hedge = { kind: "more-than", value: 0.5 } as const;
  assertEquals(judge(hedge, 0.5), "overstated");
  assertEquals(judge(hedge, 0.514), "reproduced");
  assertEquals(bandFor(hedge)!.high, null);
});

Deno.test("judge range: both ends included", () => {
  const hedge = { kind: "range", low: 30000, high: 40000 } as const;
  assertEquals(judge(hedge, 30000), "reproduced");
  assertEquals(judge(hedge, 40000), "reproduced");
  assertEquals(judge(hedge, 29999), "overstated");
  assertEquals(judge(hedge, 40001), "understated");
});

Deno.test("judge frequently-exceeding: a share of days of one half reproduces, less does not", () => {
  const hedge = { kind: "frequently-exceeding", value: 1000 } as const;
  assertEquals(judge(hedge, 0.5), "reproduced");
  assertEquals(judge(hedge, 1), "reproduced");
  assertEquals(judge(hedge, 0.49), "overstated");
});

Deno.test("judge by-month: the month give or take one month, by ISO date", () => {
  const hedge = { kind: "by-month", month: "2027-08" } as const;
  const band = bandFor(hedge)!;
  assertEquals([band.low, band.high], ["2027-07-01", "2027-09-30"]);
  assertEquals(judge(hedge, "2027-07-01"), "reproduced");
  assertEquals(judge(hedge, "2027-09-30"), "reproduced");
  assertEquals(judge(hedge, "2027-06-30"), "overstated");
  assertEquals(judge(hedge, "2027-10-01"), "understated");
});

Deno.test("judge by-month: January wraps back to December of the year before", () => {
  assertEquals(bandFor({ kind: "by-month", month: "2027-01" })!.low, "2026-12-01");
  assertEquals(bandFor({ kind: "by-month", month: "2026-12" })!.high, "2027-01-31");
});

Deno.test("judge exact: equal after rounding half up to the article's step", () => {
  const whole = { kind: "exact", value: 21, step: 1 } as const;
  assertEquals(judge(whole, 20.5), "reproduced");
  assertEquals(judge(whole, 21.49), "reproduced");
  assertEquals(judge(whole, 21.5), "understated");
  assertEquals(judge(whole, 20.49), "overstated");
  const decimal = { kind: "exact", value: 84.5, step: 0.1 } as const;
  assertEquals(judge(decimal, 84.45), "reproduced");
  assertEquals(judge(decimal, 84.55), "understated");
});

Deno.test("judge exact-date: equal at the stated precision (day, month, year)", () => {
  assertEquals(judge({ kind: "exact-date", date: "1994-12-05" }, "1994-12-05"), "reproduced");
  assertEquals(judge({ kind: "exact-date", date: "1994-12-05" }, "1994-12-06"), "understated");
  assertEquals(judge({ kind: "exact-date", date: "2025-03" }, "2025-03-03"), "reproduced");
  assertEquals(judge({ kind: "exact-date", date: "2025-03" }, "2025-02-28"), "overstated");
  assertEquals(judge({ kind: "exact-date", date: "2005" }, "2005-07-01"), "reproduced");
  assertEquals(judge({ kind: "exact-date", date: "2005" }, "2005"), "reproduced");
});

Deno.test("judge none and missing values: not-checkable", () => {
  assertEquals(bandFor({ kind: "none", reason: "biography" }), null);
  assertEquals(judge({ kind: "none", reason: "biography" }, 3), "not-checkable");
  assertEquals(judge({ kind: "about", value: 96 }, null), "not-checkable");
  assertEquals(judge({ kind: "about", value: 96 }, Number.NaN), "not-checkable");
});

Deno.test("judge: a date value against a numeric hedge is a type error", () => {
  assertThrows(() => judge({ kind: "about", value: 96 }, "2025-01-01"), TypeError);
  assertThrows(() => bandFor({ kind: "by-month", month: "August 2027" }), RangeError);
});
