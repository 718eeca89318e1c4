import { deepStrictEqual as assertEquals, ok } from "node:assert/strict";
import { pollShare, shareOfDecided } from "../../../lib/claims/d/poll_shares.ts";
import { groupDClaims } from "../../../lib/claims/d/mod.ts";
import { intervalReading, majorityWouldProtest } from "../../../lib/claims/d/poll_claims.ts";
import { loadFacts } from "../../../lib/data/facts.ts";
import { withEditedFacts } from "../b/temp_data_dir.ts";

const AS_OF = { asOf: "2025-12-31", dataDir: "data" };
const ROW = {
  poll: "p",
  question: "recognition",
  answer: "unacceptable",
  share_pct: 84.5,
  n: 1000,
  fieldwork_start: "2025-11-05",
  fieldwork_end: "2025-11-26",
  publisher: "X",
};

Deno.test("pollShare: 84.5 % of 1,000 has the Wilson interval 82.1 to 86.6 %", () => {
  const share = pollShare(ROW);
  assertEquals([share.lowPct.toFixed(1), share.highPct.toFixed(1)], ["82.1", "86.6"]);
  assertEquals(share.nGiven, true);
});

Deno.test("pollShare: without a sample size 1,000 is assumed and flagged", () => {
  const share = pollShare({ ...ROW, n: null });
  assertEquals([share.n, share.nGiven], [1000, false]);
});

Deno.test("polls.csv: a row whose note gives a sample size has it in n (1,000 is not assumed over a published count)", async () => {
  const rows = await loadFacts("polls", "data");
  const stating = rows.flatMap((row) => {
    const stated = row.note.match(/(\d[\d,]*) respondents/);
    return stated ? [{ row, count: Number(stated[1].replaceAll(",", "")) }] : [];
  });
  // The rule must have a row to bite on: KIIS's December 2025 poll gives its count (547).
  assertEquals(stating.map(({ row }) => row.question), ["russian-plan"]);
  for (const { row, count } of stating) {
    assertEquals(row.n, count, `${row.poll}, ${row.question}: the note gives ${count} respondents`);
  }
  const kiis = rows.find((r) => r.question === "russian-plan");
  assertEquals(pollShare(kiis!).n, 547);
  assertEquals(pollShare(kiis!).nGiven, true);
});

Deno.test("shareOfDecided: 51.4 against 44.3 is 53.7 % of those who decided", () => {
  assertEquals(shareOfDecided(51.4, 44.3).toFixed(1), "53.7");
});

Deno.test("the three 'unacceptable' shares are reproduced from the published poll", async () => {
  const checks = await Promise.all(groupDClaims.slice(0, 3).map((c) => c.check(AS_OF)));
  assertEquals(checks.map((c) => c.value), [84.5, 83.3, 78.4]);
  assertEquals(checks.map((c) => c.verdict), ["reproduced", "reproduced", "reproduced"]);
  ok(checks[0].alternatives.some((a) => a.label.startsWith("dif-razumkov")));
});

Deno.test("poll-majority-would-protest: above half on the point, not on the interval", async () => {
  const check = await majorityWouldProtest.check(AS_OF);
  assertEquals([check.value, check.verdict], [51.4, "reproduced"]);
  const [low, high, decided] = check.alternatives;
  assertEquals([low.value, low.verdict], [48.3, "overstated"]);
  assertEquals(high.verdict, "reproduced");
  assertEquals(decided.value, 53.7);
  ok(check.notes[0].includes("straddles 50 %"), check.notes[0]);
});

Deno.test("intervalReading: the note on 'more than half' follows the interval, not a fixed sentence", () => {
  ok(intervalReading(51.4, { lowPct: 48.3, highPct: 54.5, n: 1000 }).includes("straddles 50 %"));
  ok(intervalReading(56, { lowPct: 52.9, highPct: 59.1, n: 1000 }).includes("majority holds"));
  ok(intervalReading(45, { lowPct: 41.9, highPct: 48.1, n: 1000 }).includes("no majority"));
});

Deno.test("poll-majority-would-protest: before publication it is not checkable", async () => {
  const check = await majorityWouldProtest.check({ asOf: "2025-11-30", dataDir: "data" });
  assertEquals(check.verdict, "not-checkable");
});

Deno.test("poll-majority-would-protest: the verdict follows the facts table", async () => {
  await withEditedFacts(
    "polls",
    (text) => text.replace("protest,would protest,51.4", "protest,would protest,49.6"),
    async (dataDir) => {
      const check = await majorityWouldProtest.check({ asOf: "2025-12-31", dataDir });
      assertEquals(check.verdict, "overstated");
      ok(check.notes[0].startsWith("The point value (49.6 %) is not above one half"));
    },
  );
});
