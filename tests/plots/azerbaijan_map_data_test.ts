import { deepStrictEqual as assertEquals, rejects } from "node:assert/strict";
import { loadFacts } from "../../lib/data/facts.ts";
import { loadAzerbaijanMapData } from "../../lib/plots/azerbaijan_map_data.ts";

// Reads data/ only.
const units = await loadFacts("karabakh_units", "data");

Deno.test("loadAzerbaijanMapData: the fact table's roles give the categories", async () => {
  const mapUnits = (await loadAzerbaijanMapData(units, "data")).units;
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

Deno.test("loadAzerbaijanMapData: the three Karabakh cities inside their units, five neighbours", async () => {
  const map = await loadAzerbaijanMapData(units, "data");
  assertEquals(map.neighbours.map((n) => n.name), [
    "Armenia",
    "Georgia",
    "Iran",
    "Russia",
    "Turkey",
  ]);
  assertEquals(map.cities.map((c) => c.name), ["Khankendi (Stepanakert)", "Shusha", "Agdam"]);
  // Each city lies within 0.02° (about 2 km) of the bounding box of the unit named after it
  // (coordinates not swapped): Wikipedia's points for Khankendi and Shusha fall about 1 km and
  // 0.3 km outside geoBoundaries' city polygons.
  const margin = 0.02;
  const unitOf: Record<string, string> = {
    "Khankendi (Stepanakert)": "Khankendi City",
    Shusha: "Shusha City",
    Agdam: "Agdam District",
  };
  for (const city of map.cities) {
    const unit = map.units.find((u) => u.name === unitOf[city.name])!;
    const points = unit.geometry.flatMap((polygon) => polygon[0]);
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    const inside = city.lon >= Math.min(...xs) - margin && city.lon <= Math.max(...xs) + margin &&
      city.lat >= Math.min(...ys) - margin && city.lat <= Math.max(...ys) + margin;
    assertEquals(inside, true, `${city.name} (${city.lat}, ${city.lon}) in ${unit.name}`);
  }
});
