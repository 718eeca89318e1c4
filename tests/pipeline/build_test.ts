import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import { readCsv } from "../../lib/io/csv.ts";
import { buildDerived, type BuildReport } from "../../pipeline/build_derived.ts";
import { main } from "../../pipeline/build.ts";
import { createProgress } from "../../pipeline/progress.ts";
import { ALL_STEPS } from "../../pipeline/steps/all.ts";
import {
  dailySnapshot,
  putRawFile,
  rectangle,
  smallRawTree,
  writeRawTree,
} from "../fixtures/pipeline/raw_tree.ts";
import { DERIVED_FILES } from "../fixtures/pipeline/derived_files.ts";

const silent = createProgress(false);
// Expected areas are known numbers: WGS84 cells between parallels, a²/2·Δλ·Δq (the authalic q),
// worked out outside lib/geo (e.g. a 0.1° cell at 48° N is 82.897 km²), not lib's own area.

function near(found: number, expected: number, what: string, tolerance = 0.002) {
  assert(Math.abs(found - expected) <= tolerance, `${what}: found ${found}, expected ${expected}`);
}

/** Builds every step from `raw` into `out`, silently; incrementally unless `full`. */
function build(raw: string, out: string, full = false): Promise<BuildReport> {
  return buildDerived({ rawDir: raw, outDir: out, steps: ALL_STEPS, progress: silent, full });
}

/** The small raw tree and its first build, each in a temporary folder removed after `test`. */
async function withBuiltTree(test: (raw: string, out: string) => Promise<void>) {
  const raw = await Deno.makeTempDir({ prefix: "claimbook-raw-" });
  const out = await Deno.makeTempDir({ prefix: "claimbook-derived-" });
  try {
    await writeRawTree(raw, smallRawTree());
    await build(raw, out);
    await test(raw, out);
  } finally {
    await Deno.remove(raw, { recursive: true });
    await Deno.remove(out, { recursive: true });
  }
}

/** Puts a daily DeepState snapshot of one rectangle into the raw tree and builds again. */
async function rebuildWithSnapshot(
  raw: string,
  out: string,
  file: string,
  occupied: [number, number][],
): Promise<BuildReport> {
  await putRawFile(raw, `deepstate/${file}`, dailySnapshot([occupied]));
  return await build(raw, out);
}

/** The report's entry for one derived file. */
function fileReport(report: BuildReport, output: string) {
  const found = report.files.find((f) => f.output === output);
  assert(found, `no report for ${output}`);
  return found;
}

async function snapshotOf(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of Deno.readDirSync(dir)) {
    if (entry.isFile) files[entry.name] = await Deno.readTextFile(`${dir}/${entry.name}`);
  }
  return files;
}

