/**
 * Figure: a map of Donetsk Oblast with the area DeepState shows as occupied at several dates,
 * darker for earlier dates drawn over lighter later ones, clipped to the oblast, with a key.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { rewindForD3 } from "../geo/rewind_for_d3.ts";
import type { MultiPolygon } from "../geo/types.ts";
import { type Figure, renderPlot } from "./render.ts";

/** The occupied area (lon/lat, any winding) as DeepState showed it at the end of `date`. */
export interface OccupiedSnapshot {
  date: string;
  geometry: MultiPolygon;
}

/** Options of {@link donetskMapFigure}. */
export interface DonetskMapOptions {
  /** Figure id (default `donetsk-map`). */
  id?: string;
  /** Title. */
  title?: string;
  /** The unit's name in the title (default "Donetsk Oblast"). */
  unitName?: string;
}

// Reds from light to dark (ColorBrewer), the last for the earliest date.
const REDS = ["#fee0d2", "#fcbba1", "#fc9272", "#fb6a4a", "#de2d26", "#a50f15"];

function geo(geometry: MultiPolygon) {
  return { type: "MultiPolygon", coordinates: rewindForD3(geometry) } as const;
}

/**
 * Builds the map. Snapshots may come in any order; at most six. Throws when there are none or
 * too many.
 *
 * @example
 * ```ts
 * import { donetskMapFigure } from "./donetsk_map.ts";
 * import type { MultiPolygon } from "../geo/types.ts";
 * const oblast: MultiPolygon = [[[[37, 47], [39, 47], [39, 49], [37, 49], [37, 47]]]];
 * const occupied: MultiPolygon = [[[[38, 47], [39, 47], [39, 48], [38, 48], [38, 47]]]];
 * donetskMapFigure(oblast, [{ date: "2025-12-31", geometry: occupied }]);
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
  const title = options.title ??
    `${unitName}: area shown as occupied by DeepState at the end of ${
      latestFirst.map((s) => s.date).reverse().join(", ")
    }`;
  return renderPlot(options.id ?? "donetsk-map", title, {
    width: 640,
    height: 560,
    projection: { type: "mercator", domain: outline, inset: 12 },
    marks: [
      Plot.geo([outline], { fill: "#f4f1ea", stroke: "none" }),
      ...latestFirst.map((snapshot, index) =>
        Plot.geo([geo(snapshot.geometry)], {
          fill: colors[index],
          stroke: "#67000d",
          strokeWidth: 0.4,
          clip: outline,
        })
      ),
      Plot.geo([outline], { fill: "none", stroke: "#333", strokeWidth: 1.2 }),
      // The key, earliest date first, drawn in the frame's top-left corner.
      ...[...latestFirst].reverse().flatMap((snapshot, index) => [
        Plot.dot([snapshot.date], {
          frameAnchor: "top-left",
          dx: 8,
          dy: 10 + index * 16,
          symbol: "square",
          r: 6,
          fill: colors[latestFirst.length - 1 - index],
          stroke: "#67000d",
          strokeWidth: 0.4,
        }),
        Plot.text([`occupied at the end of ${snapshot.date}`], {
          frameAnchor: "top-left",
          dx: 20,
          dy: 10 + index * 16,
          textAnchor: "start",
          fontSize: 11,
        }),
      ]),
    ],
  });
}
