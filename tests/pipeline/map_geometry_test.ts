import { deepStrictEqual as assertEquals, ok as assert, throws } from "node:assert/strict";
import { DataError } from "../../lib/io/data_error.ts";
import { boundingBox } from "../../lib/geo/clip_to_box.ts";
import {
  parseAzerbaijanMapGeometry,
  parseAzerbaijanNeighbours,
  parseDonetskMapGeometry,
} from "../../lib/data/map_geometry.ts";
import { buildDerived } from "../../pipeline/build_derived.ts";
import { createProgress } from "../../pipeline/progress.ts";
import { monthEndFiles } from "../../pipeline/steps/map_donetsk.ts";
import { mapAzerbaijanStep, unitsByName } from "../../pipeline/steps/map_azerbaijan.ts";
import { mapDonetskStep } from "../../pipeline/steps/map_donetsk.ts";
import {
  dailySnapshot,
  feature,
  featureCollection,
  rectangle,
  smallRawTree,
  writeRawTree,
} from "../fixtures/pipeline/raw_tree.ts";

const silent = createProgress(false);
const STEPS = [mapDonetskStep, mapAzerbaijanStep];
const name = (yyyymmdd: string) => `deepstatemap_data_${yyyymmdd}.geojson`;

/** The small tree with daily snapshots that cross the box around unit UA14 (index 4:
 * 30.4–30.5° E, 48.0–48.1° N; box with the 0.1° margin: 30.3–30.6° E, 47.9–48.2° N). */
function mapTree(): Record<string, string | Uint8Array> {
  const tree = smallRawTree();
  for (const path of Object.keys(tree)) if (path.startsWith("deepstate/")) delete tree[path];
  // Across the box's west edge, with a coordinate finer than 1e-5°; plus a square far outside.
  const crossing = rectangle(30, 48, 30.451234567, 48.05);
  const outside = rectangle(31, 48, 31.1, 48.1);
  for (const date of ["20250110", "20250131", "20250201", "20250215", "20250305"]) {
    tree[`deepstate/${name(date)}`] = dailySnapshot([crossing, outside]);
  }
  return tree;
}

async function build(files: Record<string, string | Uint8Array>): Promise<Map<string, string>> {
  const raw = await Deno.makeTempDir({ prefix: "claimbook-raw-" });
  const out = await Deno.makeTempDir({ prefix: "claimbook-derived-" });
  try {
    await writeRawTree(raw, files);
    await buildDerived({ rawDir: raw, outDir: out, steps: STEPS, progress: silent, full: true });
    const texts = new Map<string, string>();
    for (const step of STEPS) {
      texts.set(step.output, await Deno.readTextFile(`${out}/${step.output}`));
    }
    return texts;
  } finally {
    await Deno.remove(raw, { recursive: true });
    await Deno.remove(out, { recursive: true });
  }
}

Deno.test("monthEndFiles: the latest map on or before each month end, plus the first and last", () => {
  assertEquals(
    monthEndFiles([
      name("20250201"), // map of 2025-01-31: January's month end
      name("20250110"), // the first (any order in)
      name("20250131"),
      name("20250315"), // mid-March: neither a month end nor the last
      name("20250220"), // map of 2025-02-19: February's latest
      name("20250320"), // the last
    ]),
    [name("20250110"), name("20250201"), name("20250220"), name("20250320")],
  );
  // A month whose end falls in a gap takes the latest earlier map (once).
  assertEquals(monthEndFiles([name("20250130"), name("20250302")]), [
    name("20250130"),
    name("20250302"),
  ]);
  assertEquals(monthEndFiles([]), []);
});

Deno.test("monthEndFiles: a name that is not a DeepState daily file throws", () => {
  throws(
    () => monthEndFiles(["notes.geojson"]),
    (e: unknown) =>
      e instanceof DataError && e.message.startsWith("notes.geojson: the file name: expected"),
  );
});

Deno.test("map_donetsk.geojson: outline, clip box, month-end snapshots clipped and rounded", async () => {
  const text = (await build(mapTree())).get("map_donetsk.geojson")!;
  assert(text.endsWith("]}\n"));
  const map = parseDonetskMapGeometry(text, "map_donetsk.geojson");
  assertEquals(map.outline.pcode, "UA14");
  assertEquals(map.outline.file, "ukr_admbnda_adm1_q2_sspe_20171221.shp");
  assertEquals(boundingBox(map.outline.geometry), [30.4, 48, 30.5, 48.1]); // unit 4, rounded
  assertEquals(map.clipBox, [30.3, 47.9, 30.6, 48.2]);
  // Maps 2025-01-09 (first), 2025-01-31 (January), 2025-02-14 (February), 2025-03-04 (last);
  // the file dated 2025-01-31 (map of 2025-01-30) is none of these.
  assertEquals(
    map.snapshots.map((s) => [s.map_date, s.file_date, s.file]),
    [
      ["2025-01-09", "2025-01-10", name("20250110")],
      ["2025-01-31", "2025-02-01", name("20250201")],
      ["2025-02-14", "2025-02-15", name("20250215")],
      ["2025-03-04", "2025-03-05", name("20250305")],
    ],
  );
  for (const snapshot of map.snapshots) {
    assert(/^[0-9a-f]{64}$/.test(snapshot.sha256));
    // Only the part of the crossing rectangle inside the box; the far square dropped.
    assertEquals(snapshot.geometry.length, 1);
    assertEquals(boundingBox(snapshot.geometry), [30.3, 48, 30.45123, 48.05]);
  }
  const decimals = [...text.matchAll(/\d+\.(\d+)/g)].map((m) => m[1].length);
  assert(decimals.every((d) => d <= 5), "coordinates rounded to 5 decimals");
});

