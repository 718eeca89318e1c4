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
import type { MapCity } from "./donetsk_map.ts";
import { cityMarks } from "./city_marks.ts";
import { withHeading } from "./heading.ts";
import { type KeyItem, keyMarks } from "./key.ts";
import { type Figure, renderPlot } from "./render.ts";
import { scaleBarMarks } from "./scale_bar.ts";

/** How a unit is drawn. */
export type UnitCategory = "nkao" | "district" | "partly held" | "other";

/** One unit of the map. */
export interface MapUnit {
  name: string;
  category: UnitCategory;
  geometry: MultiPolygon;
}

/** What the map draws: the units and, for orientation, neighbouring countries and cities. */
export interface AzerbaijanMapData {
  units: MapUnit[];
  /** Neighbouring countries, clipped to a box around Azerbaijan. */
  neighbours: { name: string; geometry: MultiPolygon }[];
  cities: MapCity[];
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
  ["other", "rest of Azerbaijan (rayons and cities)"],
];
const NEIGHBOUR = "#e4e4e4";
const SCALE_KM = 100;

// Khankendi and Shusha are 6 km apart: their labels go to opposite sides.
const LABEL_SIDE: Record<string, "left" | "right"> = { Shusha: "left" };

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
 * Builds the map from the units (any order), or from {@link AzerbaijanMapData} with neighbouring
 * countries and cities. Throws when there are no units. The projection is a transverse Mercator
 * centred on Azerbaijan (scale within 0.2 % of true across it), so one scale bar holds.
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
  input: readonly MapUnit[] | AzerbaijanMapData,
  options: AzerbaijanMapOptions = {},
): Figure {
  const data: AzerbaijanMapData = Array.isArray(input)
    ? { units: [...input], neighbours: [], cities: [] }
    : input as AzerbaijanMapData;
  const units = data.units;
  if (units.length === 0) throw new Error("azerbaijanMapFigure: no units to draw");
  const sorted = [...units].sort((a, b) => a.name.localeCompare(b.name));
  const shapes = sorted.map((unit) => ({
    type: "Feature" as const,
    properties: { name: unit.name, category: unit.category },
    geometry: { type: "MultiPolygon" as const, coordinates: rewindForD3(unit.geometry) },
  }));
  const all = { type: "FeatureCollection" as const, features: shapes };
  const points = units.flatMap((unit) => unit.geometry.flatMap((polygon) => polygon[0]));
  const west = Math.min(...points.map((p) => p[0]));
  const east = Math.max(...points.map((p) => p[0]));
  const south = Math.min(...points.map((p) => p[1]));
  const north = Math.max(...points.map((p) => p[1]));
  const neighbours = data.neighbours.map((n) => ({
    type: "Feature" as const,
    properties: { name: n.name },
    geometry: { type: "MultiPolygon" as const, coordinates: rewindForD3(n.geometry) },
  }));
  const present = new Set(units.map((unit) => unit.category));
  const key: KeyItem[] = [
    ...KEY.filter(([category]) => present.has(category)).map(([category, label]): KeyItem => ({
      label,
      swatch: "area",
      color: FILL[category],
    })),
    ...(neighbours.length === 0
      ? []
      : [{ label: "neighbouring countries", swatch: "area" as const, color: NEIGHBOUR }]),
    ...(data.cities.length === 0
      ? []
      : [{ label: "city", swatch: "point" as const, color: "#111", stroke: "white" }]),
  ];
  const title = options.title ??
    "Azerbaijan's rayons: the units counted as lost by 1994 (geoBoundaries ADM2)";
  const side = (d: MapCity) => LABEL_SIDE[d.name] ?? "right";
  const plot: Plot.PlotOptions = {
    width: 700,
    height: 520,
    marginLeft: 0,
    marginRight: 0,
    marginTop: 0,
    marginBottom: 0,
    projection: {
      type: "transverse-mercator",
      rotate: [-(west + east) / 2, -(south + north) / 2],
      domain: all,
      inset: 10,
    },
    marks: [
      Plot.geo(neighbours, {
        fill: NEIGHBOUR,
        stroke: "#9a9a9a",
        strokeWidth: 0.8,
        title: (d: { properties: { name: string } }) => `${d.properties.name} (Natural Earth)`,
      }),
      Plot.geo(shapes, {
        fill: (d: { properties: { category: UnitCategory } }) => FILL[d.properties.category],
        stroke: "#555",
        strokeWidth: 0.4,
        title: (d: { properties: { name: string; category: UnitCategory } }) =>
          `${d.properties.name}: ${KEY.find(([c]) => c === d.properties.category)?.[1]}`,
      }),
      Plot.text(
        neighbours,
        Plot.geoCentroid({
          text: (d: { properties: { name: string } }) => d.properties.name,
          fill: "#777",
          fontSize: 11,
          fontStyle: "italic",
        }),
      ),
      ...cityMarks(data.cities, { r: 3, side }),
      ...scaleBarMarks([west + 0.1, south + 0.05], SCALE_KM),
      // The key in the bottom-right corner, over the Caspian Sea.
      ...keyMarks(key, { frameAnchor: "bottom-right", dx: -12, dy: -14 - (key.length - 1) * 16 }),
    ],
  };
  return renderPlot(
    options.id ?? "azerbaijan-map",
    title,
    withHeading(plot, {
      title,
      subtitle: "Units as the article's share counts them (data/facts/karabakh_units.csv). " +
        "Sources: geoBoundaries AZE ADM2, Natural Earth 1:10m (neighbours); city positions from " +
        "data/facts/cities.csv.",
    }),
  );
}
