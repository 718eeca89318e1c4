import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { sideOfBand, verdictAcrossSources, verdictForBand } from "../../lib/claims/verdict.ts";
import type { Band } from "../../lib/claims/claim.ts";

const closed: Band = { low: 10, high: 20, lowInclusive: true, highInclusive: true, text: "" };
const open: Band = { low: 10, high: 20, lowInclusive: false, highInclusive: false, text: "" };

Deno.test("sideOfBand: inclusive ends are inside, exclusive ends outside", () => {
  assertEquals([sideOfBand(closed, 10), sideOfBand(closed, 20)], ["inside", "inside"]);
  assertEquals([sideOfBand(open, 10), sideOfBand(open, 20)], ["below", "above"]);
});

Deno.test("sideOfBand: a null end is unbounded", () => {
  const above: Band = { low: 0.5, high: null, lowInclusive: true, highInclusive: false, text: "" };
  assertEquals(sideOfBand(above, 1e12), "inside");
});

Deno.test("sideOfBand: ISO dates compare at the coarser precision", () => {
  const band: Band = {
    low: "2027-07-01",
    high: "2027-09-30",
    lowInclusive: true,
    highInclusive: true,
    text: "",
  };
  assertEquals(sideOfBand(band, "2027-07"), "inside");
  assertEquals(sideOfBand(band, "2027-06-30"), "below");
  assertEquals(sideOfBand(band, "2028"), "above");
});

Deno.test("verdictForBand: above the band is understated, below overstated", () => {
  assertEquals(verdictForBand(closed, 21), "understated");
  assertEquals(verdictForBand(closed, 9), "overstated");
  assertEquals(verdictForBand(closed, 15), "reproduced");
  assertEquals(verdictForBand(null, 15), "not-checkable");
  assertEquals(verdictForBand(closed, null), "not-checkable");
});

Deno.test("verdictAcrossSources: contested only when sources fall on both sides", () => {
  assertEquals(verdictAcrossSources(["understated", "overstated"]), "contested");
  assertEquals(verdictAcrossSources(["reproduced", "understated"]), "reproduced");
  assertEquals(verdictAcrossSources(["overstated", "overstated"]), "overstated");
  assertEquals(verdictAcrossSources([]), "not-checkable");
});

Deno.test("verdictAcrossSources: a not-checkable source contests nothing: the main verdict stands", () => {
  for (const main of ["understated", "overstated", "reproduced", "not-checkable"] as const) {
    assertEquals(verdictAcrossSources([main, "not-checkable"]), main);
  }
  assertEquals(verdictAcrossSources(["not-checkable", "understated"]), "not-checkable");
});