Deno.test("build: every derived file from a small raw tree, with the right areas", async () => {
  await withBuiltTree(async (_raw, out) => {
    assertEquals(Object.keys(await snapshotOf(out)).sort(), DERIVED_FILES);

    const oblasts = await readCsv(`${out}/oblasts.csv`, { pcode: "string", area_km2: "number" });
    assertEquals(oblasts.length, 27);
    near(oblasts[0].area_km2, 82.897, "UA01 area");

    const daily = await readCsv(`${out}/deepstate_daily.csv`, {
      file_date: "date",
      map_date: "date",
      file: "string",
      occupied_km2: "number",
      occupied_in_units_km2: "number",
      UA01: "number",
      UA05: "number",
      UA07: "number",
    });
    assertEquals(daily.map((r) => [r.file_date, r.map_date]), [
      ["2025-01-01", "2024-12-31"],
      ["2025-01-02", "2025-01-01"],
    ]);
    near(daily[0].occupied_km2, 124.345, "occupied total");
    near(daily[0].UA01, 82.897, "UA01 fully occupied");
    near(daily[0].UA05, 41.448, "UA05 half occupied");
    assertEquals(daily[0].UA07, 0);
    near(daily[0].occupied_in_units_km2, daily[0].UA01 + daily[0].UA05, "sum over units");

    const grey = await readCsv(`${out}/deepstate_grey_zone_monthly.csv`, {
      map_date: "date",
      grey_km2: "number",
      grey_unclipped_km2: "number",
      UA01: "number",
      UA05: "number",
    });
    // The grey square over occupied unit 0 is subtracted; the strip south of the units is clipped.
    assertEquals(grey[0].UA01, 0);
    near(grey[0].UA05, 41.448, "grey in UA05");
    near(grey[0].grey_km2, grey[0].UA05, "grey total = sum over units");
    near(grey[0].grey_unclipped_km2, 124.424, "grey unclipped"); // 82.976 + 41.448

    const history = await readCsv(`${out}/deepstate_history_monthly.csv`, {
      version_id: "integer",
      version_time: "string",
      map_date: "date",
      occupied_km2: "number",
      grey_km2: "number",
    });
    assertEquals(history[0].version_time, "2024-12-31T20:53:54Z");
    assertEquals(history[0].map_date, "2024-12-31");
    // Occupied = the GeometryCollection's two squares; Tuzla left out.
    near(history[0].occupied_km2, 165.793, "history occupied");
    near(history[0].grey_km2, 82.897, "history grey");

    const aze = await readCsv(`${out}/azerbaijan_areas.csv`, {
      name: "string",
      source: "string",
      area_km2: "number",
    });
    assertEquals(aze.map((r) => r.name), ["Agdam District", "Lankaran District", "Azerbaijan"]);
    near(aze[1].area_km2, 4_858.144, "two Lankaran features summed");
    near(aze[2].area_km2, 9_412.852, "Natural Earth outline");

    const manifest = JSON.parse(await Deno.readTextFile(`${out}/manifest.json`));
    const entry = manifest.files["general_staff_personnel.csv"];
    assertEquals(entry.inputs.map((i: { path: string }) => i.path), [
      "general-staff/russia_losses_personnel.json",
    ]);
    assert(/^[0-9a-f]{64}$/.test(entry.code_version));
    assert(entry.inputs[0].url.startsWith("https://raw.githubusercontent.com/PetroIvaniuk/"));
  });
});

Deno.test("build: a second run recomputes nothing and leaves every file as it was", async () => {
  await withBuiltTree(async (raw, out) => {
    const before = await snapshotOf(out);
    const report = await build(raw, out);
    assertEquals(report.files.map((f) => f.status), ALL_STEPS.map(() => "unchanged"));
    assertEquals(report.files.reduce((n, f) => n + f.computed, 0), 0);
    assertEquals(await snapshotOf(out), before);
  });
});

Deno.test("build: one new daily snapshot is computed alone, the others reused", async () => {
  await withBuiltTree(async (raw, out) => {
    const report = await rebuildWithSnapshot(
      raw,
      out,
      "deepstatemap_data_20250103.geojson",
      rectangle(30, 48, 30.25, 48.1),
    );
    const daily = fileReport(report, "deepstate_daily.csv");
    assertEquals([daily.status, daily.computed, daily.reused, daily.rows], ["written", 1, 2, 3]);
    // The Donetsk map keeps the last snapshot: the new one is clipped, the first one and the
    // labelled file's grey zone reused.
    const map = fileReport(report, "map_donetsk.geojson");
    assertEquals([map.status, map.computed, map.reused], ["written", 1, 2]); // + its grey zone
    for (const file of report.files) {
      if (file.output !== "deepstate_daily.csv" && file.output !== "map_donetsk.geojson") {
        assertEquals(file.status, "unchanged", file.output);
      }
    }
    // The incremental result equals a build from scratch.
    const fresh = await Deno.makeTempDir({ prefix: "claimbook-fresh-" });
    try {
      await build(raw, fresh, true);
      for (const name of ["deepstate_daily.csv", "map_donetsk.geojson"]) {
        assertEquals(
          await Deno.readTextFile(`${out}/${name}`),
          await Deno.readTextFile(`${fresh}/${name}`),
          name,
        );
      }
    } finally {
      await Deno.remove(fresh, { recursive: true });
    }
  });
});

