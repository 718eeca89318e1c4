/**
 * On the real data/ (committed, so no ../shared needed): the sweep gives, on a few days, exactly
 * what a single check as of that day gives (the check `deno task reproduce --asof` runs), with
 * the data cache pinned in the sweep and not in the single checks.
 */
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { allClaims } from "../../lib/claims/registry.ts";
import { clearDataCache } from "../../lib/data/cache.ts";
import { sweepClaims, sweepRow } from "../../lib/sweep/sweep.ts";

const dataDir = new URL("../../data", import.meta.url).pathname;
// The missing 2025-01-01 map (a stand-in), the article's day, two re-checks and the last day.
const DAYS = ["2025-01-01", "2025-12-31", "2026-03-31", "2026-06-30", "2026-07-02"];

for (const day of DAYS) {
  Deno.test(`sweepClaims (data): ${day} equals single checks as of that day, claim by claim`, async () => {
    const swept = await sweepClaims({ from: day, to: day, dataDir });
    clearDataCache();
    const single = [];
    for (const claim of allClaims()) {
      single.push(sweepRow(await claim.check({ asOf: day, dataDir })));
    }
    assertEquals(swept, single);
  });
}

Deno.test("sweepClaims (data): the days inside a longer sweep equal the one-day sweeps", async () => {
  const long = await sweepClaims({ from: "2026-03-29", to: "2026-04-02", dataDir });
  const day = await sweepClaims({ from: "2026-03-31", to: "2026-03-31", dataDir });
  assertEquals(long.filter((row) => row.asOf === "2026-03-31"), day);
});
