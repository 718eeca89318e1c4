import { deepStrictEqual as assertEquals, ok as assert, rejects, throws } from "node:assert/strict";
import {
  type DonetskMapGeometry,
  loadAzerbaijanMapGeometry,
  loadAzerbaijanNeighbours,
  loadDonetskMapGeometry,
  mapSnapshotAsOf,
  parseAzerbaijanMapGeometry,
  parseDonetskMapGeometry,
} from "../../lib/data/map_geometry.ts";
import { DataError } from "../../lib/io/data_error.ts";

const SHA = "a".repeat(64);
const SQUARE = { type: "MultiPolygon", coordinates: [[[[37, 47], [38, 47], [38, 48], [37, 47]]]] };

function donetskText(
  occupied: Record<string, unknown>[],
  options: { clipBox?: unknown; outline?: Record<string, unknown> } = {},
): string {
  const outline = options.outline ??
    { kind: "outline", pcode: "UA14", name_en: "Donetska", file: "a.shp", sha256: SHA };
  return JSON.stringify({
    type: "FeatureCollection",
    clip_box: options.clipBox ?? [36, 46, 39, 49],
    features: [outline, ...occupied].map((properties) => ({
      type: "Feature",
      properties,
      geometry: SQUARE,
    })),
  });
}

const occupied = (fileDate: string, mapDate: string) => ({
  kind: "occupied",
  map_date: mapDate,
  file_date: fileDate,
  file: `deepstatemap_data_${fileDate.replaceAll("-", "")}.geojson`,
  sha256: SHA,
});

const MAP: DonetskMapGeometry = parseDonetskMapGeometry(
  donetskText([occupied("2024-12-31", "2024-12-30"), occupied("2025-02-01", "2025-01-31")]),
  "map.geojson",
);

Deno.test("parseDonetskMapGeometry: outline, clip box and snapshots in map-date order", () => {
  assertEquals(MAP.clipBox, [36, 46, 39, 49]);
  assertEquals(MAP.outline.pcode, "UA14");
  assertEquals(MAP.snapshots.map((s) => s.map_date), ["2024-12-30", "2025-01-31"]);
  assertEquals(MAP.snapshots[0].geometry, SQUARE.coordinates);
});

Deno.test("parseDonetskMapGeometry: neighbours and grey zones are read apart from the snapshots", () => {
  const map = parseDonetskMapGeometry(
    donetskText([
      { kind: "neighbour", pcode: "UA44", name_en: "Luhanska" },
      occupied("2025-01-01", "2024-12-31"),
      { ...occupied("2025-01-01", "2024-12-31"), kind: "grey" },
      { ...occupied("2025-02-01", "2025-01-31"), kind: "grey" },
    ]),
    "m.geojson",
  );
  assertEquals(map.neighbours.map((n) => n.pcode), ["UA44"]);
  assertEquals(map.snapshots.map((s) => s.map_date), ["2024-12-31"]);
  assertEquals(map.greyZones.map((s) => s.map_date), ["2024-12-31", "2025-01-31"]);
  throws(
    () =>
      parseDonetskMapGeometry(
        donetskText([
          occupied("2025-01-01", "2024-12-31"),
          { ...occupied("2025-02-01", "2025-01-31"), kind: "grey" },
          { ...occupied("2025-01-01", "2024-12-31"), kind: "grey" },
        ]),
        "m.geojson",
      ),
    /m\.geojson: feature 3 \(grey 2024-12-31\): expected a map_date later than 2025-01-31/,
  );
  throws(
    () =>
      parseDonetskMapGeometry(
        donetskText([{ kind: "neighbour", pcode: "X", name_en: "" }]),
        "m.geojson",
      ),
    /m\.geojson: feature 1: expected 'pcode'/,
  );
});

Deno.test("parseDonetskMapGeometry: a bad feature is a DataError naming the file and feature", () => {
  throws(
    () => parseDonetskMapGeometry(donetskText([occupied("2025-01-01", "2025-01-01")]), "m.geojson"),
    /m\.geojson: feature 1 \(2025-01-01\): expected map_date = file_date - 1/,
  );
  throws(
    () =>
      parseDonetskMapGeometry(
        donetskText([occupied("2025-02-01", "2025-01-31"), occupied("2025-01-01", "2024-12-31")]),
        "m.geojson",
      ),
    /m\.geojson: feature 2 \(2024-12-31\): expected a map_date later than 2025-01-31/,
  );
  throws(
    () =>
      parseDonetskMapGeometry(
        donetskText([{ ...occupied("2025-01-01", "2024-12-31"), sha256: "x" }]),
        "m.geojson",
      ),
    /m\.geojson: feature 1 \(2024-12-31\): expected 'sha256' matching/,
  );
  throws(
    () =>
      parseDonetskMapGeometry(
        donetskText([occupied("2025-01-01", "2024-12-31")]).replace(
          /"geometry":\{[^}]*\}\}\]\}$/,
          '"geometry":null}]}',
        ),
        "m.geojson",
      ),
    /m\.geojson: feature 1 \(2024-12-31\): expected a Polygon/,
  );
  throws(
    () => parseDonetskMapGeometry(donetskText([], { clipBox: [1, 2, 3] }), "m.geojson"),
    /m\.geojson: clip_box/,
  );
  throws(
    () =>
      parseDonetskMapGeometry(
        donetskText([], { outline: occupied("2025-01-01", "2024-12-31") }),
        "m.geojson",
      ),
    /m\.geojson: feature 0: expected the outline/,
  );
  throws(() => parseDonetskMapGeometry("{", "m.geojson"), DataError);
});

