/**
 * Reading GeoJSON with validation: a truncated or invalid file, a feature without a polygon, a
 * ring with fewer than 4 positions, an unclosed ring or a non-finite or out-of-range coordinate
 * throws a {@link DataError} naming the file, the feature and what was expected.
 *
 * @module
 */
import { DataError } from "../io/data_error.ts";
import { parseJson } from "../io/parse_json.ts";
import { readText } from "../io/read_text.ts";
import type { MultiPolygon, Polygon, PolygonFeature, Position, Ring } from "./types.ts";

/** A GeoJSON geometry object as parsed (not yet checked beyond its `type`). */
export interface GeoJsonGeometry {
  type: string;
  coordinates?: unknown;
  geometries?: unknown;
}

/** A GeoJSON feature as parsed: properties (never null here) and a geometry or `null`. */
export interface GeoJsonFeature {
  type: "Feature";
  id?: string | number;
  properties: Record<string, unknown>;
  geometry: GeoJsonGeometry | null;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === "object") {
    const type = (value as { type?: unknown }).type;
    return typeof type === "string" ? `a ${type}` : "an object";
  }
  const text = JSON.stringify(value) ?? String(value);
  return `${typeof value} ${text.length > 40 ? text.slice(0, 40) + "…" : text}`;
}

/**
 * Parses the text of a GeoJSON FeatureCollection and checks its structure (not yet the
 * coordinates: see {@link toMultiPolygon}). Null properties become `{}`.
 *
 * @example
 * ```ts
 * import { parseFeatureCollection } from "./read_geojson.ts";
 * const features = parseFeatureCollection(
 *   '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"a"},' +
 *     '"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}]}',
 *   "example.geojson",
 * );
 * features[0].properties.name; // "a"
 * ```
 */
export function parseFeatureCollection(text: string, file: string): GeoJsonFeature[] {
  const parsed = parseJson(text, file);
  if (
    parsed === null || typeof parsed !== "object" ||
    (parsed as { type?: unknown }).type !== "FeatureCollection"
  ) {
    throw new DataError(file, "the top level", "a FeatureCollection", describe(parsed));
  }
  const features = (parsed as { features?: unknown }).features;
  if (!Array.isArray(features)) {
    throw new DataError(file, "features", "an array of features", describe(features));
  }
  return features.map((feature, index) => {
    const where = `feature ${index}`;
    if (feature === null || typeof feature !== "object" || feature.type !== "Feature") {
      throw new DataError(file, where, "a Feature", describe(feature));
    }
    const { properties, geometry, id } = feature as Record<string, unknown>;
    if (properties !== null && properties !== undefined && typeof properties !== "object") {
      throw new DataError(file, `${where}, properties`, "an object or null", describe(properties));
    }
    if (
      geometry !== null && geometry !== undefined &&
      (typeof geometry !== "object" || typeof (geometry as { type?: unknown }).type !== "string")
    ) {
      throw new DataError(
        file,
        `${where}, geometry`,
        "a geometry object or null",
        describe(geometry),
      );
    }
    return {
      type: "Feature" as const,
      ...(typeof id === "string" || typeof id === "number" ? { id } : {}),
      properties: (properties ?? {}) as Record<string, unknown>,
      geometry: (geometry ?? null) as GeoJsonGeometry | null,
    };
  });
}

function toPosition(value: unknown, file: string, where: string): Position {
  if (!Array.isArray(value) || value.length < 2) {
    throw new DataError(file, where, "a position [longitude, latitude]", describe(value));
  }
  const [lon, lat] = value;
  if (
    typeof lon !== "number" || typeof lat !== "number" || !Number.isFinite(lon) ||
    !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90
  ) {
    throw new DataError(
      file,
      where,
      "finite longitude in [-180, 180] and latitude in [-90, 90]",
      JSON.stringify(value.slice(0, 2)),
    );
  }
  // Keep the parsed array when it is already [lon, lat]: no copy for the common 2-D case.
  return value.length === 2 ? value as Position : [lon, lat];
}

function toRing(value: unknown, file: string, where: string): Ring {
  if (!Array.isArray(value) || value.length < 4) {
    throw new DataError(file, where, "a linear ring of at least 4 positions", describe(value));
  }
  const ring = value.map((p, k) => toPosition(p, file, `${where}, position ${k}`));
  const first = ring[0], last = ring[ring.length - 1];
  if (first[0] !== last[0] || first[1] !== last[1]) {
    throw new DataError(
      file,
      where,
      "a closed ring (last position equal to the first)",
      `${JSON.stringify(first)} … ${JSON.stringify(last)}`,
    );
  }
  return ring;
}

