/**
 * Figure: a map of Azerbaijan's rayons and cities (geoBoundaries ADM2) with the units the
 * Karabakh claims use: the former NKAO's stand-in units, the seven districts held whole, and
 * Agdam and Fuzuli (held in part), each in its own colour, with a key.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { DEFAULT_DATA_DIR, loadAzerbaijanMapGeometry, MAP_AZERBAIJAN_FILE } from "../data/mod.ts";
import { rewindForD3 } from "../geo/rewind_for_d3.ts";
import type { MultiPolygon } from "../geo/types.ts";
import { DataError } from "../io/data_error.ts";
import { type Figure, renderPlot } from "./render.ts";

/** How a unit is drawn. */
export type UnitCategory = "nkao" | "district" | "partly held" | "other";

/** One unit of the map. */
export interface MapUnit {
  name: string;
  category: UnitCategory;
  geometry: MultiPolygon;
}

/** Options of {@link azerbaijanMapFigure}. */
export interface AzerbaijanMapOptions {
  id?: string;
  title?: string;
}

const FILL: Record<UnitCategory, string> = {
  "nkao": "#67000d",
  "district": "#ef3b2c",
  "partly held": "#fcbba1",
  "other": "#f4f1ea",
};
const KEY: [UnitCategory, string][] = [
  ["nkao", "former NKAO (stand-in units)"],
  ["district", "districts held whole, 1993-2020"],
  ["partly held", "districts held in part (Agdam, Fuzuli)"],
];

/**
 * Reads the ADM2 units from the derived `map_azerbaijan.geojson` (geoBoundaries units by name,
 * the two "Lankaran District" features already joined) and sorts them into categories: `roles`
 * maps a unit name to `nkao` or `district`, `heldShare` to its held share (below 1: "partly
 * held"). Units named in `roles` but absent from the file throw a `DataError`.
 *
 * @example
 * ```ts
 * import { loadAzerbaijanMapUnits } from "./azerbaijan_map.ts";
 * const units = await loadAzerbaijanMapUnits(
 *   new Map([["Agdam District", { role: "district", heldShare: 0.774 }]]),
 * );
 * units.find((u) => u.name === "Agdam District")?.category; // "partly held"
 * ```
 */
export async function loadAzerbaijanMapUnits(
  roles: ReadonlyMap<string, { role: string; heldShare: number }>,
  dataDir: string = DEFAULT_DATA_DIR,
): Promise<MapUnit[]> {
  const units = await loadAzerbaijanMapGeometry(dataDir);
  const byName = new Map(units.map((unit) => [unit.name, unit.geometry]));
  for (const name of roles.keys()) {
    if (!byName.has(name)) {
      throw new DataError(MAP_AZERBAIJAN_FILE, `shapeName '${name}'`, "a feature", "none");
    }
  }
  return [...byName].map(([name, geometry]) => {
    const role = roles.get(name);
    const category: UnitCategory = role === undefined
      ? "other"
      : role.role === "nkao"
      ? "nkao"
      : role.heldShare < 1
      ? "partly held"
      : "district";
    return { name, category, geometry };
  });
}

/**
 * Builds the map from the units (any order). Throws when there are none.
 *
 * @example
 * ```ts
 * import { azerbaijanMapFigure } from "./azerbaijan_map.ts";
 * azerbaijanMapFigure([
 *   { name: "A", category: "other", geometry: [[[[45, 40], [46, 40], [46, 41], [45, 40]]]] },
 *   { name: "B", category: "nkao", geometry: [[[[46, 40], [47, 40], [47, 41], [46, 40]]]] },
 * ]);
 * ```
 */
export function azerbaijanMapFigure(
  units: readonly MapUnit[],
  options: AzerbaijanMapOptions = {},
): Figure {
  if (units.length === 0) throw new Error("azerbaijanMapFigure: no units to draw");
  const sorted = [...units].sort((a, b) => a.name.localeCompare(b.name));
  const shapes = sorted.map((unit) => ({
    type: "Feature" as const,
    properties: { name: unit.name, category: unit.category },
    geometry: { type: "MultiPolygon" as const, coordinates: rewindForD3(unit.geometry) },
  }));
  const all = { type: "FeatureCollection" as const, features: shapes };
  return renderPlot(
    options.id ?? "azerbaijan-map",
    options.title ??
      "Azerbaijan's rayons: the units counted as lost by 1994 (geoBoundaries ADM2)",
    {
      width: 700,
      height: 520,
      projection: { type: "mercator", domain: all, inset: 10 },
      marks: [
        Plot.geo(shapes, {
          fill: (d: { properties: { category: UnitCategory } }) => FILL[d.properties.category],
          stroke: "#555",
          strokeWidth: 0.4,
        }),
        ...KEY.flatMap(([category, text], index) => [
          Plot.dot([category], {
            frameAnchor: "top-right",
            dx: -230,
            dy: 10 + index * 16,
            symbol: "square",
            r: 6,
            fill: FILL[category],
            stroke: "#555",
            strokeWidth: 0.4,
          }),
          Plot.text([text], {
            frameAnchor: "top-right",
            dx: -220,
            dy: 10 + index * 16,
            textAnchor: "start",
            fontSize: 11,
          }),
        ]),
      ],
    },
  );
}
