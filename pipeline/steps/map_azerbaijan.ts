/**
 * Step: the geometry of the Azerbaijan map, so that the figure needs no raw file: every
 * geoBoundaries AZE ADM2 unit by `shapeName` (the two "Lankaran District" features joined into one
 * MultiPolygon), and, for orientation, every other Natural Earth country reaching into a box
 * around them (their bounding box plus {@link NEIGHBOUR_MARGIN_DEGREES}), clipped to it;
 * coordinates rounded to 1e-5° (about 1 m). Saved as `map_azerbaijan.geojson`.
 *
 * @module
 */
import * as topojson from "topojson-client";
import { boundingBox, type Box, clipToBox, growBox } from "../../lib/geo/clip_to_box.ts";
import { toMultiPolygon } from "../../lib/geo/read_geojson.ts";
import type { MultiPolygon } from "../../lib/geo/types.ts";
import { DataError } from "../../lib/io/data_error.ts";
import { parseJson } from "../../lib/io/parse_json.ts";
import { featureCollectionText, featureLine, roundGeometry } from "../geojson_text.ts";
import { featuresByShapeName } from "../features_by_shape_name.ts";
import { readRaw } from "../read_raw.ts";
import type { Step } from "../step.ts";
import { AZE_ADM2_FILE, COUNTRIES_FILE } from "./azerbaijan.ts";

/** The derived file's name. */
export const MAP_AZERBAIJAN_FILE = "map_azerbaijan.geojson";

/** Degrees added on every side of the units' bounding box before clipping the neighbours. */
export const NEIGHBOUR_MARGIN_DEGREES = 0.5;

/** Natural Earth's id of Azerbaijan (ISO 3166-1 numeric), left out of the neighbours. */
const AZERBAIJAN_ID = "031";

/**
 * The countries of a Natural Earth TopoJSON (object `countries`) other than Azerbaijan that reach
 * into `box`, clipped to it, sorted by name. A country without a name, or a topology without the
 * object, throws a `DataError` naming the file.
 *
 * @example
 * ```ts
 * import { neighbourCountries } from "./map_azerbaijan.ts";
 * const text = JSON.stringify({
 *   type: "Topology",
 *   objects: { countries: { type: "GeometryCollection", geometries: [
 *     { type: "Polygon", id: "051", properties: { name: "Armenia" }, arcs: [[0]] },
 *   ] } },
 *   arcs: [[[44, 40], [45, 40], [45, 41], [44, 41], [44, 40]]],
 * });
 * neighbourCountries(text, "countries.json", [44.5, 39, 47, 42])[0].name; // "Armenia"
 * ```
 */
export function neighbourCountries(
  text: string,
  file: string,
  box: Box,
): { name: string; id: string; geometry: MultiPolygon }[] {
  const topology = parseJson(text, file) as {
    type?: string;
    objects?: Record<string, { geometries?: { id?: unknown; properties?: { name?: unknown } }[] }>;
  };
  const geometries = topology?.objects?.countries?.geometries;
  if (topology?.type !== "Topology" || !Array.isArray(geometries)) {
    throw new DataError(file, "object 'countries'", "a TopoJSON GeometryCollection");
  }
  const client = topojson as unknown as {
    feature(topology: unknown, object: unknown): { geometry: unknown };
  };
  return geometries.flatMap((object, index) => {
    const id = String(object.id ?? "");
    if (id === AZERBAIJAN_ID) return [];
    const name = object.properties?.name;
    const where = `object 'countries', geometry ${index}`;
    if (typeof name !== "string" || name === "") {
      throw new DataError(file, where, "a property 'name'", JSON.stringify(name) ?? "nothing");
    }
    const shape = client.feature(topology, object).geometry;
    if (shape === null) return []; // Natural Earth has a few null geometries.
    const geometry = toMultiPolygon(shape, file, `${where} (${name})`);
    const inBox = roundGeometry(clipToBox(geometry, box));
    return inBox.length === 0 ? [] : [{ name, id, geometry: inBox }];
  }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

/**
 * The ADM2 units joined by `shapeName`, sorted by name (code-unit order, the same on every
 * machine), each with how many source features it joins. A feature without a `shapeName` throws
 * a `DataError` naming it.
 *
 * @example
 * ```ts
 * import { unitsByName } from "./map_azerbaijan.ts";
 * const text = '{"type":"FeatureCollection","features":[{"type":"Feature",' +
 *   '"properties":{"shapeName":"Agdam District"},' +
 *   '"geometry":{"type":"Polygon","coordinates":[[[46,40],[47,40],[47,41],[46,40]]]}}]}';
 * unitsByName(text, "aze.geojson")[0].name; // "Agdam District"
 * ```
 */
export function unitsByName(
  text: string,
  file: string,
): { name: string; parts: number; geometry: MultiPolygon }[] {
  return [...featuresByShapeName(text, file)].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)
    .map(([name, features]) => ({
      name,
      parts: features.length,
      geometry: features.flatMap((feature) => feature.geometry),
    }));
}

/**
 * The step that writes `map_azerbaijan.geojson`: one MultiPolygon feature per unit, properties
 * `shapeName`, `parts` (source features joined), `file`, `sha256`; then one per neighbouring
 * country, properties `kind` ("neighbour"), `name`, `id`, `file`, `sha256`.
 *
 * @example
 * ```ts
 * import { mapAzerbaijanStep } from "./map_azerbaijan.ts";
 * mapAzerbaijanStep.output; // "map_azerbaijan.geojson"
 * ```
 */
export const mapAzerbaijanStep: Step = {
  output: MAP_AZERBAIJAN_FILE,
  inputs: () => [AZE_ADM2_FILE, COUNTRIES_FILE].sort(),
  async run(context) {
    const text = await readRaw(`${context.rawDir}/${AZE_ADM2_FILE}`);
    const file = AZE_ADM2_FILE.slice(AZE_ADM2_FILE.indexOf("/") + 1);
    const sha256 = context.rawHashes.get(AZE_ADM2_FILE)!;
    const units = unitsByName(text, AZE_ADM2_FILE);
    const lines = units.map((unit) =>
      featureLine(
        { shapeName: unit.name, parts: unit.parts, file, sha256 },
        roundGeometry(unit.geometry),
      )
    );
    const box = growBox(boundingBox(units.flatMap((u) => u.geometry)), NEIGHBOUR_MARGIN_DEGREES)
      .map((value) => Math.round(value * 1e5) / 1e5) as Box;
    const countries = neighbourCountries(
      await readRaw(`${context.rawDir}/${COUNTRIES_FILE}`),
      COUNTRIES_FILE,
      box,
    );
    const countriesFile = COUNTRIES_FILE.slice(COUNTRIES_FILE.indexOf("/") + 1);
    const countriesSha = context.rawHashes.get(COUNTRIES_FILE)!;
    for (const country of countries) {
      lines.push(featureLine({
        kind: "neighbour",
        name: country.name,
        id: country.id,
        file: countriesFile,
        sha256: countriesSha,
      }, country.geometry));
    }
    return { text: featureCollectionText(lines), rows: lines.length, computed: 1, reused: 0 };
  },
};
