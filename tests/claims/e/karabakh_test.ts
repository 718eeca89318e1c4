import {
  deepStrictEqual as assertEquals,
  ok,
  rejects as assertRejects,
  throws as assertThrows,
} from "node:assert/strict";
import { karabakhShares, oneInN } from "../../../lib/claims/e/azerbaijan_areas.ts";
import { groupEClaims } from "../../../lib/claims/e/mod.ts";
import { lostOneFifth } from "../../../lib/claims/e/lost_one_fifth.ts";
import { oneInEight } from "../../../lib/claims/e/one_in_eight.ts";
import { DataError } from "../../../lib/io/data_error.ts";
import { withEditedFacts } from "../b/temp_data_dir.ts";

const AS_OF = { asOf: "2025-12-31", dataDir: "data" };
const SOURCE = { source_title: "t", publisher: "p", published: "", url: "https://x.org", note: "" };
const AREAS = [
  { name: "A City", source: "geoBoundaries AZE ADM2", area_km2: 50 },
  { name: "B District", source: "geoBoundaries AZE ADM2", area_km2: 200 },
  { name: "C District", source: "geoBoundaries AZE ADM2", area_km2: 750 },
  { name: "Azerbaijan", source: "Natural Earth 1:10m admin-0", area_km2: 1000 },
];

Deno.test("karabakhShares: whole and held shares over the outline", () => {
  const shares = karabakhShares([
    { unit: "A City", role: "nkao", held_share: 1, ...SOURCE },
    { unit: "B District", role: "district", held_share: 0.5, ...SOURCE },
  ], AREAS);
  assertEquals(shares.nkaoKm2, 50);
  assertEquals(shares.wholeKm2, 250);
  assertEquals(shares.heldKm2, 150);
  assertEquals(shares.heldPct, 15);
  assertEquals(shares.wholePct, 25);
  assertEquals(shares.adm2TotalKm2, 1000);
});

Deno.test("karabakhShares: a unit missing from the areas file is a DataError naming it", () => {
  assertThrows(
    () =>
      karabakhShares([{ unit: "Aghdara District", role: "nkao", held_share: 1, ...SOURCE }], AREAS),
    (error: unknown) => error instanceof DataError && error.where.includes("Aghdara District"),
  );
});

Deno.test("karabakhShares: no outline row is a DataError", () => {
  assertThrows(
    () => karabakhShares([], AREAS.slice(0, 3)),
    (e: unknown) =>
      e instanceof DataError &&
      e.message === "azerbaijan_areas.csv: rows: expected a Natural Earth outline row, found none",
  );
});

Deno.test("oneInN: population over displaced", () => {
  assertEquals(oneInN(7680000, 1000000), 7.68);
  assertThrows(() => oneInN(7680000, 0), RangeError);
});

Deno.test("azerbaijan-lost-one-fifth: about 14 % from the boundary files, below 'nearly 20 %'", async () => {
  const check = await lostOneFifth.check(AS_OF);
  // 12,152 km² held of Natural Earth's 86,254 km² outline (boundaries/SOURCE.md's areas).
  assertEquals([check.value, check.valueText], [14.09, "14.1 % (12,152 of 86,254 km²)"]);
  assertEquals(check.verdict, "overstated");
  const baku = check.alternatives.find((a) => a.label === "Baku's official figure");
  assertEquals(baku?.verdict, "reproduced");
});

Deno.test("azerbaijan-lost-one-fifth: a larger held share raises the value", async () => {
  const before = (await lostOneFifth.check(AS_OF)).value as number;
  await withEditedFacts(
    "karabakh_units",
    (text) => text.replace("Agdam District,district,0.774", "Agdam District,district,1"),
    async (dataDir) => {
      const after = (await lostOneFifth.check({ asOf: "2025-12-31", dataDir })).value as number;
      ok(after > before, `${after} > ${before}`);
      // The rest of Agdam District (22.6 % of its 1,045.5 km²) adds 236 km²: 12,388 of 86,254 km².
      assertEquals(after, 14.36);
    },
  );
});

