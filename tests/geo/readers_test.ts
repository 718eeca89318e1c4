import { deepStrictEqual as assertEquals, ok } from "node:assert/strict";
import {
  parseFeatureCollection,
  parsePolygonFeatures,
  readFeatureCollection,
  readPolygonFeatures,
  toMultiPolygon,
} from "../../lib/geo/read_geojson.ts";
import { readShapefile } from "../../lib/geo/read_shapefile.ts";
import { readTopoJsonFeature } from "../../lib/geo/read_topojson.ts";
import { ellipsoidalArea } from "../../lib/geo/ellipsoidal_area.ts";
import { assertClose, assertDataError, cellArea, FIXTURES } from "./helpers.ts";

const square = [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]];
const collection = (geometry: unknown) =>
  JSON.stringify({
    type: "FeatureCollection",
    features: [{ type: "Feature", properties: { name: "a" }, geometry }],
  });

Deno.test("parsePolygonFeatures: reads Polygon, MultiPolygon and GeometryCollection, dropping z", () => {
  const [polygon] = parsePolygonFeatures(collection({ type: "Polygon", coordinates: square }), "f");
  assertEquals(polygon.geometry, [square]);
  assertEquals(polygon.properties, { name: "a" });
  const withZ = square.map((ring) => ring.map(([x, y]) => [x, y, 0]));
  const [multi] = parsePolygonFeatures(
    collection({ type: "MultiPolygon", coordinates: [withZ] }),
    "f",
  );
  assertEquals(multi.geometry, [square]);
  const [gc] = parsePolygonFeatures(
    collection({
      type: "GeometryCollection",
      geometries: [{ type: "Polygon", coordinates: square }, {
        type: "Polygon",
        coordinates: square,
      }],
    }),
    "f",
  );
  assertEquals(gc.geometry, [square, square]);
});

Deno.test("parseFeatureCollection: truncated or invalid JSON is a DataError naming the file", async () => {
  const text = collection({ type: "Polygon", coordinates: square });
  await assertDataError(() => parseFeatureCollection(text.slice(0, 40), "cut.geojson"), [
    "cut.geojson",
    "valid JSON",
  ]);
  await assertDataError(() => parseFeatureCollection('{"type":"Feature"}', "one.geojson"), [
    "one.geojson",
    "a FeatureCollection",
  ]);
  await assertDataError(
    () => parseFeatureCollection('{"type":"FeatureCollection","features":[{"type":"Point"}]}', "x"),
    ["x: feature 0", "a Feature"],
  );
  await assertDataError(() => parseFeatureCollection('{"type":"FeatureCollection"}', "x"), [
    "features",
  ]);
});

Deno.test("parsePolygonFeatures: a feature without a polygon is a DataError naming the feature", async () => {
  await assertDataError(
    () => parsePolygonFeatures(collection({ type: "Point", coordinates: [0, 0] }), "p.geojson"),
    ["p.geojson: feature 0", "a Polygon, MultiPolygon or GeometryCollection", "found a Point"],
  );
  await assertDataError(() => parsePolygonFeatures(collection(null), "n.geojson"), [
    "n.geojson: feature 0",
    "found null",
  ]);
});

