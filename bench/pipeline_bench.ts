/**
 * Speed of the pipeline on the real raw files (`deno task bench`; skipped without ../shared):
 *
 * - "one snapshot": parse one DeepState daily file and compute its area in total and inside each
 *   of the 27 units; its iter/s column is the number of snapshots per second.
 * - "cold": the whole deepstate_daily step from scratch (717 snapshots × 27 units, one run).
 * - "incremental": the same step when one new day was added (716 rows reused, 1 computed).
 *
 * @module
 */
import { DEFAULT_RAW_DIR } from "../pipeline/paths.ts";
import { createProgress } from "../pipeline/progress.ts";
import type { StepContext } from "../pipeline/step.ts";
import { loadOblastUnits } from "../pipeline/oblast_units.ts";
import {
  deepstateDailyStep,
  snapshotPolygon,
  snapshotRow,
} from "../pipeline/steps/deepstate_daily.ts";
import { verifyRaw } from "../pipeline/verify_raw.ts";

const available = await Deno.stat(`${DEFAULT_RAW_DIR}/deepstate`).then(() => true, () => false);
const rawHashes = available ? await verifyRaw(DEFAULT_RAW_DIR) : new Map<string, string>();
const units = available ? await loadOblastUnits(DEFAULT_RAW_DIR) : [];
const sample = "deepstate/deepstatemap_data_20260101.geojson";
const sampleText = available ? await Deno.readTextFile(`${DEFAULT_RAW_DIR}/${sample}`) : "";

function context(previousText?: string): StepContext {
  return {
    rawDir: DEFAULT_RAW_DIR,
    rawHashes,
    previousText,
    progress: createProgress(false),
    memo: new Map([["oblast-units", Promise.resolve(units)]]),
  };
}

// The full output minus its last row: what the step finds when one new day has arrived.
const withoutLastDay = available
  ? (await deepstateDailyStep.run(context())).text.replace(/[^\n]*\n$/, "")
  : undefined;

Deno.bench({
  name: "deepstate daily: one snapshot × 27 units (iter/s = snapshots per second)",
  ignore: !available,
  fn() {
    snapshotRow(snapshotPolygon(sampleText, sample), units);
  },
});

Deno.bench({
  name: `deepstate daily: cold, all ${
    [...rawHashes.keys()].filter((p) => p.startsWith("deepstate/")).length
  } snapshots × 27 units`,
  ignore: !available,
  n: 1,
  warmup: 0,
  async fn() {
    await deepstateDailyStep.run(context());
  },
});

Deno.bench({
  name: "deepstate daily: incremental, one new day (the rest reused)",
  ignore: !available,
  n: 5,
  warmup: 1,
  async fn() {
    const result = await deepstateDailyStep.run(context(withoutLastDay));
    if (result.computed !== 1) throw new Error(`expected 1 computed, found ${result.computed}`);
  },
});
