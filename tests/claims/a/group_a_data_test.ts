/**
 * Group A computed from the real `data/derived/` files (made by `deno task data:build` from
 * ../shared/data/raw): the values and verdicts the report shows as of 2025-12-31. Areas are
 * asserted to 0.1 km² (or a tenth of a percent for ratios) so a rebuild that moves a polygon
 * edge by metres does not fail them, while any change of method does.
 */
import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import {
  donetskByAugust2027,
  donetskStillHeld,
  halfMillion,
  iswStatedRate,
  lossesOver1000,
  troopsPerKm2,
} from "../../../lib/claims/a/mod.ts";
import { DEFAULT_DATA_DIR } from "../../../lib/data/data_dir.ts";

const dataDir = DEFAULT_DATA_DIR;
const asOf = "2025-12-31";
const near = (actual: unknown, expected: number, tolerance: number) =>
  assert(
    typeof actual === "number" && Math.abs(actual - expected) <= tolerance,
    `${actual} is not within ${tolerance} of ${expected}`,
  );
const input = (check: { inputs: { name: string; value: number | string }[] }, name: string) =>
  check.inputs.find((i) => i.name.startsWith(name))?.value;

Deno.test("troops-per-km2-2025 (data): 418,170 losses over 4,346.5 km² = 96.2 troops/km², reproduced", async () => {
  const check = await troopsPerKm2.check({ asOf, dataDir });
  assertEquals(input(check, "cumulative losses through 2025-12-31"), 1_208_970);
  assertEquals(input(check, "cumulative losses through 2024-12-31"), 790_800);
  assertEquals(input(check, "losses in the period"), 418_170);
  near(input(check, "net area taken"), 4_346.521, 0.1);
  near(check.value, 96.208, 0.1);
  assertEquals(check.verdict, "reproduced");
  assert(
    check.notes.some((n) =>
      n.includes(
        "deepstatemap_data_20241231.geojson (dated 2024-12-31, map of 2024-12-30) stands in",
      )
    ),
  );
  const [later, version, economist, before, economistBefore] = check.alternatives;
  near(later.value, 96.506, 0.1);
  assert(version.label.includes("2024-12-31T20:53:54Z"));
  near(version.value, 418_170 / (116_219.176 - 111_878.691), 0.1);
  near(economist.value, 83.637, 0.1);
  assertEquals(economist.verdict, "overstated");
  near(before.value, 130.181, 0.2);
  // 2024 with the ISW-based series too (docs/claims.md#troops-per-km2-2025: "for 2024, and month by month").
  assertEquals(
    economistBefore.label,
    "the 12 months before (2023-12-31 to 2024-12-31), The Economist's ISW-based area",
  );
  near(economistBefore.value, 115.35, 0.1);
  assertEquals(economistBefore.verdict, "understated");
});

Deno.test("donetsk-still-held-km2 (data): 26,506 - 20,680 = 5,826 km² (5,332 without the grey zone), understated", async () => {
  const check = await donetskStillHeld.check({ asOf, dataDir });
  near(input(check, "area of Donetsk Oblast"), 26_506.063, 0.1);
  near(input(check, "occupied inside Donetsk Oblast"), 20_680.325, 0.1);
  near(input(check, "grey zone inside Donetsk Oblast"), 493.549, 0.1);
  near(check.value, 5_825.738, 0.2);
  assertEquals(check.verdict, "understated");
  near(check.alternatives[0].value, 5_332.189, 0.3);
  assertEquals(check.alternatives[0].verdict, "understated");
});

Deno.test("half-million-for-donetsk (data): 96.2 × 5,826 ≈ 560,500 understated; the article's 96 × 5,000 = 480,000", async () => {
  const check = await halfMillion.check({ asOf, dataDir });
  near(check.value, 560_482, 600);
  assertEquals(check.verdict, "understated");
  assertEquals([check.alternatives[0].value, check.alternatives[0].verdict], [
    480_000,
    "reproduced",
  ]);
  near(check.alternatives[2].value, 487_249, 600);
  assertEquals(check.alternatives[2].verdict, "reproduced");
});

