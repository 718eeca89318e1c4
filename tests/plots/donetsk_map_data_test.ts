import { deepStrictEqual as assertEquals, ok as assert, rejects } from "node:assert/strict";
import { DEFAULT_RAW_DIR, loadDonetskMapData } from "../../lib/plots/donetsk_map_data.ts";

const rawHere = (() => {
  try {
    return Deno.statSync(`${DEFAULT_RAW_DIR}deepstate`).isDirectory;
  } catch {
    return false;
  }
})();

Deno.test({
  name: "loadDonetskMapData: the Donetsk outline and one snapshot per date, a stand-in named",
  ignore: !rawHere,
  fn: async () => {
    const data = await loadDonetskMapData(["2024-12-31", "2025-12-31"]);
    assertEquals(data.snapshots.map((s) => s.date), ["2024-12-30", "2025-12-31"]);
    assertEquals(data.notes.length, 1);
    assert(data.notes[0].includes("deepstatemap_data_20241231.geojson"));
    // The outline lies in Donetsk Oblast's longitudes and latitudes.
    const points = data.oblast.flat(2);
    assert(points.every(([lon, lat]) => lon > 36 && lon < 39.5 && lat > 46.5 && lat < 49.5));
  },
});

Deno.test({
  name: "loadDonetskMapData: a date the DeepState series does not reach throws",
  ignore: !rawHere,
  fn: async () => {
    await rejects(
      () => loadDonetskMapData(["2020-01-01"]),
      /deepstate_daily\.csv: as of 2020-01-01/,
    );
  },
});
