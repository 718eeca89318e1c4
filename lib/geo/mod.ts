/**
 * The geometry core: WGS84 ellipsoidal areas of lon/lat polygons, fast intersection areas by
 * boundary integration, a polygon union, a d3 rewind, and validating GeoJSON / shapefile /
 * TopoJSON readers. Coordinates are GeoJSON arrays `[lon, lat]` in degrees; areas are in m².
 *
 * @example
 * ```ts
 * import { ellipsoidalArea, intersectionArea, prepare, readShapefile } from "./mod.ts";
 * const units = await readShapefile(
 *   "../shared/data/raw/boundaries/ukr_admbnda_adm1_q2_sspe_20171221.shp",
 * );
 * const prepared = units.map((u) => prepare(u.geometry));
 * const occupied = prepare([[[37, 47], [38.5, 47], [38.5, 48.5], [37, 48.5], [37, 47]]]);
 * const km2 = prepared.map((unit) => intersectionArea(occupied, unit) / 1e6);
 * ```
 *
 * @module
 */
export * from "./types.ts";
export { authalicQ, edgeIntegral, HALF_A2_PER_DEGREE, meanQ, WGS84_A, WGS84_F } from "./wgs84.ts";
export { ellipsoidalArea, ringIntegral } from "./ellipsoidal_area.ts";
export { contains, containsShifted, prepare, type PreparedArea } from "./prepare.ts";
export { orient, orientShifted } from "./orient.ts";
export { type AreaInput, intersectionArea, isPrepared } from "./intersection_area.ts";
export { union } from "./union.ts";
export { boundingBox, type Box, clipToBox, growBox } from "./clip_to_box.ts";
export { rewindForD3 } from "./rewind_for_d3.ts";
export {
  type GeoJsonFeature,
  type GeoJsonGeometry,
  parseFeatureCollection,
  parsePolygonFeatures,
  readFeatureCollection,
  readPolygonFeatures,
  toMultiPolygon,
} from "./read_geojson.ts";
export { readShapefile } from "./read_shapefile.ts";
export { readTopoJsonFeature } from "./read_topojson.ts";
