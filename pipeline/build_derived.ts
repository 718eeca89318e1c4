/**
 * Runs the steps and writes `data/derived/`: hashes the raw files, reuses what the manifest says
 * is up to date, runs the rest, and only when every step has succeeded moves the new files into
 * place (each by an atomic rename) and writes the manifest last. On any error the output folder
 * is left as it was.
 *
 * @module
 */
import { sha256Hex } from "../lib/io/sha256.ts";
import { unpinAll } from "../lib/io/pinned_files.ts";
import { acceptedFor } from "./accepted.ts";
import { DataError } from "../lib/io/data_error.ts";
import {
  codeVersion,
  formatManifest,
  type Manifest,
  manifestOrigins,
  readManifest,
} from "./manifest.ts";
import { REPO_ROOT } from "./paths.ts";
import { createProgress, type Progress } from "./progress.ts";
import { publishDerived, recoverStaging } from "./publish.ts";
import { readIfExists } from "./read_if_exists.ts";
import { upstreamUrl } from "./sources.ts";
import type { Step } from "./step.ts";
import { verifyRaw } from "./verify_raw.ts";

/** Options of {@link buildDerived}. */
export interface BuildOptions {
  rawDir: string;
  outDir: string;
  steps: readonly Step[];
  /** Recorded in the manifest. */
  command?: string;
  progress?: Progress;
  /** Ignore the previous build: recompute every file and row (used by `data:check`). */
  full?: boolean;
  /** Repository root, for the code version. */
  root?: string;
  /** Called after each file is moved into place (tests throw here to simulate a crash). */
  afterRename?: (name: string) => void | Promise<void>;
  /** Where notes go (a finished or discarded interrupted build, a warning); default stderr. */
  log?: (message: string) => void;
}

/** What happened to one derived file. */
export interface FileReport {
  output: string;
  /** `unchanged`: inputs and code as before, not run; `written`/`same`: run, bytes changed or not. */
  status: "unchanged" | "written" | "same";
  rows: number;
  computed: number;
  reused: number;
  /** Time spent on this file, seconds. */
  seconds: number;
}

/** The outcome of a build. */
export interface BuildReport {
  files: FileReport[];
  manifest: Manifest;
  seconds: number;
}

function sameInputs(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  return a.size === b.size && [...a].every(([path, hash]) => b.get(path) === hash);
}

/**
 * Builds the derived files of `steps` from `rawDir` into `outDir` (incrementally unless `full`).
 *
 * @example
 * ```ts
 * import { buildDerived } from "./build_derived.ts";
 * import { ALL_STEPS } from "./steps/all.ts";
 * const report = await buildDerived({
 *   rawDir: "../shared/data/raw",
 *   outDir: "data/derived",
 *   steps: ALL_STEPS,
 * });
 * report.files.map((f) => `${f.output}: ${f.status}`);
 * ```
 */
export async function buildDerived(options: BuildOptions): Promise<BuildReport> {
  const started = performance.now();
  const { rawDir, outDir, steps } = options;
  const log = options.log ?? ((message: string) => console.warn(message));
  await Deno.mkdir(outDir, { recursive: true });
  for (const note of await recoverStaging(outDir)) log(`note: ${note}`);
  try {
    return await build(options, rawDir, outDir, steps, log, started);
  } finally {
    unpinAll();
  }
}

