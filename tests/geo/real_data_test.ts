/**
 * Real-data checks against the shared raw files (skipped, with a message, when ../shared is
 * absent): reference areas from boundaries/SOURCE.md (GeographicLib) and an independent clip
 * (polyclip-ts) measured with GeographicLib's geodesic PolygonArea.
 */
import { ok } from "node:assert/strict";
import geographiclib from "geographiclib-geodesic";
import * as polyclip from "polyclip-ts";
import { ellipsoidalArea } from "../../lib/geo/ellipsoidal_area.ts";
import { intersectionArea } from "../../lib/geo/intersection_area.ts";
import { prepare } from "../../lib/geo/prepare.ts";
import {
  readFeatureCollection,
  readPolygonFeatures,
  toMultiPolygon,
} from "../../lib/geo/read_geojson.ts";
import { union } from "../../lib/geo/union.ts";
import { readShapefile } from "../../lib/geo/read_shapefile.ts";
import { readTopoJsonFeature } from "../../lib/geo/read_topojson.ts";
import type { MultiPolygon } from "../../lib/geo/types.ts";
import { assertClose, exists, RAW } from "./helpers.ts";

const OBLASTS = `${RAW}boundaries/ukr_admbnda_adm1_q2_sspe_20171221.shp`;
const SNAPSHOT = `${RAW}deepstate/deepstatemap_data_20250102.geojson`;
/** Whether to skip a real-data test: only when a shared raw file is absent, and then saying so. */
function skipWithout(...paths: string[]): boolean {
  const missing = paths.filter((path) => !exists(path));
  if (missing.length > 0) {
    console.warn(
      `SKIPPED geo real-data test: not found or not readable (the shared raw data): ${
        missing.join(", ")
      }`,
    );
  }
  return missing.length > 0;
}
const ignore = skipWithout(OBLASTS, SNAPSHOT);
const TOLERANCE = 0.0005; // 0.05 %

/** Geodesic-edged area by GeographicLib (independent of lib/geo), m². */
function geographicLibArea(multi: MultiPolygon): number {
  let total = 0;
  for (const polygon of multi) {
    polygon.forEach((ring, index) => {
      const area = geographiclib.Geodesic.WGS84.Polygon(false);
      for (const [lon, lat] of ring.slice(0, -1)) area.AddPoint(lat, lon);
      const m2 = Math.abs(area.Compute(false, true).area ?? NaN);
      total += index === 0 ? m2 : -m2;
    });
  }
  return total;
}

Deno.test({
  name:
    "ellipsoidalArea: OCHA oblast areas match GeographicLib's values in boundaries/SOURCE.md within 0.05 %",
  ignore,
  async fn() {
    const units = await readShapefile(OBLASTS);
    ok(units.length === 27, `27 units, found ${units.length}`);
    const km2 = new Map(
      units.map((u) => [u.properties.ADM1_PCODE, ellipsoidalArea(u.geometry) / 1e6]),
    );
    const expected: [string, number][] = [
      ["UA14", 26506], // Donetska
      ["UA44", 26686], // Luhanska
      ["UA23", 27183], // Zaporizka
      ["UA65", 26456], // Khersonska
      ["UA01", 24769], // AR Krym
      ["UA85", 850], // Sevastopol
    ];
    for (const [pcode, value] of expected) assertClose(km2.get(pcode)!, value, TOLERANCE, pcode);
    const total = [...km2.values()].reduce((a, b) => a + b, 0);
    assertClose(total, 599722, TOLERANCE, "all 27 units");
  },
});

Deno.test({
  name:
    "intersectionArea: a DeepState snapshot's total and its parts in 4 oblasts match polyclip-ts + GeographicLib within 0.05 %",
  ignore,
  async fn() {
    const units = await readShapefile(OBLASTS);
    const [snapshot] = await readPolygonFeatures(SNAPSHOT);
    const occupied = prepare(snapshot.geometry);
    assertClose(occupied.area, geographicLibArea(snapshot.geometry), TOLERANCE, "total");
    assertClose(ellipsoidalArea(snapshot.geometry), occupied.area, 1e-12, "prepared area");
    // Donetska and Zaporizka: crossed by the front line; AR Krym: wholly occupied; Lvivska: free.
    for (const pcode of ["UA14", "UA23", "UA01", "UA46"]) {
      const unit = units.find((u) => u.properties.ADM1_PCODE === pcode)!;
      const clipped = polyclip.intersection(
        snapshot.geometry as polyclip.Geom,
        unit.geometry as polyclip.Geom,
      ) as MultiPolygon;
      const reference = geographicLibArea(clipped);
      const ours = intersectionArea(occupied, prepare(unit.geometry));
      assertClose(ours, reference, TOLERANCE, pcode, 1e3);
    }
  },
});

