/**
 * The cities of a map: a dot each, with its coordinates as tooltip, and its name in bold on a
 * white halo beside it (right of the dot, or left where `side` says so, to keep close cities'
 * names apart).
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import type { MapCity } from "./donetsk_map.ts";

/** Options of {@link cityMarks}. */
export interface CityMarksOptions {
  /** The dots' radius in pixels. */
  r: number;
  /** Which side of its dot a city's name goes; without it, every name goes right, level. */
  side?: (city: MapCity) => "left" | "right";
}

const LABEL = {
  x: "lon",
  y: "lat",
  text: "name",
  fontSize: 11,
  fontWeight: "bold",
  fill: "#111",
  stroke: "white",
  strokeWidth: 3,
} as const;

/**
 * The marks that draw `cities`.
 *
 * @example
 * ```ts
 * import { cityMarks } from "./city_marks.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const city = { name: "Donetsk", lat: 48.0, lon: 37.8 };
 * assertEquals(cityMarks([city], { r: 3 }).length, 2); // the dots, the names
 * ```
 */
export function cityMarks(
  cities: readonly MapCity[],
  options: CityMarksOptions,
): Plot.Markish[] {
  const dots = Plot.dot(cities, {
    x: "lon",
    y: "lat",
    r: options.r,
    fill: "#111",
    stroke: "white",
    strokeWidth: 1,
    title: (d: MapCity) => `${d.name} (${d.lat.toFixed(3)}° N, ${d.lon.toFixed(3)}° E)`,
  });
  const { side } = options;
  if (side === undefined) {
    return [dots, Plot.text(cities, { ...LABEL, dx: 6, textAnchor: "start" })];
  }
  // Names on either side sit a little above (right) or below (left) the dot, apart.
  return [
    dots,
    ...(["left", "right"] as const).map((where) =>
      Plot.text(cities.filter((d) => side(d) === where), {
        ...LABEL,
        dx: where === "right" ? 6 : -6,
        dy: where === "right" ? -4 : 5,
        textAnchor: where === "right" ? "start" : "end",
      })
    ),
  ];
}
