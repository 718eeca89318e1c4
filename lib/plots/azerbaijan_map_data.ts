/**
 * The units of the Azerbaijan map, sorted by what the fact table `karabakh_units.csv` says of
 * them (former NKAO, district held whole or in part), with their geometry from
 * `data/derived/map_azerbaijan.geojson`.
 *
 * @module
 */
import type { FactRow } from "../data/facts.ts";
import { loadAzerbaijanMapUnits, type MapUnit } from "./azerbaijan_map.ts";

/**
 * Every ADM2 unit of the map file, in a category taken from the fact rows (units the rows do
 * not name are `other`).
 *
 * @example
 * ```ts
 * import { loadAzerbaijanMapData } from "./azerbaijan_map_data.ts";
 * import { loadFacts } from "../data/facts.ts";
 * const units = await loadAzerbaijanMapData(await loadFacts("karabakh_units", "data"), "data");
 * units.filter((u) => u.category === "partly held").length; // 2 (Agdam, Fuzuli)
 * ```
 */
export function loadAzerbaijanMapData(
  units: readonly FactRow<"karabakh_units">[],
  dataDir: string,
): Promise<MapUnit[]> {
  const roles = new Map(units.map((u) => [u.unit, { role: u.role, heldShare: u.held_share }]));
  return loadAzerbaijanMapUnits(roles, dataDir);
}
