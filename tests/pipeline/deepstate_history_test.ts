import { deepStrictEqual as assertEquals, throws as assertThrows } from "node:assert/strict";
import { DataError } from "../../lib/io/data_error.ts";
import { historyPolygons, versionDates } from "../../pipeline/steps/deepstate_history.ts";
import { feature, featureCollection, rectangle } from "../fixtures/pipeline/raw_tree.ts";

Deno.test("versionDates: a version created before 03:00 UTC stands for the previous day", () => {
  assertEquals(versionDates("1677630637.geojson"), {
    versionId: 1677630637,
    versionTime: "2023-03-01T00:30:37Z",
    mapDate: "2023-02-28",
  });
  assertEquals(versionDates("1735678434.geojson").mapDate, "2024-12-31");
});

Deno.test("versionDates: a file name that is not a Unix time is an error", () => {
  assertThrows(
    () => versionDates("latest.geojson"),
    (e: unknown) =>
      e instanceof DataError &&
      e.message === "latest.geojson: the file name: expected '<unix seconds>.geojson', found " +
          "latest.geojson",
  );
});

Deno.test("historyPolygons: GeometryCollections count, points and other labels do not", () => {
  const square = (x: number) => ({
    type: "Polygon",
    coordinates: [rectangle(x, 48, x + 0.1, 48.1)],
  });
  const text = featureCollection([
    feature("Крим", { type: "GeometryCollection", geometries: [square(30), square(31)] }),
    feature("Під питанням /// Contested", square(32)),
    feature("Звільнено /// Liberated", square(33)),
    feature("Окуповано /// Occupied", { type: "Point", coordinates: [30, 48, 0] }),
  ]);
  const found = historyPolygons(text, "1700000000.geojson");
  assertEquals([found.occupied.length, found.occupied[0].length, found.grey.length], [1, 2, 1]);
});

Deno.test("historyPolygons: a version without occupied polygons is an error naming the file", () => {
  const text = featureCollection([
    feature("Звільнено", { type: "Polygon", coordinates: [rectangle(30, 48, 31, 49)] }),
  ]);
  assertThrows(
    () => historyPolygons(text, "1700000000.geojson"),
    (e: unknown) =>
      e instanceof DataError && e.message.startsWith("1700000000.geojson: the features"),
  );
});