Deno.test("donetsk-by-august-2027 (data): DeepState's 11.65 km²/day gives May 2027, the ISW-based 9.11 October 2027: contested", async () => {
  const check = await donetskByAugust2027.check({ asOf, dataDir });
  assertEquals([check.value, check.verdict], ["2027-05-07", "contested"]);
  near(input(check, "average advance"), 11.65, 0.01);
  near(input(check, "still-held Donetsk area at the end of 2025-11-20"), 6_209.225, 0.2);
  const byLabel = Object.fromEntries(check.alternatives.map((a) => [a.label, a]));
  const economist = byLabel["The Economist's ISW-based whole-front rate, same window"];
  assertEquals([economist.value, economist.verdict], ["2027-10-03", "understated"]);
  const isw = byLabel["ISW's stated rate (9.3 km²/day) on DeepState's remainder"];
  assertEquals([isw.value, isw.verdict], ["2027-09-19", "reproduced"]);
  assertEquals(byLabel["Donetsk-only rate (DeepState), same window"].verdict, "understated");
  // The 365-day window starts at the end of 2024-12-31, whose file is missing: the note says so.
  const year = byLabel["whole-front rate (DeepState), last 365 days to 2025-12-31"];
  assert(
    year.note?.includes(
      "deepstatemap_data_20241231.geojson (dated 2024-12-31, map of 2024-12-30) stands in",
    ),
    String(year.note),
  );
});

Deno.test("donetsk-by-august-2027 (data): ISW's stated rate is read from events.csv with its source, not typed in", async () => {
  const row = await iswStatedRate(dataDir);
  assert(!(row instanceof Error), String(row));
  assertEquals([row.value, row.date, row.url], [
    9.3,
    "2025-11-26",
    "https://isw.pub/UkrWar11262025",
  ]);
  // A copy of data/ whose events row says 4.65 km²/day: the projection must follow the table.
  const dir = await Deno.makeTempDir({ prefix: "claimbook-isw-" });
  try {
    await Deno.mkdir(`${dir}/facts`);
    for await (const entry of Deno.readDir(`${dataDir}/facts`)) {
      if (!entry.name.endsWith(".csv")) continue;
      const text = await Deno.readTextFile(`${dataDir}/facts/${entry.name}`);
      await Deno.writeTextFile(
        `${dir}/facts/${entry.name}`,
        text.replace(
          "isw-rate-2025-08-15-to-11-20,2025-11-26,9.3,",
          "isw-rate-2025-08-15-to-11-20,2025-11-26,4.65,",
        ),
      );
    }
    await Deno.mkdir(`${dir}/derived`);
    for (
      const file of [
        "general_staff_personnel.csv",
        "deepstate_daily.csv",
        "deepstate_grey_zone_monthly.csv",
        "economist_isw_area.csv",
        "oblasts.csv",
      ]
    ) await Deno.copyFile(`${dataDir}/derived/${file}`, `${dir}/derived/${file}`);
    const check = await donetskByAugust2027.check({ asOf, dataDir: dir });
    const isw = check.alternatives.find((a) => a.label.startsWith("ISW's stated rate"));
    // 6,209.2 km² at 4.65 km²/day: 1,336 days after 2025-11-20.
    assertEquals([isw?.label, isw?.value, isw?.verdict], [
      "ISW's stated rate (4.7 km²/day) on DeepState's remainder",
      "2029-07-18",
      "understated",
    ]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("losses-over-1000-a-day (data): 259 of 365 days of 2025 above 1,000, reproduced", async () => {
  const check = await lossesOver1000.check({ asOf, dataDir });
  assertEquals(input(check, "days above"), 259);
  assertEquals(input(check, "days"), 365);
  near(check.value, 259 / 365, 1e-12);
  assertEquals(check.verdict, "reproduced");
  near(input(check, "mean"), 1_145.7, 0.05);
});
