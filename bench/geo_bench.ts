/**
 * Benchmarks of the geometry core on the real data: the per-snapshot cost of the occupied total
 * plus its intersection with all 27 OCHA units, and a cold pass over every DeepState snapshot.
 *
 * `deno task bench` (or `deno bench --allow-read=.,../shared bench/geo_bench.ts`) runs the
 * per-snapshot benchmarks; `deno run --allow-read=.,../shared bench/geo_bench.ts` runs the cold
 * pass once in a fresh process and prints snapshots per second.
 *
 * @module
 */
import { intersectionArea } from "../lib/geo/intersection_area.ts";
import { prepare } from "../lib/geo/prepare.ts";
import { parsePolygonFeatures } from "../lib/geo/read_geojson.ts";
import { readShapefile } from "../lib/geo/read_shapefile.ts";

const RAW = new URL("../../shared/data/raw/", import.meta.url).pathname;
const OBLASTS = `${RAW}boundaries/ukr_admbnda_adm1_q2_sspe_20171221.shp`;
const DEEPSTATE = `${RAW}deepstate/`;

/** The DeepState snapshot files, sorted by date. */
function snapshotFiles(): string[] {
  return [...Deno.readDirSync(DEEPSTATE)]
    .map((entry) => entry.name)
    .filter((name) => /^deepstatemap_data_\d{8}\.geojson$/.test(name))
    .sort()
    .map((name) => DEEPSTATE + name);
}

/**
 * The whole job from a cold start: read the 27 units, then for every snapshot read, parse,
 * validate, prepare, and compute the total and the 27 unit intersections. Returns the timings.
 *
 * @example
 * ```ts
 * const { snapshots, seconds } = await coldPass();
 * console.log(`${(snapshots / seconds).toFixed(0)} snapshots/s`);
 * ```
 */
export async function coldPass(): Promise<
  { snapshots: number; seconds: number; unitsSeconds: number; totalKm2: number }
> {
  const start = performance.now();
  const units = (await readShapefile(OBLASTS)).map((unit) => prepare(unit.geometry));
  const unitsSeconds = (performance.now() - start) / 1000;
  let totalKm2 = 0;
  const files = snapshotFiles();
  for (const file of files) {
    const [snapshot] = parsePolygonFeatures(await Deno.readTextFile(file), file);
    const occupied = prepare(snapshot.geometry);
    totalKm2 += occupied.area / 1e6;
    for (const unit of units) totalKm2 += intersectionArea(occupied, unit) / 1e6;
  }
  return {
    snapshots: files.length,
    seconds: (performance.now() - start) / 1000,
    unitsSeconds,
    totalKm2,
  };
}

if (import.meta.main) {
  const { snapshots, seconds, unitsSeconds } = await coldPass();
  console.log(
    `cold pass: ${snapshots} snapshots × (total + 27 units) in ${seconds.toFixed(2)} s ` +
      `(units read and prepared in ${(unitsSeconds * 1000).toFixed(0)} ms): ` +
      `${(snapshots / seconds).toFixed(0)} snapshots/s`,
  );
} else {
  let units: ReturnType<typeof prepare>[] = [];
  let text = "";
  let file = "";
  const setup = async () => {
    if (units.length > 0) return;
    units = (await readShapefile(OBLASTS)).map((unit) => prepare(unit.geometry));
    file = snapshotFiles().find((name) => name.endsWith("20250102.geojson"))!;
    text = await Deno.readTextFile(file);
  };
  await setup().catch(() => {});
  const ignore = units.length === 0;

  Deno.bench({
    name: "one snapshot: parse and validate the GeoJSON",
    group: "snapshot",
    ignore,
    fn() {
      parsePolygonFeatures(text, file);
    },
  });
  const [snapshot] = ignore ? [] : parsePolygonFeatures(text, file);
  Deno.bench({
    name: "one snapshot: prepare (total area, prefix sums, bands, chunk boxes)",
    group: "snapshot",
    ignore,
    fn() {
      prepare(snapshot.geometry);
    },
  });
  const occupied = ignore ? undefined : prepare(snapshot.geometry);
  Deno.bench({
    name: "one snapshot: intersections with all 27 units",
    group: "snapshot",
    baseline: true,
    ignore,
    fn() {
      for (const unit of units) intersectionArea(occupied!, unit);
    },
  });
  Deno.bench({
    name: "cold pass: 717 snapshots × (total + 27 units), read from disk",
    group: "all",
    ignore,
    n: 1,
    warmup: 0,
    async fn() {
      await coldPass();
    },
  });
}
