/**
 * Step: the geometry of the Azerbaijan map, so that the figure needs no raw file: every
 * geoBoundaries AZE ADM2 unit by `shapeName` (the two "Lankaran District" features joined into one
 * MultiPolygon), coordinates rounded to 1e-5° (about 1 m). Saved as `map_azerbaijan.geojson`.
 *
 * @module
 */
import type { MultiPolygon } from "../../lib/geo/types.ts";
import { featureCollectionText, featureLine, roundGeometry } from "../geojson_text.ts";
import { featuresByShapeName } from "../features_by_shape_name.ts";
import { readRaw } from "../read_raw.ts";
import type { Step } from "../step.ts";
import { AZE_ADM2_FILE } from "./azerbaijan.ts";

/** The derived file's name. */
export const MAP_AZERBAIJAN_FILE = "map_azerbaijan.geojson";

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
 * `shapeName`, `parts` (source features joined), `file`, `sha256`.
 *
 * @example
 * ```ts
 * import { mapAzerbaijanStep } from "./map_azerbaijan.ts";
 * mapAzerbaijanStep.output; // "map_azerbaijan.geojson"
 * ```
 */
export const mapAzerbaijanStep: Step = {
  output: MAP_AZERBAIJAN_FILE,
  inputs: () => [AZE_ADM2_FILE],
  async run(context) {
    const text = await readRaw(`${context.rawDir}/${AZE_ADM2_FILE}`);
    const file = AZE_ADM2_FILE.slice(AZE_ADM2_FILE.indexOf("/") + 1);
    const sha256 = context.rawHashes.get(AZE_ADM2_FILE)!;
    const lines = unitsByName(text, AZE_ADM2_FILE).map((unit) =>
      featureLine(
        { shapeName: unit.name, parts: unit.parts, file, sha256 },
        roundGeometry(unit.geometry),
      )
    );
    return { text: featureCollectionText(lines), rows: lines.length, computed: 1, reused: 0 };
  },
};
