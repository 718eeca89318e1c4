/**
 * Reading one feature of a TopoJSON topology (e.g. a country of Natural Earth's
 * `countries-10m.json`) as a checked MultiPolygon, with npm `topojson-client`.
 *
 * @module
 */
import * as topojson from "topojson-client";
import { DataError } from "../io/data_error.ts";
import { parseJson } from "../io/parse_json.ts";
import { readText } from "../io/read_text.ts";
import { toMultiPolygon } from "./read_geojson.ts";
import type { PolygonFeature } from "./types.ts";

interface TopologyObject {
  type: string;
  geometries?: { id?: string | number }[];
}
interface Topology {
  type: "Topology";
  objects: Record<string, TopologyObject>;
}
/** The small part of npm `topojson-client` used here (the package ships no types). */
interface TopojsonClient {
  feature(
    topology: Topology,
    object: unknown,
  ): { id?: string | number; properties: Record<string, unknown> | null; geometry: unknown };
}

/**
 * Reads the geometry with the given `id` from object `objectName` of a TopoJSON file and returns
 * it as a feature with a checked MultiPolygon (quantized coordinates are decoded). A missing
 * file, invalid JSON, a missing object or id, or a non-polygonal geometry throws a
 * {@link DataError}. Needs read permission on the file.
 *
 * @example
 * ```ts
 * import { readTopoJsonFeature } from "./read_topojson.ts";
 * const azerbaijan = await readTopoJsonFeature(
 *   "../shared/data/raw/boundaries/countries-10m.json",
 *   "countries",
 *   "031",
 * );
 * azerbaijan.properties.name; // "Azerbaijan"
 * ```
 */
export async function readTopoJsonFeature(
  path: string,
  objectName: string,
  id: string | number,
): Promise<PolygonFeature> {
  const text = await readText(path, "a readable TopoJSON file");
  const topology = parseJson(text, path) as Topology;
  if (topology?.type !== "Topology" || typeof topology.objects !== "object") {
    throw new DataError(path, "the top level", "a TopoJSON Topology with objects");
  }
  const object = topology.objects[objectName];
  if (!object || !Array.isArray(object.geometries)) {
    throw new DataError(
      path,
      `object '${objectName}'`,
      "a GeometryCollection object",
      `objects ${Object.keys(topology.objects).join(", ")}`,
    );
  }
  const index = object.geometries.findIndex((g) => String(g.id) === String(id));
  if (index < 0) {
    throw new DataError(path, `object '${objectName}'`, `a geometry with id '${id}'`, "none");
  }
  const feature = (topojson as unknown as TopojsonClient).feature(
    topology,
    object.geometries[index],
  );
  return {
    ...(feature.id === undefined ? {} : { id: feature.id }),
    properties: feature.properties ?? {},
    geometry: toMultiPolygon(feature.geometry, path, `object '${objectName}', id '${id}'`),
  };
}