Deno.test("mapSnapshotAsOf: the exact map, a stand-in with a note, and dates out of reach", () => {
  const exact = mapSnapshotAsOf(MAP, "2025-01-31");
  assertEquals([exact.snapshot.map_date, exact.standIn], ["2025-01-31", false]);
  const between = mapSnapshotAsOf(MAP, "2025-01-15");
  assertEquals([between.snapshot.map_date, between.standIn], ["2024-12-30", true]);
  assert(between.note.includes("deepstatemap_data_20241231.geojson (dated 2024-12-31, map of "));
  assert(between.note.includes("the end of 2025-01-15"), between.note);
  // Up to three days past the last map is a stand-in; later, the data do not reach the date.
  assertEquals(mapSnapshotAsOf(MAP, "2025-02-03").snapshot.map_date, "2025-01-31");
  throws(() => mapSnapshotAsOf(MAP, "2025-02-04"), /as of 2025-02-04: expected a map at most 3/);
  throws(() => mapSnapshotAsOf(MAP, "2024-12-29"), /as of 2024-12-29: expected a map on or before/);
});

Deno.test("parseAzerbaijanMapGeometry: units by name; a repeated name is a DataError", () => {
  const feature = (shapeName: string, parts: unknown = 1) => ({
    type: "Feature",
    properties: { shapeName, parts, file: "aze.geojson", sha256: SHA },
    geometry: SQUARE,
  });
  const text = (features: unknown[]) => JSON.stringify({ type: "FeatureCollection", features });
  assertEquals(
    parseAzerbaijanMapGeometry(text([feature("A"), feature("B", 2)]), "z.geojson")
      .map((u) => [u.name, u.parts]),
    [["A", 1], ["B", 2]],
  );
  throws(
    () => parseAzerbaijanMapGeometry(text([feature("A"), feature("A")]), "z.geojson"),
    /z\.geojson: feature 1 \(A\): expected a shapeName not seen before/,
  );
  throws(
    () => parseAzerbaijanMapGeometry(text([feature("A", 0)]), "z.geojson"),
    /z\.geojson: feature 0 \(A\): expected 'parts', a positive integer/,
  );
});

Deno.test("loadDonetskMapGeometry: the committed file holds UA14 and month-end maps in order", async () => {
  const map = await loadDonetskMapGeometry();
  assertEquals(map.outline.pcode, "UA14");
  const dates = map.snapshots.map((s) => s.map_date);
  // The first daily map, then the latest map of every month to the last (March 2025's on the 29th).
  assertEquals(dates.length, 25);
  assertEquals([dates[0], dates[1], dates[6], dates[8], dates[9]], [
    "2024-07-07",
    "2024-07-31",
    "2024-12-30",
    "2025-02-28",
    "2025-03-29",
  ]);
  assertEquals(dates.slice(-2), ["2026-05-31", "2026-06-29"]);
  assert(dates.includes("2025-12-31"), dates.join(" "));
  // The outline lies in Donetsk Oblast's longitudes and latitudes, inside the clip box.
  const [west, south, east, north] = map.clipBox;
  const points = map.outline.geometry.flat(2);
  assertEquals(points.length, 805, "the outline's vertices (an empty outline would pass below)");
  assert(points.every(([lon, lat]) => lon > west && lon < east && lat > south && lat < north));
  assert(west > 36 && east < 39.5 && south > 46.5 && north < 49.5, String(map.clipBox));
});

Deno.test("loadDonetskMapGeometry: the committed file holds the 4 neighbouring oblasts and 23 grey zones", async () => {
  const map = await loadDonetskMapGeometry();
  // Dnipropetrovsk, Zaporizhzhia, Luhansk and Kharkiv reach into the box around Donetsk Oblast.
  assertEquals(map.neighbours.map((n) => n.pcode), ["UA12", "UA23", "UA44", "UA63"]);
  const [west, south, east, north] = map.clipBox;
  for (const neighbour of map.neighbours) {
    const points = neighbour.geometry.flat(2);
    assert(points.length > 10, neighbour.pcode);
    assert(points.every(([x, y]) => x >= west && x <= east && y >= south && y <= north));
  }
  // One grey zone per labelled rsparks3 file (month starts: month-end maps), none of them empty.
  const grey = map.greyZones.map((g) => g.map_date);
  assertEquals(grey.length, 23);
  assertEquals([grey[0], grey.at(-1)], ["2024-09-30", "2026-05-31"]);
  assert(grey.includes("2025-12-31"));
  assert(map.greyZones.every((g) => g.geometry.length > 0 && g.file.endsWith("_polygons.geojson")));
});

Deno.test("loadAzerbaijanNeighbours: the committed file holds the five neighbouring countries", async () => {
  const countries = await loadAzerbaijanNeighbours();
  assertEquals(countries.map((c) => c.name), ["Armenia", "Georgia", "Iran", "Russia", "Turkey"]);
  assertEquals(countries.map((c) => c.id), ["051", "268", "364", "643", "792"]);
});

Deno.test("loadAzerbaijanMapGeometry: the committed file, Lankaran's two parts as one unit", async () => {
  const units = await loadAzerbaijanMapGeometry();
  assertEquals(units.length, 78);
  assertEquals(units.find((u) => u.name === "Lankaran District")?.parts, 2);
});

Deno.test("loadDonetskMapGeometry: a data folder without the file is a DataError naming it", async () => {
  await rejects(() => loadDonetskMapGeometry("/nonexistent"), /map_donetsk\.geojson: the file/);
});