async function build(
  options: BuildOptions,
  rawDir: string,
  outDir: string,
  steps: readonly Step[],
  log: (message: string) => void,
  started: number,
): Promise<BuildReport> {
  const progress = options.progress ?? createProgress();
  const command = options.command ?? "deno task data:build";
  const manifestPath = `${outDir}/manifest.json`;
  // An unreadable manifest is refused, not silently replaced: only --full may start afresh.
  const previous = options.full ? undefined : await readManifest(manifestPath).catch((error) => {
    throw new DataError(
      manifestPath,
      "the file",
      "a readable manifest (run deno task data:build --full to rebuild every file and " +
        "replace it, or git checkout data/ to restore it)",
      error instanceof DataError ? error.found ?? error.expected : (error as Error).message,
    );
  });
  const rawHashes = await verifyRaw(rawDir, (message) => log(`warning: ${message}`));
  const code = await codeVersion(options.root ?? REPO_ROOT);
  const memo = new Map<string, Promise<unknown>>();

  const manifest: Manifest = { files: {} };
  const changed = new Map<string, string>();
  const files: FileReport[] = [];
  for (const step of steps) {
    const stepStarted = performance.now();
    const inputs = step.inputs(rawHashes);
    for (const path of inputs) {
      if (!rawHashes.has(path)) {
        throw new DataError(
          `${rawDir}/${path}`,
          "the file",
          `a raw input of ${step.output}`,
          "none",
        );
      }
    }
    const current = new Map(inputs.map((path) => [path, rawHashes.get(path)!]));
    const entry = previous?.files[step.output];
    const existingText = await readIfExists(`${outDir}/${step.output}`);
    const existingHash = existingText === undefined ? undefined : await sha256Hex(existingText);
    // Reuse only a file the manifest vouches for, made by this very code.
    const previousIntact = entry !== undefined && existingHash === entry.sha256 &&
      entry.code_version === code;
    const previousText = previousIntact ? existingText : undefined;
    const previousInputs = new Map(entry?.inputs.map((i) => [i.path, i.sha256]) ?? []);
    const now = new Date().toISOString();
    const inputList = inputs.map((path) => ({
      path,
      sha256: current.get(path)!,
      url: upstreamUrl(path) ?? null,
    }));
    const origins = manifestOrigins(inputs);

    const accepted = acceptedFor(inputs);
    if (entry !== undefined && existingHash !== undefined && existingHash !== entry.sha256) {
      log(`warning: ${outDir}/${step.output}: differs from manifest.json's sha256, recomputed`);
    }
    if (previousIntact && sameInputs(current, previousInputs)) {
      // Written key by key, so that the manifest's text has the same order as a fresh entry's.
      manifest.files[step.output] = {
        sha256: entry!.sha256,
        rows: entry!.rows,
        inputs: inputList,
        origins,
        command,
        code_version: entry!.code_version,
        made: entry!.made,
        ...(accepted.length > 0 ? { accepted } : {}),
      };
      files.push({
        output: step.output,
        status: "unchanged",
        rows: entry!.rows,
        computed: 0,
        reused: entry!.rows,
        seconds: (performance.now() - stepStarted) / 1000,
      });
      continue;
    }
    const shared = step.sharedInputs?.(rawHashes) ?? inputs;
    const sharedSame = shared.every((path) => previousInputs.get(path) === current.get(path));
    const result = await step.run({
      rawDir,
      rawHashes,
      previousText: previousIntact && sharedSame ? previousText : undefined,
      previousInputs: previousIntact && sharedSame ? previousInputs : undefined,
      progress,
      memo,
    });
    const hash = await sha256Hex(result.text);
    const same = existingHash === hash;
    manifest.files[step.output] = {
      sha256: hash,
      rows: result.rows,
      inputs: inputList,
      origins,
      command,
      code_version: code,
      made: same && entry?.sha256 === hash ? entry.made : now,
      ...(accepted.length > 0 ? { accepted } : {}),
    };
    if (!same) changed.set(step.output, result.text);
    files.push({
      output: step.output,
      status: same ? "same" : "written",
      rows: result.rows,
      computed: result.computed,
      reused: result.reused,
      seconds: (performance.now() - stepStarted) / 1000,
    });
  }
  // Keep entries of files this run did not build (a partial step list, e.g. in tests).
  for (const [name, entry] of Object.entries(previous?.files ?? {})) {
    if (!(name in manifest.files) && !steps.some((s) => s.output === name)) {
      manifest.files[name] = entry;
    }
  }

  // Everything computed: publish the set (the manifest last) all or nothing.
  changed.set("manifest.json", formatManifest(manifest));
  await publishDerived(outDir, changed, { afterRename: options.afterRename });
  return { files, manifest, seconds: (performance.now() - started) / 1000 };
}
