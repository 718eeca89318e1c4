/**
 * The units of the Azerbaijan map, sorted by what the fact table `karabakh_units.csv` says of
 * them (former NKAO, district held whole or in part), with their geometry from
 * `data/derived/map_azerbaijan.geojson`.
 *
 * @module
 */
import { type FactRow, loadFacts } from "../data/facts.ts";
import { loadAzerbaijanNeighbours } from "../data/map_geometry.ts";
import { type AzerbaijanMapData, loadAzerbaijanMapUnits } from "./azerbaijan_map.ts";

/**
 * Every ADM2 unit of the map file, in a category taken from the fact rows (units the rows do
 * not name are `other`), with the neighbouring countries of the map file and the cities of
 * `data/facts/cities.csv` marked for this map.
 *
 * @example
 * ```ts
 * import { loadAzerbaijanMapData } from "./azerbaijan_map_data.ts";
 * import { loadFacts } from "../data/facts.ts";
 * const map = await loadAzerbaijanMapData(await loadFacts("karabakh_units", "data"), "data");
 * map.units.filter((u) => u.category === "partly held").length; // 2 (Agdam, Fuzuli)
 * map.cities.map((c) => c.name); // ["Khankendi (Stepanakert)", "Shusha", "Agdam"]
 * ```
 */
export async function loadAzerbaijanMapData(
  units: readonly FactRow<"karabakh_units">[],
  dataDir: string,
): Promise<AzerbaijanMapData> {
  const roles = new Map(units.map((u) => [u.unit, { role: u.role, heldShare: u.held_share }]));
  const cities = (await loadFacts("cities", dataDir)).filter((row) => row.map === "azerbaijan");
  return {
    units: await loadAzerbaijanMapUnits(roles, dataDir),
    neighbours: (await loadAzerbaijanNeighbours(dataDir)).map((c) => ({
      name: c.name,
      geometry: c.geometry,
    })),
    cities: cities.map((row) => ({ name: row.name, lat: row.lat, lon: row.lon })),
  };
}
