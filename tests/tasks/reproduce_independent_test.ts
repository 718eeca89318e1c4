/**
 * `deno task reproduce --json` carries the independent alternatives of group A with their value,
 * unit, interval and sources, and the agreement line.
 */
import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import { reproduce } from "../../tasks/reproduce.ts";
import { halfMillion, lossesOver1000, troopsPerKm2 } from "../../lib/claims/a/mod.ts";

Deno.test("reproduce --json (real data): the independent alternatives with value, unit, interval and source", async () => {
  const dir = await Deno.makeTempDir();
  const { log } = console;
  console.log = () => {};
  try {
    const json = `${dir}/checks.json`;
    const status = await reproduce(
      ["--asof", "2025-12-31", "--no-report", "--json", json],
      [troopsPerKm2, halfMillion, lossesOver1000],
    );
    assertEquals(status, 0);
    const claims = JSON.parse(await Deno.readTextFile(json)).claims as {
      id: string;
      independentAgreement?: string;
      alternatives: {
        label: string;
        value: number | null;
        unit: string;
        interval?: { low: number; high: number };
        sources?: { url: string }[];
      }[];
    }[];
    for (const claim of claims) {
      assert(claim.independentAgreement?.startsWith("Independent estimates: "), claim.id);
      const economist = claim.alternatives.find((a) =>
        a.label.startsWith("The Economist: casualties")
      )!;
      assert(typeof economist.value === "number" && economist.unit !== "", claim.id);
      assert(economist.sources?.[0].url.startsWith("https://github.com/TheEconomist/"), claim.id);
      const ukMod = claim.alternatives.find((a) => a.label.startsWith("UK MoD: casualties"))!;
      assert(ukMod.sources!.every((s) => s.url.startsWith("https://x.com/DefenceHQ/")), claim.id);
    }
    const cost = claims.find((c) => c.id === "troops-per-km2-2025")!;
    for (
      const label of ["The Economist: casualties", "The Economist (deaths)", "Mediazona/Meduza"]
    ) {
      const alternative = cost.alternatives.find((a) => a.label.startsWith(label))!;
      assert(alternative.interval!.low < (alternative.value as number), label);
      assert(alternative.interval!.high > (alternative.value as number), label);
    }
  } finally {
    console.log = log;
    await Deno.remove(dir, { recursive: true });
  }
}); // deno-fmt-ignore
