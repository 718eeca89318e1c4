/**
 * Figure: a map of Donetsk Oblast with the area DeepState shows as occupied at several dates,
 * darker for earlier dates drawn over lighter later ones, clipped to the oblast; for orientation
 * the neighbouring oblasts, DeepState's grey zone, the main cities and a scale bar; a key and a
 * heading inside the SVG. Every area and city carries a `<title>` tooltip.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { rewindForD3 } from "../geo/rewind_for_d3.ts";
import type { MultiPolygon } from "../geo/types.ts";
import { withHeading } from "./heading.ts";
import { type KeyItem, keyMarks } from "./key.ts";
import { type Figure, renderPlot } from "./render.ts";
import { scaleBarMarks } from "./scale_bar.ts";
import { cityMarks } from "./city_marks.ts";

/** The occupied area (lon/lat, any winding) as DeepState showed it at the end of `date`. */
export interface OccupiedSnapshot {
  date: string;
  geometry: MultiPolygon;
}

/** A labelled point on a map (WGS84 degrees). */
export interface MapCity {
  name: string;
  lat: number;
  lon: number;
}

/** What the map draws for orientation (all optional). */
export interface DonetskMapOrientation {
  /** Neighbouring units, clipped to a box around the oblast. */
  neighbours?: { name: string; geometry: MultiPolygon }[];
  /** DeepState's grey zone ("unknown status") at the end of `date`. */
  greyZone?: OccupiedSnapshot;
  /** Cities to mark and label. */
  cities?: MapCity[];
}

/** Options of {@link donetskMapFigure}. */
export interface DonetskMapOptions extends DonetskMapOrientation {
  /** Figure id (default `donetsk-map`). */
  id?: string;
  /** Title. */
  title?: string;
  /** The unit's name in the title (default "Donetsk Oblast"). */
  unitName?: string;
}

// Reds from light to dark (ColorBrewer), the last for the earliest date.
const REDS = ["#fee0d2", "#fcbba1", "#fc9272", "#fb6a4a", "#de2d26", "#a50f15"];
const GREY_ZONE = "#6b6b6b";
const NEIGHBOUR = "#e4e4e4";
const SCALE_KM = 50;

function geo(geometry: MultiPolygon) {
  return { type: "MultiPolygon", coordinates: rewindForD3(geometry) } as const;
}

/** Mean of the outline's vertices: the centre the projection is rotated to. */
function centre(geometry: MultiPolygon): [number, number] {
  const points = geometry.flatMap((polygon) => polygon[0]);
  const sum = points.reduce((s, [x, y]) => [s[0] + x, s[1] + y], [0, 0]);
  return [sum[0] / points.length, sum[1] / points.length];
}

function bounds(geometry: MultiPolygon): [number, number, number, number] {
  const points = geometry.flatMap((polygon) => polygon[0]);
  return [
    Math.min(...points.map((p) => p[0])),
    Math.min(...points.map((p) => p[1])),
    Math.max(...points.map((p) => p[0])),
    Math.max(...points.map((p) => p[1])),
  ];
}

/**
 * Builds the map. Snapshots may come in any order; at most six. Throws when there are none or
 * too many. The projection is a transverse Mercator centred on the oblast (conformal, scale
 * within 0.02 % of true across it), so one scale bar holds for the whole map.
 *
 * @example
 * ```ts
 * import { donetskMapFigure } from "./donetsk_map.ts";
 * import type { MultiPolygon } from "../geo/types.ts";
 * const oblast: MultiPolygon = [[[[37, 47], [39, 47], [39, 49], [37, 49], [37, 47]]]];
 * const occupied: MultiPolygon = [[[[38, 47], [39, 47], [39, 48], [38, 48], [38, 47]]]];
 * donetskMapFigure(oblast, [{ date: "2025-12-31", geometry: occupied }], {
 *   cities: [{ name: "Donetsk", lat: 48.00278, lon: 37.80528 }],
 * });
 * ```
 */