Deno.test("build: a changed snapshot (same name, new sha256) is recomputed", async () => {
  await withBuiltTree(async (raw, out) => {
    const report = await rebuildWithSnapshot(
      raw,
      out,
      "deepstatemap_data_20250102.geojson",
      rectangle(30, 48, 30.05, 48.1),
    );
    const daily = fileReport(report, "deepstate_daily.csv");
    assertEquals([daily.computed, daily.reused], [1, 1]);
    const rows = await readCsv(`${out}/deepstate_daily.csv`, { UA05: "number" });
    assertEquals(rows[1].UA05, 0);
  });
});

/** Replaces the raw General Staff series with these records. */
function putGeneralStaff(
  raw: string,
  records: { date: string; day: number; personnel: number }[],
): Promise<void> {
  return putRawFile(raw, "general-staff/russia_losses_personnel.json", JSON.stringify(records));
}

async function failedBuildLeavesOutput(
  change: (raw: string) => Promise<void>,
  ...fragments: string[]
) {
  await withBuiltTree(async (raw, out) => {
    const before = await snapshotOf(out);
    await change(raw);
    const errors: string[] = [];
    const originalError = console.error;
    const originalLog = console.log;
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(" "));
    console.log = () => {};
    let code: number;
    try {
      code = await main(["--raw", raw, "--out", out]);
    } finally {
      console.error = originalError;
      console.log = originalLog;
    }
    assertEquals(code, 1);
    for (const fragment of fragments) {
      assert(errors.join("\n").includes(fragment), `'${errors.join("\n")}' lacks '${fragment}'`);
    }
    assertEquals(await snapshotOf(out), before, "data/derived must be left as it was");
  });
}

Deno.test("build: a truncated snapshot exits 1, names the file, and leaves the output untouched", async () => {
  await failedBuildLeavesOutput(
    async (raw) => {
      const text = dailySnapshot([rectangle(30, 48, 30.3, 48.1)]);
      await putRawFile(raw, "deepstate/deepstatemap_data_20250103.geojson", text.slice(0, 60));
    },
    "deepstatemap_data_20250103.geojson",
    "valid JSON",
  );
});

Deno.test("build: a snapshot without a polygon exits 1 naming the file and feature", async () => {
  await failedBuildLeavesOutput(
    async (raw) => {
      await putRawFile(
        raw,
        "deepstate/deepstatemap_data_20250103.geojson",
        JSON.stringify({
          type: "FeatureCollection",
          features: [{
            type: "Feature",
            properties: {},
            geometry: { type: "Point", coordinates: [30, 48] },
          }],
        }),
      );
    },
    "deepstatemap_data_20250103.geojson",
    "feature 0",
    "Polygon",
  );
});

Deno.test("build: a shapefile missing its .dbf exits 1 naming the .dbf", async () => {
  await failedBuildLeavesOutput(async (raw) => {
    await Deno.remove(`${raw}/boundaries/ukr_admbnda_adm1_q2_sspe_20171221.dbf`);
  }, "ukr_admbnda_adm1_q2_sspe_20171221.dbf");
});

Deno.test("build: a General Staff series that goes down exits 1 naming the record", async () => {
  await failedBuildLeavesOutput(
    (raw) =>
      putGeneralStaff(raw, [
        { date: "2025-01-01", day: 1043, personnel: 790800 },
        { date: "2025-01-02", day: 1044, personnel: 790000 },
      ]),
    "russia_losses_personnel.json",
    "record 2",
    "at least 790800",
  );
});

Deno.test("build: a raw file whose sha256 does not match SHA256SUMS exits 1 naming it", async () => {
  await failedBuildLeavesOutput(
    async (raw) => {
      await Deno.writeTextFile(
        `${raw}/deepstate/deepstatemap_data_20250102.geojson`,
        dailySnapshot([rectangle(30, 48, 30.3, 48.1)]),
      );
    },
    "deepstatemap_data_20250102.geojson",
    "sha256",
  );
});

Deno.test("build: a duplicated General Staff date exits 1", async () => {
  await failedBuildLeavesOutput(
    (raw) =>
      putGeneralStaff(raw, [
        { date: "2025-01-01", day: 1043, personnel: 790800 },
        { date: "2025-01-01", day: 1043, personnel: 790800 },
      ]),
    "record 2",
    "one report per date",
  );
});
