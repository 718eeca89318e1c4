/**
 * A map's scale bar: a line of a round number of kilometres along a parallel, drawn in
 * longitude/latitude so that the map's own projection sizes it. Its length in degrees of
 * longitude comes from the WGS84 ellipsoid at that latitude.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { WGS84_A, WGS84_F } from "../geo/wgs84.ts";

const WGS84_E2 = WGS84_F * (2 - WGS84_F);

/**
 * The length in km of one degree of longitude along the parallel at `latitude` (degrees) on the
 * WGS84 ellipsoid: π a cos φ / (180 √(1 − e² sin² φ)).
 *
 * @example
 * ```ts
 * import { kmPerDegreeLongitude } from "./scale_bar.ts";
 * kmPerDegreeLongitude(0); // 111.3195 (to 4 decimals)
 * kmPerDegreeLongitude(48); // 74.6 (Donetsk's latitude)
 * ```
 */
export function kmPerDegreeLongitude(latitude: number): number {
  const phi = (latitude * Math.PI) / 180;
  const sin = Math.sin(phi);
  return (Math.PI * WGS84_A * Math.cos(phi)) / (180 * Math.sqrt(1 - WGS84_E2 * sin * sin)) / 1000;
}

/**
 * The marks of a scale bar `km` long starting at `[lon, lat]` and running east: the bar, end
 * ticks, and the label "N km" above it.
 *
 * @example
 * ```ts
 * import { scaleBarMarks } from "./scale_bar.ts";
 * const marks = scaleBarMarks([36.6, 46.95], 50); // 50 km at 46.95° N: about 0.66° of longitude
 * ```
 */
export function scaleBarMarks([lon, lat]: [number, number], km: number): Plot.Markish[] {
  const end = lon + km / kmPerDegreeLongitude(lat);
  const ends = [[lon, lat], [end, lat]];
  return [
    Plot.geo([{ type: "LineString", coordinates: ends }], {
      stroke: "white",
      strokeWidth: 7,
      strokeLinecap: "butt",
    }),
    Plot.geo([{ type: "LineString", coordinates: ends }], {
      stroke: "#222",
      strokeWidth: 3,
      strokeLinecap: "butt",
      title: () => `${km} km along the parallel at ${lat.toFixed(2)}° N (WGS84)`,
    }),
    Plot.text([`${km} km`], {
      x: () => (lon + end) / 2,
      y: () => lat,
      dy: -10,
      fontSize: 11,
      fill: "#222",
      stroke: "white",
      strokeWidth: 3,
    }),
  ];
}