export function donetskMapFigure(
  oblast: MultiPolygon,
  snapshots: readonly OccupiedSnapshot[],
  options: DonetskMapOptions = {},
): Figure {
  if (snapshots.length === 0 || snapshots.length > REDS.length) {
    throw new Error(
      `donetskMapFigure: expected 1 to ${REDS.length} snapshots, found ${snapshots.length}`,
    );
  }
  const latestFirst = [...snapshots].sort((a, b) => a.date < b.date ? 1 : a.date > b.date ? -1 : 0);
  const colors = REDS.slice(REDS.length - latestFirst.length);
  const outline = geo(oblast);
  const unitName = options.unitName ?? "Donetsk Oblast";
  const dates = latestFirst.map((s) => s.date).reverse();
  const title = options.title ??
    `${unitName}: area shown as occupied by DeepState at the end of ${dates.join(", ")}`;
  const [lon0, lat0] = centre(oblast);
  const [west, south] = bounds(oblast);
  const neighbours = (options.neighbours ?? []).map((n) => ({
    type: "Feature" as const,
    properties: { name: n.name },
    geometry: geo(n.geometry),
  }));
  const grey = options.greyZone;
  const cities = options.cities ?? [];
  const key: KeyItem[] = [
    ...[...latestFirst].reverse().map((snapshot, index): KeyItem => ({
      label: `occupied at the end of ${snapshot.date}`,
      swatch: "area",
      color: colors[latestFirst.length - 1 - index],
      stroke: "#67000d",
    })),
    ...(grey === undefined ? [] : [{
      label: `grey zone ("unknown status"), ${grey.date}`,
      swatch: "area" as const,
      color: GREY_ZONE,
      opacity: 0.55,
    }]),
    ...(neighbours.length === 0
      ? []
      : [{ label: "neighbouring oblasts", swatch: "area" as const, color: NEIGHBOUR }]),
    ...(cities.length === 0
      ? []
      : [{ label: "city", swatch: "point" as const, color: "#111", stroke: "white" }]),
  ];
  const subtitle = "Darker red: occupied earlier (each date drawn over the later ones). " +
    "Sources: DeepState maps (occupied area, grey zone), OCHA oblast boundaries; city positions " +
    "from data/facts/cities.csv.";
  const plot: Plot.PlotOptions = {
    width: 640,
    height: 560,
    marginLeft: 0,
    marginRight: 0,
    marginTop: 0,
    marginBottom: 0,
    projection: {
      type: "transverse-mercator",
      rotate: [-lon0, -lat0],
      domain: outline,
      inset: 12,
    },
    marks: [
      Plot.geo(neighbours, {
        fill: NEIGHBOUR,
        stroke: "#9a9a9a",
        strokeWidth: 0.8,
        title: (d: { properties: { name: string } }) =>
          `${d.properties.name} Oblast (OCHA boundary)`,
      }),
      Plot.geo([outline], { fill: "#f4f1ea", stroke: "none" }),
      ...latestFirst.map((snapshot, index) =>
        Plot.geo([geo(snapshot.geometry)], {
          fill: colors[index],
          stroke: "#67000d",
          strokeWidth: 0.4,
          clip: outline,
          title: () => `Occupied at the end of ${snapshot.date} (DeepState)`,
        })
      ),
      ...(grey === undefined ? [] : [
        Plot.geo([geo(grey.geometry)], {
          fill: GREY_ZONE,
          fillOpacity: 0.55,
          stroke: "none",
          clip: outline,
          title: () => `Grey zone ("unknown status") at the end of ${grey.date} (DeepState)`,
        }),
      ]),
      Plot.geo([outline], {
        fill: "none",
        stroke: "#333",
        strokeWidth: 1.2,
        title: () => `${unitName} (OCHA boundary)`,
      }),
      Plot.text(
        neighbours,
        Plot.geoCentroid({
          text: (d: { properties: { name: string } }) => `${d.properties.name} Oblast`,
          fill: "#777",
          fontSize: 10,
          fontStyle: "italic",
        }),
      ),
      ...cityMarks(cities, { r: 3.5 }),
      ...scaleBarMarks([west + 0.05, south + 0.05], SCALE_KM),
      // The key in the bottom-right corner: the sea and Russia, outside the drawn box.
      ...keyMarks(key, { frameAnchor: "bottom-right", dx: -12, dy: -14 - (key.length - 1) * 16 }),
    ],
  };
  return renderPlot(
    options.id ?? "donetsk-map",
    title,
    withHeading(plot, { title, subtitle }),
  );
}
