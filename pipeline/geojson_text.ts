/**
 * Writing derived GeoJSON deterministically: coordinates rounded to a fixed number of decimals
 * (5: about 1 m), one feature per line, keys in the order given, final newline; the same
 * geometry gives the same bytes on every machine (`data:check` compares byte for byte).
 *
 * @module
 */
import type { MultiPolygon, Position, Ring } from "../lib/geo/types.ts";
import { roundTo } from "./round.ts";

/** Decimals kept in derived coordinates: 1e-5° is about 1.1 m of latitude. */
export const COORDINATE_DECIMALS = 5;

function roundRing(ring: Ring, decimals: number): Ring {
  const out: Ring = [];
  for (const [x, y] of ring) {
    const p: Position = [roundTo(x, decimals), roundTo(y, decimals)];
    const last = out.at(-1);
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const first = out[0];
  const last = out.at(-1);
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([...first]);
  return out;
}

/**
 * Rounds every coordinate, drops positions that rounding makes repeat, and drops rings left
 * with fewer than 4 positions (a polygon whose outer ring goes is dropped whole).
 *
 * @example
 * ```ts
 * import { roundGeometry } from "./geojson_text.ts";
 * roundGeometry([[[[0.123456, 0], [1, 0], [1, 1], [0.1234561, 0]]]]);
 * // [[[[0.12346, 0], [1, 0], [1, 1], [0.12346, 0]]]]
 * ```
 */
export function roundGeometry(
  geometry: MultiPolygon,
  decimals: number = COORDINATE_DECIMALS,
): MultiPolygon {
  const out: MultiPolygon = [];
  for (const polygon of geometry) {
    const [outer, ...holes] = polygon.map((ring) => roundRing(ring, decimals));
    if (!outer || outer.length < 4) continue;
    out.push([outer, ...holes.filter((ring) => ring.length >= 4)]);
  }
  return out;
}

/**
 * One GeoJSON Feature with a MultiPolygon geometry as a single line of JSON (coordinates are
 * written as given: round them first).
 *
 * @example
 * ```ts
 * import { featureLine } from "./geojson_text.ts";
 * featureLine({ name: "a" }, [[[[0, 0], [1, 0], [1, 1], [0, 0]]]]);
 * // '{"type":"Feature","properties":{"name":"a"},"geometry":{"type":"MultiPolygon",...}}'
 * ```
 */
export function featureLine(properties: Record<string, unknown>, geometry: MultiPolygon): string {
  return JSON.stringify({
    type: "Feature",
    properties,
    geometry: { type: "MultiPolygon", coordinates: geometry },
  });
}

/**
 * A FeatureCollection from feature lines (see {@link featureLine}), one per line, with optional
 * foreign members written before `features`.
 *
 * @example
 * ```ts
 * import { featureCollectionText } from "./geojson_text.ts";
 * featureCollectionText([], { source: "x" });
 * // '{"type":"FeatureCollection","source":"x","features":[\n]}\n'
 * ```
 */
export function featureCollectionText(
  lines: readonly string[],
  members: Record<string, unknown> = {},
): string {
  const head = JSON.stringify({ type: "FeatureCollection", ...members }).slice(0, -1);
  return `${head},"features":[\n${lines.join(",\n")}${lines.length ? "\n" : ""}]}\n`;
}
