/**
 * The shape of one pipeline step (OWID etl style: load, process, save). A step declares the raw
 * files it reads and returns the text of one derived file; `build.ts` hashes, stages and writes.
 *
 * @module
 */
import type { Progress } from "./progress.ts";

/** What a step reads and may reuse. */
export interface StepContext {
  /** Absolute path of the raw folder (holding `general-staff/`, `deepstate/`, ...). */
  rawDir: string;
  /** sha256 of every raw file, keyed by its path relative to `rawDir` (`deepstate/x.geojson`). */
  rawHashes: ReadonlyMap<string, string>;
  /** The previous text of this step's output, when the previous build may be reused row by row
   * (same code version, same shared inputs, file unmodified); otherwise undefined. */
  previousText?: string;
  /** The previous build's inputs of this output (path to sha256), when `previousText` is set. */
  previousInputs?: ReadonlyMap<string, string>;
  progress: Progress;
  /** Values shared between steps of one build (e.g. the oblast geometries), keyed by name. */
  memo: Map<string, Promise<unknown>>;
}

/** The result of a step. */
export interface StepResult {
  /** The whole derived file. */
  text: string;
  /** Number of data rows. */
  rows: number;
  /** Items (snapshots) computed in this run. */
  computed: number;
  /** Items reused from the previous output. */
  reused: number;
}

/** One derived file and how it is made. */
export interface Step {
  /** The derived file's name in `data/derived/`. */
  output: string;
  /** The raw files it reads, relative to the raw folder, sorted. */
  inputs(rawHashes: ReadonlyMap<string, string>): string[];
  /** Inputs whose change invalidates every row (e.g. the oblast boundaries), as opposed to
   * per-snapshot inputs that only invalidate their own row. Defaults to all inputs. */
  sharedInputs?(rawHashes: ReadonlyMap<string, string>): string[];
  run(context: StepContext): Promise<StepResult>;
}

/**
 * Memoizes a value per build under `key`, so that steps share expensive loads.
 *
 * @example
 * ```ts
 * import { memoized, type StepContext } from "./step.ts";
 * declare const context: StepContext;
 * const units = await memoized(context, "oblasts", () => Promise.resolve([1, 2]));
 * ```
 */
export function memoized<T>(context: StepContext, key: string, load: () => Promise<T>): Promise<T> {
  let value = context.memo.get(key) as Promise<T> | undefined;
  if (!value) {
    value = load();
    context.memo.set(key, value);
  }
  return value;
}

/**
 * The raw files of one folder with a given suffix, sorted by name.
 *
 * @example
 * ```ts
 * import { filesIn } from "./step.ts";
 * filesIn(new Map([["deepstate/a.geojson", "00"]]), "deepstate", ".geojson"); // ["deepstate/a.geojson"]
 * ```
 */
export function filesIn(
  rawHashes: ReadonlyMap<string, string>,
  folder: string,
  suffix: string,
): string[] {
  return [...rawHashes.keys()]
    .filter((path) => path.startsWith(`${folder}/`) && path.endsWith(suffix))
    .sort();
}
