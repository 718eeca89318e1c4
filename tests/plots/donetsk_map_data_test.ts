import { deepStrictEqual as assertEquals, ok as assert, rejects } from "node:assert/strict";
import { donetskMapDates, loadDonetskMapData } from "../../lib/plots/donetsk_map_data.ts";

// Reads only data/derived/map_donetsk.geojson: runs without ../shared.

Deno.test("loadDonetskMapData: the Donetsk outline and one snapshot per date, a stand-in named", async () => {
  const data = await loadDonetskMapData(["2024-12-31", "2025-12-31"]);
  assertEquals(data.snapshots.map((s) => s.date), ["2024-12-30", "2025-12-31"]);
  assertEquals(data.notes.length, 1);
  assert(data.notes[0].includes("deepstatemap_data_20241231.geojson"));
  // The outline lies in Donetsk Oblast's longitudes and latitudes.
  const points = data.oblast.flat(2);
  assertEquals(points.length, 805, "the outline's vertices (an empty outline would pass below)");
  assert(points.every(([lon, lat]) => lon > 36 && lon < 39.5 && lat > 46.5 && lat < 49.5));
  assert(data.snapshots.every((s) => s.geometry.length > 0), "occupied areas present");
});

Deno.test("loadDonetskMapData: a date between month-ends gets the previous month-end map, noted", async () => {
  const data = await loadDonetskMapData(["2025-06-15"]);
  assertEquals(data.snapshots.map((s) => s.date), ["2025-05-31"]);
  assert(data.notes[0].includes("the end of 2025-06-15"), data.notes[0]);
  assert(data.notes[0].includes("map of 2025-05-31) stands in"), data.notes[0]);
});

Deno.test("loadDonetskMapData: a date the DeepState series does not reach throws", async () => {
  await rejects(
    () => loadDonetskMapData(["2020-01-01"]),
    /map_donetsk\.geojson: as of 2020-01-01/,
  );
});

Deno.test("loadDonetskMapData: a comparison date before the first map is left out, noted", async () => {
  const data = await loadDonetskMapData(donetskMapDates("2025-06-30"));
  assertEquals(data.snapshots.map((s) => s.date), ["2024-12-30", "2025-06-30"]);
  assert(
    data.notes.some((n) => n.includes("the map of 2024-06-30 is left out")),
    data.notes.join(),
  );
});

Deno.test("loadDonetskMapData: a unit the derived file does not hold throws", async () => {
  await rejects(
    () => loadDonetskMapData(["2025-12-31"], { pcode: "UA44" }),
    /map_donetsk\.geojson: the outline: expected unit UA44, found UA14/,
  );
});

Deno.test("donetskMapDates: month-ends a year and six months before, then the as-of date", () => {
  assertEquals(donetskMapDates("2025-12-31"), ["2024-12-31", "2025-06-30", "2025-12-31"]);
  assertEquals(donetskMapDates("2025-12-15"), ["2024-12-31", "2025-06-30", "2025-12-15"]);
  assertEquals(donetskMapDates("2025-12-31", [17]), ["2024-07-31", "2025-12-31"]);
});

Deno.test("loadDonetskMapData: neighbours, the grey zone of the last date and six cities in the oblast's box", async () => {
  const data = await loadDonetskMapData(["2024-12-31", "2025-12-31"]);
  const { neighbours, greyZone, cities } = data.orientation;
  assertEquals(neighbours.map((n) => n.name), [
    "Dnipropetrovsk",
    "Zaporizhzhia",
    "Luhansk",
    "Kharkiv",
  ]);
  assertEquals(greyZone?.date, "2025-12-31");
  assert((greyZone?.geometry.length ?? 0) > 0);
  assertEquals(cities.map((c) => c.name), [
    "Kramatorsk",
    "Sloviansk",
    "Kostiantynivka",
    "Druzhkivka",
    "Pokrovsk",
    "Donetsk",
  ]);
  // Every city lies inside the oblast's bounding box (and so not with lat and lon swapped).
  const points = data.oblast.flat(2);
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  for (const city of cities) {
    assert(city.lon > Math.min(...xs) && city.lon < Math.max(...xs), city.name);
    assert(city.lat > Math.min(...ys) && city.lat < Math.max(...ys), city.name);
  }
});

Deno.test("loadDonetskMapData: a date past the last grey-zone map by more than a month draws none, noted", async () => {
  // The last rsparks3 map is of 2026-05-31, the last daily map of 2026-06-29.
  const data = await loadDonetskMapData(["2026-07-02"]);
  assertEquals(data.orientation.greyZone, undefined);
  assert(data.notes.some((n) => n.includes("the grey zone is not drawn")), data.notes.join());
});
