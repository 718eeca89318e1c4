/**
 * The geoBoundaries ADM2 features grouped by their `shapeName` (Azerbaijan's "Lankaran District"
 * comes as two features), for the area table and the map alike.
 *
 * @module
 */
import { DataError } from "../lib/io/data_error.ts";
import { parsePolygonFeatures } from "../lib/geo/read_geojson.ts";
import { AZERBAIJAN_BOX, checkedGeometry } from "./checked_geometry.ts";
import type { PolygonFeature } from "../lib/geo/types.ts";

/**
 * The polygon features of a GeoJSON text by `shapeName`, names in the order they first appear
 * and each name's features in file order. A feature without a `shapeName` throws a `DataError`
 * naming the file and the feature.
 *
 * @example
 * ```ts
 * import { featuresByShapeName } from "./features_by_shape_name.ts";
 * const text = '{"type":"FeatureCollection","features":[{"type":"Feature",' +
 *   '"properties":{"shapeName":"Agdam District"},' +
 *   '"geometry":{"type":"Polygon","coordinates":[[[46,40],[47,40],[47,41],[46,40]]]}}]}';
 * featuresByShapeName(text, "aze.geojson").get("Agdam District")?.length; // 1
 * ```
 */
export function featuresByShapeName(text: string, file: string): Map<string, PolygonFeature[]> {
  const byName = new Map<string, PolygonFeature[]>();
  const all = parsePolygonFeatures(text, file);
  all.forEach((feature, index) => {
    const name = feature.properties.shapeName;
    if (typeof name !== "string" || name.trim() === "") {
      throw new DataError(file, `feature ${index}`, "a property 'shapeName'", String(name));
    }
    const features = byName.get(name) ?? [];
    features.push(feature);
    byName.set(name, features);
  });
  // Names first, then geometry: a missing name is the clearer message.
  for (const features of byName.values()) {
    for (const feature of features) {
      const index = all.indexOf(feature);
      const where = `feature ${index} (${feature.properties.shapeName})`;
      checkedGeometry(feature.geometry, file, where, AZERBAIJAN_BOX);
    }
  }
  return byName;
}
