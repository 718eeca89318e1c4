import { deepStrictEqual as assertEquals, throws as assertThrows } from "node:assert/strict";
import { DataError } from "../../lib/io/data_error.ts";
import { readCsv } from "../../lib/io/csv.ts";
import { buildDerived } from "../../pipeline/build_derived.ts";
import { createProgress } from "../../pipeline/progress.ts";
import { greyZoneStep, labelledPolygons } from "../../pipeline/steps/grey_zone.ts";
import { ALL_STEPS } from "../../pipeline/steps/all.ts";
import {
  feature,
  featureCollection,
  putRawFile,
  rectangle,
  smallRawTree,
  writeRawTree,
} from "../fixtures/pipeline/raw_tree.ts";

const silent = createProgress(false);
const polygon = (ring: [number, number][]) => ({ type: "Polygon", coordinates: [ring] });

Deno.test("labelledPolygons: keeps grey and occupied polygons, drops Tuzla and liberated", () => {
  const text = featureCollection([
    feature("Occupied", polygon(rectangle(30, 48, 30.1, 48.1))),
    feature("CADR and CALR", polygon(rectangle(31, 48, 31.1, 48.1))),
    feature("Unknown status", polygon(rectangle(32, 48, 32.1, 48.1))),
    feature("Occupied Tuzla Island", polygon(rectangle(33, 48, 33.1, 48.1))),
    feature("Liberated", polygon(rectangle(34, 48, 34.1, 48.1))),
  ]);
  const found = labelledPolygons(text, "x_polygons.geojson");
  assertEquals([found.occupied.length, found.grey.length], [2, 1]);
});

Deno.test("labelledPolygons: a snapshot with no occupied polygon is an error", () => {
  const text = featureCollection([
    feature("Unknown status", polygon(rectangle(32, 48, 32.1, 48.1))),
  ]);
  assertThrows(
    () => labelledPolygons(text, "x_polygons.geojson"),
    (e: unknown) =>
      e instanceof DataError && e.message.includes("x_polygons.geojson: the features"),
  );
});

Deno.test("grey zone: without a daily file of that date, the file's own occupied polygons are subtracted", async () => {
  const raw = await Deno.makeTempDir({ prefix: "claimbook-raw-" });
  const out = await Deno.makeTempDir({ prefix: "claimbook-derived-" });
  try {
    await writeRawTree(raw, smallRawTree());
    // 2025-02-01 has no daily file; its grey square half overlaps its own occupied square.
    await putRawFile(
      raw,
      "deepstate-polygons-rsparks3/deepstatemap_data_20250201_polygons.geojson",
      featureCollection([
        feature("Occupied", polygon(rectangle(30, 48, 30.1, 48.1))),
        feature("Unknown status", polygon(rectangle(30.05, 48, 30.15, 48.1))),
      ]),
    );
    const report = await buildDerived({
      rawDir: raw,
      outDir: out,
      steps: [greyZoneStep],
      progress: silent,
    });
    assertEquals(report.files[0].computed, 2);
    const rows = await readCsv(`${out}/deepstate_grey_zone_monthly.csv`, {
      file_date: "date",
      UA01: "number",
      UA05: "number",
    });
    assertEquals(rows[1].file_date, "2025-02-01");
    assertEquals(rows[1].UA01, 0);
    // The grey square's eastern half, 0.05° by 0.1° at 48° N: 41.448 km² on WGS84 (closed form).
    assertEquals(rows[1].UA05, 41.448);
  } finally {
    await Deno.remove(raw, { recursive: true });
    await Deno.remove(out, { recursive: true });
  }
});

Deno.test("grey zone: a new labelled snapshot is computed alone; a changed daily file recomputes all", async () => {
  const raw = await Deno.makeTempDir({ prefix: "claimbook-raw-" });
  const out = await Deno.makeTempDir({ prefix: "claimbook-derived-" });
  try {
    await writeRawTree(raw, smallRawTree());
    await buildDerived({ rawDir: raw, outDir: out, steps: ALL_STEPS, progress: silent });
    await putRawFile(
      raw,
      "deepstate-polygons-rsparks3/deepstatemap_data_20250201_polygons.geojson",
      featureCollection([feature("Occupied", polygon(rectangle(30, 48, 30.1, 48.1)))]),
    );
    let report = await buildDerived({
      rawDir: raw,
      outDir: out,
      steps: ALL_STEPS,
      progress: silent,
    });
    let grey = report.files.find((f) => f.output === "deepstate_grey_zone_monthly.csv")!;
    assertEquals([grey.computed, grey.reused], [1, 1]);
    await putRawFile(
      raw,
      "deepstate/deepstatemap_data_20250101.geojson",
      JSON.stringify({
        type: "FeatureCollection",
        features: [{
          type: "Feature",
          properties: {},
          geometry: polygon(rectangle(30, 48, 30.12, 48.1)),
        }],
      }),
    );
    report = await buildDerived({ rawDir: raw, outDir: out, steps: ALL_STEPS, progress: silent });
    grey = report.files.find((f) => f.output === "deepstate_grey_zone_monthly.csv")!;
    assertEquals([grey.computed, grey.reused], [2, 0]);
  } finally {
    await Deno.remove(raw, { recursive: true });
    await Deno.remove(out, { recursive: true });
  }
});
