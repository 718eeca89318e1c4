import { deepStrictEqual as assertEquals, ok } from "node:assert/strict";
import { durationBetween } from "../../../lib/claims/c/durations.ts";
import { groupCClaims } from "../../../lib/claims/c/mod.ts";
import { talksGap } from "../../../lib/claims/c/talks_gap.ts";
import { northernWar } from "../../../lib/claims/c/northern_war.ts";
import { peacePlans } from "../../../lib/claims/c/peace_plans.ts";
import { withEditedFacts } from "../b/temp_data_dir.ts";

const AS_OF = { asOf: "2025-12-31", dataDir: "data" };

function claim(id: string) {
  const found = groupCClaims.find((c) => c.id === id);
  if (!found) throw new Error(`no claim ${id}`);
  return found;
}

Deno.test("durationBetween: days and years between whole dates", () => {
  const gap = durationBetween("2022-03-29", "2025-05-16");
  assertEquals(gap.days, 1144);
  assertEquals(gap.years.toFixed(3), "3.132"); // 1,144 days of mean Gregorian years
  assertEquals(gap.calendarYears, 3);
});

Deno.test("durationBetween: dates kept to the year give calendar years and no days", () => {
  assertEquals(durationBetween("1700", "1721"), {
    from: "1700",
    to: "1721",
    days: null,
    years: 21,
    calendarYears: 21,
  });
});

Deno.test("talks-first-in-nearly-3-years: 3.13 years is more than 'nearly 3': understated", async () => {
  const check = await talksGap.check(AS_OF);
  assertEquals(check.value, 3.132);
  assertEquals(check.verdict, "understated");
});

Deno.test("talks-first-in-nearly-3-years: the value follows the facts table", async () => {
  await withEditedFacts(
    "events",
    (text) => text.replace("istanbul-talks-2022,2022-03-29", "istanbul-talks-2022,2022-07-01"),
    async (dataDir) => {
      const check = await talksGap.check({ asOf: "2025-12-31", dataDir });
      assertEquals(check.verdict, "reproduced");
    },
  );
});

Deno.test("northern-war-21-years: 1721 - 1700 = 21, reproduced", async () => {
  const check = await northernWar.check(AS_OF);
  assertEquals(check.value, 21);
  assertEquals(check.verdict, "reproduced");
});

Deno.test("peace-plans-28-and-20-points: the most recent plan as of the date", async () => {
  const end = await peacePlans.check(AS_OF);
  assertEquals([end.value, end.verdict], [20, "reproduced"]);
  assertEquals(end.alternatives[0].verdict, "reproduced");
  const december = await peacePlans.check({ asOf: "2025-12-01", dataDir: "data" });
  assertEquals([december.value, december.verdict], [28, "understated"]);
  const november = await peacePlans.check({ asOf: "2025-11-01", dataDir: "data" });
  assertEquals(november.verdict, "not-checkable");
});

Deno.test("aid-suspended-march: paused 3 March 2025, an 8-day pause", async () => {
  const check = await claim("aid-suspended-march").check(AS_OF);
  assertEquals([check.value, check.verdict], ["2025-03-03", "reproduced"]);
  ok(check.inputs.some((input) => String(input.value).startsWith("8 days")));
});

Deno.test("karabakh-ceasefire-1994-2020: both ends reproduced, 26.4 years", async () => {
  const check = await claim("karabakh-ceasefire-1994-2020").check(AS_OF);
  assertEquals([check.value, check.verdict], ["1994-05-12", "reproduced"]);
  assertEquals([check.alternatives[0].value, check.alternatives[0].verdict], [
    "2020-09-27",
    "reproduced",
  ]);
  ok(check.inputs.some((input) => String(input.value) === "9635 days (26.4 years)"));
});

Deno.test("budapest-memorandum-1994 and antonenko-2005: the years match", async () => {
  const budapest = await claim("budapest-memorandum-1994").check(AS_OF);
  assertEquals([budapest.value, budapest.verdict], ["1994-12-05", "reproduced"]);
  const antonenko = await claim("antonenko-2005").check(AS_OF);
  assertEquals([antonenko.value, antonenko.verdict], ["2005", "reproduced"]);
});

Deno.test("talks-first-in-nearly-3-years: judged before the talks of May 2025, not checkable", async () => {
  const check = await talksGap.check({ asOf: "2025-05-15", dataDir: "data" });
  assertEquals([check.value, check.verdict], [null, "not-checkable"]);
  const onTheDay = await talksGap.check({ asOf: "2025-05-16", dataDir: "data" });
  assertEquals(onTheDay.verdict, "understated");
});

Deno.test("an event claim judged before its event is not checkable", async () => {
  const check = await claim("aid-suspended-march").check({ asOf: "2025-01-01", dataDir: "data" });
  assertEquals(check.verdict, "not-checkable");
});

Deno.test("author-in-ukraine-2015-2023: not checkable, with the reason", async () => {
  const author = claim("author-in-ukraine-2015-2023");
  assertEquals(author.hedge.kind, "none");
  const check = await author.check(AS_OF);
  assertEquals(check.verdict, "not-checkable");
  ok(check.method.includes("biographical"));
});

Deno.test("group C: the article's order, every claim with sources except the biography", () => {
  assertEquals(groupCClaims.map((c) => c.id), [
    "talks-first-in-nearly-3-years",
    "northern-war-21-years",
    "peace-plans-28-and-20-points",
    "author-in-ukraine-2015-2023",
    "aid-suspended-march",
    "karabakh-ceasefire-1994-2020",
    "antonenko-2005",
    "budapest-memorandum-1994",
  ]);
  assertEquals(groupCClaims.filter((c) => c.sources.length > 0).length, 7);
  for (const c of groupCClaims) {
    assertEquals(c.group, "C");
    if (c.hedge.kind !== "none") ok(c.sources.length > 0, c.id);
  }
});