Deno.test("map_donetsk.geojson: the neighbouring units and each grey zone, clipped to the box", async () => {
  const tree = mapTree();
  // A second labelled snapshot whose grey zone crosses the box's east edge (two overlapping parts).
  tree["deepstate-polygons-rsparks3/deepstatemap_data_20250201_polygons.geojson"] =
    featureCollection([
      feature("Occupied", { type: "Polygon", coordinates: [rectangle(30, 48, 30.1, 48.1)] }),
      feature("Unknown status", { type: "Polygon", coordinates: [rectangle(30.55, 48, 31, 48.1)] }),
      feature("Unknown status", {
        type: "Polygon",
        coordinates: [rectangle(30.5, 48, 30.57, 48.05)],
      }),
    ]); // deno-fmt-ignore
  const map = parseDonetskMapGeometry(
    (await build(tree)).get("map_donetsk.geojson")!,
    "map_donetsk.geojson",
  );
  // Unit 4's neighbours in the 3 × 3 box: units 3, 5 (same row) and 12, 13, 14 (row above).
  assertEquals(map.neighbours.map((n) => n.pcode), ["UA12", "UA18", "UA46", "UA48", "UA51"]);
  assertEquals(boundingBox(map.neighbours[0].geometry), [30.3, 48, 30.4, 48.1]);
  // The small tree's grey zone lies west of the box: kept as an empty geometry.
  assertEquals(map.greyZones.map((g) => [g.map_date, g.geometry.length]), [
    ["2024-12-31", 0],
    ["2025-01-31", 1],
  ]);
  // Joined into one polygon and cut at the box's east edge (30.6° E).
  assertEquals(boundingBox(map.greyZones[1].geometry), [30.5, 48, 30.6, 48.1]);
});

Deno.test("map_azerbaijan.geojson: the countries reaching into the box, clipped, Azerbaijan left out", async () => {
  const tree = smallRawTree();
  tree["boundaries/countries-10m.json"] = JSON.stringify({
    type: "Topology",
    objects: {
      countries: {
        type: "GeometryCollection",
        geometries: [
          { type: "Polygon", id: "031", properties: { name: "Azerbaijan" }, arcs: [[0]] },
          { type: "Polygon", id: "051", properties: { name: "Armenia" }, arcs: [[1]] },
          { type: "Polygon", id: "250", properties: { name: "France" }, arcs: [[2]] },
        ],
      },
    },
    arcs: [
      [[46, 40], [47, 40], [47, 41], [46, 41], [46, 40]],
      [[40, 38], [47.5, 38], [47.5, 39], [40, 39], [40, 38]],
      [[2, 46], [3, 46], [3, 47], [2, 47], [2, 46]],
    ],
  });
  const text = (await build(tree)).get("map_azerbaijan.geojson")!;
  const countries = parseAzerbaijanNeighbours(text, "map_azerbaijan.geojson");
  assertEquals(countries.map((c) => [c.name, c.id]), [["Armenia", "051"]]);
  // The units span 46.5–49° E, 38–40.1° N (fixture); the box adds 0.5° on every side.
  assertEquals(boundingBox(countries[0].geometry), [46, 38, 47.5, 39]);
  assertEquals(parseAzerbaijanMapGeometry(text, "map_azerbaijan.geojson").length, 2);
});

Deno.test("map_donetsk.geojson and map_azerbaijan.geojson: the same bytes on every build", async () => {
  const first = await build(mapTree());
  const second = await build(mapTree());
  assertEquals(second, first);
});

Deno.test("map_azerbaijan.geojson: one feature per shapeName, the two Lankaran parts joined", async () => {
  const text = (await build(smallRawTree())).get("map_azerbaijan.geojson")!;
  const units = parseAzerbaijanMapGeometry(text, "map_azerbaijan.geojson");
  assertEquals(units.map((u) => [u.name, u.parts, u.geometry.length]), [
    ["Agdam District", 1, 1],
    ["Lankaran District", 2, 2],
  ]);
  assertEquals(units[1].file, "geoBoundaries-AZE-ADM2.geojson");
  assertEquals(boundingBox(units[1].geometry), [48, 38, 49, 38.5]);
});

Deno.test("unitsByName: a feature without a shapeName is a DataError naming it", () => {
  const text = featureCollection([
    {
      type: "Feature",
      properties: { shapeName: "A" },
      geometry: { type: "Polygon", coordinates: [rectangle(0, 0, 1, 1)] },
    },
    {
      type: "Feature",
      properties: {},
      geometry: { type: "Polygon", coordinates: [rectangle(1, 0, 2, 1)] },
    },
  ]); // deno-fmt-ignore
  throws(() => unitsByName(text, "aze.geojson"), /aze\.geojson: feature 1: expected a property 'shapeName'/);
});
