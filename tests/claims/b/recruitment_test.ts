import { deepStrictEqual as assertEquals, ok } from "node:assert/strict";
import {
  latestRate,
  lossesPerMonth,
  monthsCovered,
  recruitmentRates,
} from "../../../lib/claims/b/recruitment_rates.ts";
import { recruits30to40k } from "../../../lib/claims/b/recruits_30_40k.ts";
import { loadFacts } from "../../../lib/data/facts.ts";
import { withEditedFacts } from "./temp_data_dir.ts";

Deno.test("monthsCovered: a figure announced after its year covers 12 months", () => {
  assertEquals(monthsCovered(2024, "2025-01-24"), 12);
  assertEquals(monthsCovered(2025, "2026-01-16"), 12);
});

Deno.test("monthsCovered: a year-to-date figure covers 1 January to its day", () => {
  const months = monthsCovered(2025, "2025-12-24");
  // 357 days (1 January to 24 December) of a mean month of 30.436875 days.
  ok(Math.abs(months - 11.729194) < 1e-6, String(months));
});

Deno.test("recruitmentRates: pairs volunteers with the same speaker, year and statement", async () => {
  const rates = recruitmentRates(await loadFacts("recruitment", "data"));
  const final2025 = rates.find((r) => r.id === "medvedev-2025-contract");
  assertEquals(final2025?.volunteers, 32000);
  assertEquals(final2025?.allPerMonth, (422704 + 32000) / 12);
  const belousov = rates.find((r) => r.id === "belousov-2025-contract");
  assertEquals(belousov?.volunteers, null);
});

Deno.test("latestRate: as of the article the year-to-date figure, later the final one", async () => {
  const rates = recruitmentRates(await loadFacts("recruitment", "data"));
  assertEquals(
    latestRate(rates, "Dmitry Medvedev", "2025-12-31")?.id,
    "medvedev-2025-interim-contract",
  );
  assertEquals(latestRate(rates, "Dmitry Medvedev", "2026-02-01")?.id, "medvedev-2025-contract");
  assertEquals(latestRate(rates, "Dmitry Medvedev", "2025-06-30")?.id, "medvedev-2024-contract");
  assertEquals(latestRate(rates, "Dmitry Medvedev", "2024-06-30"), null);
});

Deno.test("lossesPerMonth: sums days by the month they were counted for", () => {
  const months = lossesPerMonth([
    { date: "2025-01-31", losses: 1000, reportDate: "2025-02-01" },
    { date: "2025-02-01", losses: 1100, reportDate: "2025-02-02" },
    { date: "2025-02-02", losses: 900, reportDate: "2025-02-03" },
  ]);
  assertEquals(months, [
    { month: "2025-01", losses: 1000, days: 1 },
    { month: "2025-02", losses: 2000, days: 2 },
  ]);
});

Deno.test("recruits-30-40k-a-month: about 35,550 a month as of 2025-12-31, reproduced", async () => {
  const check = await recruits30to40k.check({ asOf: "2025-12-31", dataDir: "data" });
  // 417,000 over the 357 days to 24 December (11.73 months): a known number, not re-derived.
  assertEquals(check.value, 35_552);
  assertEquals(check.verdict, "reproduced");
  ok(check.inputs.some((input) => input.name.startsWith("General Staff claimed Russian losses")));
  const withVolunteers2024 = check.alternatives.find((a) => a.label.includes("40,000 volunteers"));
  assertEquals(withVolunteers2024?.verdict, "understated");
});

Deno.test("recruits-30-40k-a-month: as of 2026-02-01 the final 2025 count is used", async () => {
  const check = await recruits30to40k.check({ asOf: "2026-02-01", dataDir: "data" });
  assertEquals(check.value, 35_225); // 422,704 / 12
  assertEquals(check.verdict, "reproduced");
});

Deno.test("recruits-30-40k-a-month: the value follows the facts table", async () => {
  await withEditedFacts(
    "recruitment",
    (text) =>
      text.replace(
        "medvedev-2025-interim-contract,2025,417000",
        "medvedev-2025-interim-contract,2025,517000",
      ),
    async (dataDir) => {
      const check = await recruits30to40k.check({ asOf: "2025-12-31", dataDir });
      assertEquals(check.value, 44_078); // 517,000 over 357 days (11.73 months)
      assertEquals(check.verdict, "understated");
    },
  );
});
