import { deepStrictEqual as assertEquals, throws } from "node:assert/strict";
import { loadFacts } from "../../../lib/data/facts.ts";
import { timelineSeries } from "../../../lib/claims/c/timeline.ts";
import { talksGap } from "../../../lib/claims/c/talks_gap.ts";

// Reads data/facts/events.csv.
const events = await loadFacts("events", "data");

Deno.test("talksGap: its series has the talks, the pause of US aid and both plans as of the article's date", async () => {
  const check = await talksGap.check({ asOf: "2025-12-31", dataDir: "data" });
  const { items, title } = check.series;
  // The gap's label is the claim's value.
  assertEquals(check.value, 3.132);
  assertEquals(items.map((item) => item.label), [
    "Istanbul",
    "3.13 years without direct talks",
    "Istanbul",
    "paused 3-11 March",
    "28 points",
    "20 points",
  ]);
  assertEquals(title, "Talks, US aid and peace plans, 2022 to 2025-12-31");
});

Deno.test("timelineSeries: an item that starts or ends after the as-of date is left out", () => {
  const { items } = timelineSeries(events, "2025-03-05");
  assertEquals(items.map((item) => item.label), ["Istanbul"]);
});

Deno.test("timelineSeries: a missing event names the file and the id", () => {
  throws(
    () => timelineSeries(events.filter((row) => row.id !== "us-aid-paused"), "2025-12-31"),
    /events\.csv: id us-aid-paused: expected an event row/,
  );
});