Deno.test("azerbaijan-lost-one-fifth: docs/claims.md's 16.6 % (NKAO plus the seven districts whole) is computed from the table", async () => {
  const check = await lostOneFifth.check(AS_OF);
  const whole = check.alternatives.find((a) =>
    a.label.includes("seven districts counted whole: NKAO")
  );
  // (4,400 + 3,054 + 1,840 + 802 + 707 + 1,050 + 1,390 + 1,150) / 86,600 = 16.62 %.
  assertEquals([whole?.value, whole?.verdict], [16.6, "overstated"]);
  ok(whole?.label.includes("9,993 km²"), String(whole?.label));
  const held = check.alternatives.find((a) => a.label.startsWith("reported areas: NKAO"));
  assertEquals([held?.value, held?.verdict], [13.9, "overstated"]);
  await withEditedFacts(
    "karabakh",
    (text) => text.replace("district-area-kalbajar-km2,3054,", "district-area-kalbajar-km2,4786,"),
    async (dataDir) => {
      const edited = await lostOneFifth.check({ asOf: "2025-12-31", dataDir });
      const after = edited.alternatives.find((a) => a.label.includes("counted whole: NKAO"));
      assertEquals([after?.value, after?.verdict], [18.6, "reproduced"]);
    },
  );
  await withEditedFacts(
    "karabakh",
    (text) => text.split("\n").filter((line) => !line.startsWith("district-area-agdam")).join("\n"),
    async (dataDir) => {
      await assertRejects(
        () => lostOneFifth.check({ asOf: "2025-12-31", dataDir }),
        (e: unknown) =>
          e instanceof DataError &&
          e.message.startsWith("karabakh.csv: rows with id district-area-*: expected 7") &&
          e.message.endsWith("found 6"),
      );
    },
  );
});

Deno.test("azerbaijan-one-in-eight-displaced: 1 in 7.7 officially, fewer independently", async () => {
  const check = await oneInEight.check(AS_OF);
  assertEquals(check.valueText, "1 in 7.7 (13.0 %)");
  assertEquals([check.value, check.verdict], [13.02, "reproduced"]);
  // 7,680,000 over 893,000, 686,000 and 700,000 displaced: 11.6, 8.9 and 9.1 %, all below 1 in 8.
  assertEquals(
    check.alternatives.map((a) => [a.value, a.verdict]),
    [[11.63, "overstated"], [8.93, "overstated"], [9.11, "overstated"]],
  );
});

Deno.test("azerbaijan-one-in-eight-displaced: labels and notes give the table's counts, not typed ones", async () => {
  await withEditedFacts(
    "karabakh",
    (text) => text.replace("unhcr-1994-idps,658000,", "unhcr-1994-idps,758000,"),
    async (dataDir) => {
      const check = await oneInEight.check({ asOf: "2025-12-31", dataDir });
      const unhcr = check.alternatives.find((a) => a.label.startsWith("UNHCR"));
      // 7,680,000 / (758,000 + 235,000) = 7.73: 1 in 7.7, now inside "1 in 8".
      assertEquals(
        unhcr?.label,
        "UNHCR Baku, March 1994 (758,000 displaced + 235,000 refugees): 1 in 7.7",
      );
      assertEquals(unhcr?.verdict, "reproduced");
      ok(check.notes[0].endsWith("giving 1 in 7.7 to 1 in 11.2."), check.notes[0]);
    },
  );
});

Deno.test("group E: the article's order, the WWII comparison not checkable", async () => {
  assertEquals(groupEClaims.map((c) => c.id), [
    "azerbaijan-lost-one-fifth",
    "azerbaijan-one-in-eight-displaced",
    "battles-like-wwii",
  ]);
  const wwii = await groupEClaims[2].check(AS_OF);
  assertEquals(wwii.verdict, "not-checkable");
  assertEquals(groupEClaims[2].hedge.kind, "none");
});
