import { deepStrictEqual as assertEquals, rejects } from "node:assert/strict";
import { loadFacts } from "../../lib/data/facts.ts";
import { loadAzerbaijanMapData } from "../../lib/plots/azerbaijan_map_data.ts";

// Reads data/ only.
const units = await loadFacts("karabakh_units", "data");

Deno.test("loadAzerbaijanMapData: the fact table's roles give the categories", async () => {
  const mapUnits = await loadAzerbaijanMapData(units, "data");
  const names = (category: string) =>
    mapUnits.filter((u) => u.category === category).map((u) => u.name).sort();
  assertEquals(names("nkao"), units.filter((u) => u.role === "nkao").map((u) => u.unit).sort());
  assertEquals(names("partly held"), ["Agdam District", "Fuzuli District"]);
  assertEquals(names("district").length, 5);
});

Deno.test("loadAzerbaijanMapData: a unit the map file lacks throws", async () => {
  await rejects(
    () => loadAzerbaijanMapData([{ ...units[0], unit: "Atlantis District" }], "data"),
    /map_azerbaijan\.geojson: shapeName 'Atlantis District'/,
  );
});