Deno.test("toMultiPolygon: a ring with fewer than 4 positions, an unclosed ring or a bad coordinate is a DataError", async () => {
  await assertDataError(
    () =>
      toMultiPolygon(
        { type: "Polygon", coordinates: [[[0, 0], [1, 0], [0, 0]]] },
        "f",
        "feature 3",
      ),
    ["f: feature 3, ring 0", "at least 4 positions"],
  );
  await assertDataError(
    () =>
      toMultiPolygon(
        { type: "Polygon", coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1]]] },
        "f",
        "feature 0",
      ),
    ["ring 0", "a closed ring"],
  );
  const bad = [[[0, 0], [1, 0], [1, Infinity], [0, 0]]];
  await assertDataError(
    () => toMultiPolygon({ type: "Polygon", coordinates: bad }, "f", "feature 1"),
    [
      "feature 1, ring 0, position 2",
      "finite longitude",
    ],
  );
  const projected = [[[3500000, 0], [3600000, 0], [3600000, 10], [3500000, 0]]];
  await assertDataError(
    () => toMultiPolygon({ type: "MultiPolygon", coordinates: [projected] }, "f", "feature 0"),
    ["polygon 0, ring 0, position 0", "longitude in [-180, 180]"],
  );
  await assertDataError(
    () => toMultiPolygon({ type: "Polygon", coordinates: [[0, "a"]] }, "f", "w"),
    [
      "at least 4 positions",
    ],
  );
  await assertDataError(
    () => toMultiPolygon({ type: "GeometryCollection", geometries: [] }, "f", "w"),
    [
      "a non-empty geometries array",
    ],
  );
  // JSON turns 1e999 into Infinity: a non-finite coordinate from a file.
  await assertDataError(
    () =>
      parsePolygonFeatures(
        '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},' +
          '"geometry":{"type":"Polygon","coordinates":[[[0,0],[1e999,0],[1,1],[0,0]]]}}]}',
        "inf.geojson",
      ),
    ["inf.geojson: feature 0, ring 0, position 1", "finite"],
  );
});

Deno.test("readPolygonFeatures and readFeatureCollection: a missing file is a DataError naming it", async () => {
  await assertDataError(() => readPolygonFeatures(`${FIXTURES}missing.geojson`), [
    "missing.geojson",
    "a readable GeoJSON file",
  ]);
  await assertDataError(() => readFeatureCollection(`${FIXTURES}missing.geojson`), [
    "missing.geojson",
  ]);
});

Deno.test("readShapefile: reads polygons with holes and UTF-8 attributes", async () => {
  const units = await readShapefile(`${FIXTURES}two_units.shp`);
  assertEquals(units.map((u) => u.properties.NAME), ["Київська", "Holed"]);
  assertClose(ellipsoidalArea(units[0].geometry), cellArea(30, 48, 31, 49), 1e-13, "square");
  assertClose(
    ellipsoidalArea(units[1].geometry),
    cellArea(32, 48, 34, 50) - cellArea(32.5, 48.5, 33.5, 49.5),
    1e-13,
    "holed",
  );
});

Deno.test("readShapefile: a missing .dbf, a missing .shp, a wrong extension or a point record is a DataError", async () => {
  await assertDataError(() => readShapefile(`${FIXTURES}no_dbf.shp`), ["no_dbf.dbf", ".dbf"]);
  await assertDataError(() => readShapefile(`${FIXTURES}absent.shp`), ["absent.shp", ".shp"]);
  await assertDataError(() => readShapefile(`${FIXTURES}two_units.dbf`), ["a path ending in .shp"]);
  await assertDataError(() => readShapefile(`${FIXTURES}points.shp`), [
    "points.shp: record 0",
    "found a Point",
  ]);
});

Deno.test("readTopoJsonFeature: decodes a quantized polygon by object and id", async () => {
  const feature = await readTopoJsonFeature(`${FIXTURES}tiny_topology.json`, "countries", "031");
  assertEquals(feature.properties, { name: "Square" });
  assertEquals(feature.geometry, [[[[30, 48], [31, 48], [31, 49], [30, 49], [30, 48]]]]);
  ok(feature.id === "031");
});

Deno.test("readTopoJsonFeature: a missing file, object or id, or a point geometry is a DataError", async () => {
  const file = `${FIXTURES}tiny_topology.json`;
  await assertDataError(() => readTopoJsonFeature(`${FIXTURES}none.json`, "countries", "031"), [
    "none.json",
    "a readable TopoJSON file",
  ]);
  await assertDataError(() => readTopoJsonFeature(file, "land", "031"), [
    "object 'land'",
    "objects countries",
  ]);
  await assertDataError(() => readTopoJsonFeature(file, "countries", "804"), [
    "a geometry with id '804'",
  ]);
  await assertDataError(() => readTopoJsonFeature(file, "countries", "999"), ["found a Point"]);
  await assertDataError(() => readTopoJsonFeature(`${FIXTURES}two_units.dbf`, "countries", "031"), [
    "valid JSON",
  ]);
});
