import { deepStrictEqual as assertEquals, throws } from "node:assert/strict";
import { featuresByShapeName } from "../../pipeline/features_by_shape_name.ts";

function feature(shapeName: unknown, x: number): string {
  return JSON.stringify({
    type: "Feature",
    properties: { shapeName },
    geometry: {
      type: "Polygon",
      coordinates: [[[45 + x, 40], [46 + x, 40], [46 + x, 41], [45 + x, 40]]],
    },
  });
}

Deno.test("featuresByShapeName: features grouped by name, names in first-seen order, file order kept", () => {
  const text = `{"type":"FeatureCollection","features":[${
    [feature("Lankaran", 1), feature("Agdam", 2), feature("Lankaran", 3)].join(",")
  }]}`;
  const byName = featuresByShapeName(text, "aze.geojson");
  assertEquals([...byName.keys()], ["Lankaran", "Agdam"]);
  assertEquals(byName.get("Lankaran")!.map((f) => f.geometry[0][0][0][0]), [46, 48]);
});

Deno.test("featuresByShapeName: a feature without a shapeName is a DataError naming it", () => {
  const text = `{"type":"FeatureCollection","features":[${
    [feature("Agdam", 1), feature("", 2)].join(",")
  }]}`;
  throws(
    () => featuresByShapeName(text, "aze.geojson"),
    /aze\.geojson: feature 1: expected a property 'shapeName'/,
  );
});