function toPolygon(value: unknown, file: string, where: string): Polygon {
  if (!Array.isArray(value) || value.length === 0) {
    throw new DataError(file, where, "polygon coordinates (an array of rings)", describe(value));
  }
  return value.map((ring, r) => toRing(ring, file, `${where}, ring ${r}`));
}

/**
 * Checks a GeoJSON geometry and returns it as MultiPolygon coordinates: a Polygon, a
 * MultiPolygon, or a GeometryCollection of those; a third coordinate (z) is dropped.
 * Anything else (a Point, null, a bad ring) throws a {@link DataError} at `where`.
 *
 * @example
 * ```ts
 * import { toMultiPolygon } from "./read_geojson.ts";
 * const multi = toMultiPolygon(
 *   { type: "Polygon", coordinates: [[[0, 0, 0], [1, 0, 0], [1, 1, 0], [0, 0, 0]]] },
 *   "example.geojson",
 *   "feature 0",
 * );
 * multi[0][0][1]; // [1, 0]
 * ```
 */
export function toMultiPolygon(geometry: unknown, file: string, where: string): MultiPolygon {
  const expected = "a Polygon, MultiPolygon or GeometryCollection of polygons";
  if (geometry === null || typeof geometry !== "object") {
    throw new DataError(file, where, expected, describe(geometry));
  }
  const { type, coordinates, geometries } = geometry as GeoJsonGeometry;
  switch (type) {
    case "Polygon":
      return [toPolygon(coordinates, file, where)];
    case "MultiPolygon":
      if (!Array.isArray(coordinates)) {
        throw new DataError(file, where, "MultiPolygon coordinates", describe(coordinates));
      }
      return coordinates.map((p, k) => toPolygon(p, file, `${where}, polygon ${k}`));
    case "GeometryCollection":
      if (!Array.isArray(geometries) || geometries.length === 0) {
        throw new DataError(file, where, "a non-empty geometries array", describe(geometries));
      }
      return geometries.flatMap((g, k) => toMultiPolygon(g, file, `${where}, geometry ${k}`));
    default:
      throw new DataError(file, where, expected, describe(geometry));
  }
}

/**
 * Parses a FeatureCollection in which every feature must be polygonal, and checks every
 * coordinate. Errors name the feature index.
 *
 * @example
 * ```ts
 * import { parsePolygonFeatures } from "./read_geojson.ts";
 * const [feature] = parsePolygonFeatures(
 *   '{"type":"FeatureCollection","features":[{"type":"Feature","properties":null,' +
 *     '"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}]}',
 *   "example.geojson",
 * );
 * feature.geometry.length; // 1
 * ```
 */
export function parsePolygonFeatures(text: string, file: string): PolygonFeature[] {
  return parseFeatureCollection(text, file).map((feature, index) => ({
    ...(feature.id === undefined ? {} : { id: feature.id }),
    properties: feature.properties,
    geometry: toMultiPolygon(feature.geometry, file, `feature ${index}`),
  }));
}

/**
 * Reads a GeoJSON file of polygonal features (see {@link parsePolygonFeatures}); a missing or
 * unreadable file throws a {@link DataError}. Needs read permission on the file.
 *
 * @example
 * ```ts
 * import { readPolygonFeatures } from "./read_geojson.ts";
 * const [snapshot] = await readPolygonFeatures(
 *   "../shared/data/raw/deepstate/deepstatemap_data_20250101.geojson",
 * );
 * ```
 */
export async function readPolygonFeatures(path: string): Promise<PolygonFeature[]> {
  return parsePolygonFeatures(await readText(path, "a readable GeoJSON file"), path);
}

/**
 * Reads a GeoJSON FeatureCollection file and checks its structure (features may have any
 * geometry, e.g. the history files with points); a missing file throws a {@link DataError}.
 *
 * @example
 * ```ts
 * import { readFeatureCollection, toMultiPolygon } from "./read_geojson.ts";
 * const file = "../shared/data/raw/deepstate-history-danielrose/1648989208.geojson";
 * const features = await readFeatureCollection(file);
 * const polygons = features.filter((f) => f.geometry?.type === "Polygon")
 *   .map((f, i) => toMultiPolygon(f.geometry, file, `polygon feature ${i}`));
 * ```
 */
export async function readFeatureCollection(path: string): Promise<GeoJsonFeature[]> {
  return parseFeatureCollection(await readText(path, "a readable GeoJSON file"), path);
}