Deno.test({
  name:
    "intersectionArea: the 27 units of a snapshot sum to the snapshot's area inside the union of units",
  ignore,
  async fn() {
    const units = await readShapefile(OBLASTS);
    const [snapshot] = await readPolygonFeatures(SNAPSHOT);
    const occupied = prepare(snapshot.geometry);
    const parts = units.map((u) => intersectionArea(occupied, prepare(u.geometry)));
    const sum = parts.reduce((a, b) => a + b, 0);
    ok(sum <= occupied.area, "the units' parts cannot exceed the total");
    // Outside the units: sea and the Kinburn/Azov shore differences only, a few % at most.
    ok(sum > 0.95 * occupied.area, `units hold ${sum / occupied.area} of the total`);
  },
});

Deno.test({
  name:
    "readTopoJsonFeature and readPolygonFeatures: Azerbaijan's areas match boundaries/SOURCE.md within 0.05 %",
  ignore: skipWithout(
    `${RAW}boundaries/countries-10m.json`,
    `${RAW}boundaries/geoBoundaries-AZE-ADM2.geojson`,
  ),
  async fn() {
    const azerbaijan = await readTopoJsonFeature(
      `${RAW}boundaries/countries-10m.json`,
      "countries",
      "031",
    );
    ok(azerbaijan.properties.name === "Azerbaijan");
    assertClose(
      ellipsoidalArea(azerbaijan.geometry) / 1e6,
      86254,
      TOLERANCE,
      "Natural Earth outline",
    );
    const rayons = await readPolygonFeatures(`${RAW}boundaries/geoBoundaries-AZE-ADM2.geojson`);
    ok(rayons.length === 79);
    const total = rayons.reduce((sum, f) => sum + ellipsoidalArea(f.geometry), 0) / 1e6;
    assertClose(total, 86267, TOLERANCE, "79 ADM2 units");
    const kalbajar = rayons.filter((f) => String(f.properties.shapeName).startsWith("Kalbajar"));
    ok(kalbajar.length === 1, "one Kalbajar unit");
    assertClose(ellipsoidalArea(kalbajar[0].geometry) / 1e6, 2861, TOLERANCE, "Kalbajar");
  },
});

const LAYERS = `${RAW}deepstate-polygons-rsparks3/deepstatemap_data_20250601_polygons.geojson`;

Deno.test({
  name:
    "intersectionArea: DeepState's grey zone and occupied layers (shared and near-duplicate vertices) overlap as polyclip-ts says, alone and inside Donetska",
  ignore: skipWithout(OBLASTS, LAYERS),
  async fn() {
    const features = await readFeatureCollection(LAYERS);
    const layer = (names: string[]) =>
      union(
        features.flatMap((f, index) =>
          names.includes(String(f.properties.name))
            ? [toMultiPolygon(f.geometry, LAYERS, `feature ${index}`)]
            : []
        ),
      );
    const grey = layer(["Unknown status"]);
    const occupied = layer(["Occupied", "CADR and CALR", "Occupied Crimea"]);
    const donetska = (await readShapefile(OBLASTS)).find((u) =>
      u.properties.ADM1_PCODE === "UA14"
    )!;
    const [g, o, d] = [grey, occupied, donetska.geometry] as polyclip.Geom[];
    // A few hundredths of a km² of slivers: an absolute check in m².
    const overlap = ellipsoidalArea(polyclip.intersection(g, o) as MultiPolygon);
    assertClose(
      intersectionArea(prepare(grey), prepare(occupied)),
      overlap,
      0,
      "grey ∩ occupied",
      1,
    );
    const inDonetska = ellipsoidalArea(polyclip.intersection(g, d, o) as MultiPolygon);
    assertClose(
      intersectionArea(prepare(grey), prepare(d as MultiPolygon), prepare(occupied)),
      inDonetska,
      0,
      "grey ∩ Donetska ∩ occupied",
      1,
    );
  },
});
