/**
 * Layers point one way: `lib/plots/` only renders what the claims compute. A figure module may
 * name a claim type (`import type`), never import a value from `lib/claims/` (which would let it
 * recompute a claim beside its verdict).
 */
import { deepStrictEqual as assertEquals } from "node:assert/strict";

const PLOTS = new URL("../../lib/plots/", import.meta.url);

/** Every `import`/`export ... from` of `source` that reaches `lib/claims/` without `type`. */
export function valueImportsOfClaims(source: string): string[] {
  const statements = source.match(/^(?:import|export)\b[^;]*?\bfrom\s+["'][^"']+["']/gms) ?? [];
  return statements.filter((statement) => {
    const target = statement.match(/from\s+["']([^"']+)["']$/)![1];
    if (!/(^|\/)claims\//.test(target)) return false;
    return !/^(?:import|export)\s+type\b/.test(statement);
  }).map((statement) => statement.replace(/\s+/g, " "));
}

Deno.test("lib/plots: no module imports a value from lib/claims (import type only)", async () => {
  const offenders: string[] = [];
  for await (const entry of Deno.readDir(PLOTS)) {
    if (!entry.isFile || !entry.name.endsWith(".ts")) continue;
    const source = await Deno.readTextFile(new URL(entry.name, PLOTS));
    for (const statement of valueImportsOfClaims(source)) {
      offenders.push(`${entry.name}: ${statement}`);
    }
  }
  assertEquals(offenders, []);
});

Deno.test("valueImportsOfClaims: finds value imports and re-exports, passes type-only ones", () => {
  const source = [
    'import type { Verdict } from "../claims/claim.ts";',
    'import { perKm2Gained } from "../claims/a/independent_estimates.ts";',
    "import {\n  type AreaSeries,\n} from '../claims/a/area_series.ts';",
    'export { troopsPerKm2 } from "../claims/a/mod.ts";',
    'export type { Claim } from "../claims/claim.ts";',
    'import { renderPlot } from "./render.ts";',
    ' * import { troopsPerKm2 } from "../claims/a/troops_per_km2.ts";',
  ].join("\n");
  assertEquals(valueImportsOfClaims(source), [
    'import { perKm2Gained } from "../claims/a/independent_estimates.ts"',
    "import { type AreaSeries, } from '../claims/a/area_series.ts'",
    'export { troopsPerKm2 } from "../claims/a/mod.ts"',
  ]);
});
