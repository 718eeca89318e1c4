import { deepStrictEqual as assertEquals, rejects } from "node:assert/strict";
import { loadFacts } from "../../lib/data/facts.ts";
import { loadAzerbaijanMapData } from "../../lib/plots/azerbaijan_map_data.ts";

// Reads data/ only.
const units = await loadFacts("karabakh_units", "data");

Deno.test("loadAzerbaijanMapData: the fact table's roles give the categories", async () => {
  const mapUnits = await loadAzerbaijanMapData(units, "data");
  const names = (category: string) =>
    mapUnits.filter((u) => u.category === category).map((u) => u.name).sort();
  // Known names (karabakh_units.csv), not the table re-filtered by the rule under test.
  assertEquals(names("nkao"), [
    "Khankendi City",
    "Khojaly District",
    "Khojavend District",
    "Shusha City",
    "Shusha District",
  ]);
  assertEquals(names("partly held"), ["Agdam District", "Fuzuli District"]);
  assertEquals(names("district"), [
    "Jabrayil District",
    "Kalbajar District",
    "Lachin District",
    "Qubadli District",
    "Zangilan District",
  ]);
  // Every other unit of the 78 on the map is drawn as the rest of Azerbaijan.
  assertEquals([mapUnits.length, names("other").length], [78, 66]);
});

Deno.test("loadAzerbaijanMapData: a unit the map file lacks throws", async () => {
  await rejects(
    () => loadAzerbaijanMapData([{ ...units[0], unit: "Atlantis District" }], "data"),
    /map_azerbaijan\.geojson: shapeName 'Atlantis District'/,
  );
});
