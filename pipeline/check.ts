/**
 * `deno task data:check`: rebuilds every derived file from the raw files in a temporary folder,
 * from scratch, and compares it byte for byte with `data/derived/` (the manifest too, except the
 * times). Exits non-zero and names each difference if they differ.
 *
 * Options: `--raw DIR`, `--derived DIR` (defaults as for `data:build`).
 *
 * @module
 */
import { DataError } from "../lib/io/data_error.ts";
import { buildDerived } from "./build_derived.ts";
import { type Manifest, readManifest, withoutTimes } from "./manifest.ts";
import { DEFAULT_OUT_DIR, DEFAULT_RAW_DIR } from "./paths.ts";
import type { Progress } from "./progress.ts";
import { readIfExists } from "./read_if_exists.ts";
import type { Step } from "./step.ts";
import { ALL_STEPS } from "./steps/all.ts";

/** Options of {@link checkDerived}. */
export interface CheckOptions {
  rawDir: string;
  derivedDir: string;
  steps: readonly Step[];
  progress?: Progress;
}

/** The outcome of {@link checkDerived}. */
export interface CheckResult {
  /** What makes the check fail: differing, missing or unexpected data, wrong inputs. */
  differences: string[];
  /** What does not: a manifest entry recording an older code version for identical bytes. */
  notes: string[];
}

/**
 * Where two derived texts first differ: for a CSV the line, column name, found and expected
 * cell; for another file (GeoJSON) the line, the character and an excerpt of each.
 *
 * @example
 * ```ts
 * import { firstDifference } from "./check.ts";
 * firstDifference("a,b\n1,2\n", "a,b\n1,3\n"); // "line 2, column b: found '2', expected '3'"
 * ```
 */
export function firstDifference(found: string, expected: string, file = "x.csv"): string {
  const a = found.split("\n");
  const b = expected.split("\n");
  const line = a.findIndex((text, i) => text !== b[i]);
  if (line < 0) return `${b.length - a.length} more lines expected`;
  if (!file.endsWith(".csv")) {
    // Not a table (GeoJSON): a position and an excerpt, not a "column".
    const x = a[line], y = b[line] ?? "";
    let at = 0;
    while (at < x.length && x[at] === y[at]) at++;
    const excerpt = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 20), at + 20));
    return `line ${line + 1}, character ${at + 1}: found ${excerpt(x)}, expected ${excerpt(y)}`;
  }
  const header = (b[0] ?? "").split(",");
  const cellsA = a[line].split(",");
  const cellsB = (b[line] ?? "").split(",");
  const column = cellsA.findIndex((cell, i) => cell !== cellsB[i]);
  const at = column < 0 ? cellsB.length : column;
  return `line ${line + 1}, column ${header[at] ?? at + 1}: found '${cellsA[at] ?? ""}', ` +
    `expected '${cellsB[at] ?? ""}'`;
}

function stable(manifest: Manifest | undefined): string {
  if (!manifest) return "";
  // The command may differ (e.g. `--download`) without the data differing.
  const files = withoutTimes(manifest).files;
  return JSON.stringify(
    Object.keys(files).sort().map((name) => [name, { ...files[name], command: "" }]),
  );
}

/**
 * The differences between `derivedDir` and a fresh build of `steps` from `rawDir`: one line per
 * differing or missing file or manifest entry (empty when they agree), and notes that do not fail
 * the check (a stale code version for identical bytes).
 *
 * @example
 * ```ts
 * import { checkDerived } from "./check.ts";
 * import { ALL_STEPS } from "./steps/all.ts";
 * const { differences } = await checkDerived({
 *   rawDir: "../shared/data/raw",
 *   derivedDir: "data/derived",
 *   steps: ALL_STEPS,
 * });
 * differences.length === 0; // true when data/derived is up to date
 * ```
 */
export async function checkDerived(options: CheckOptions): Promise<CheckResult> {
  const fresh = await Deno.makeTempDir({ prefix: "claimbook-check-" });
  try {
    await buildDerived({
      rawDir: options.rawDir,
      outDir: fresh,
      steps: options.steps,
      full: true,
      progress: options.progress,
    });
    const differences: string[] = [];
    for (const step of options.steps) {
      const expected = await Deno.readTextFile(`${fresh}/${step.output}`);
      const found = await readIfExists(`${options.derivedDir}/${step.output}`);
      if (found === undefined) differences.push(`${step.output}: missing`);
      else if (found !== expected) {
        differences.push(
          `${step.output}: differs from a fresh build (${
            firstDifference(found, expected, step.output)
          })`,
        );
      }
    }
    const built = await readManifest(`${fresh}/manifest.json`);
    const existing = await readManifest(`${options.derivedDir}/manifest.json`).catch((error) => {
      differences.push(`manifest.json: ${(error as Error).message}`);
      return undefined;
    });
    const subset = existing && {
      files: Object.fromEntries(
        Object.entries(existing.files).filter(([name]) => name in (built?.files ?? {})),
      ),
    };
    const notes: string[] = [];
    if (existing && subset && built && stable(subset) !== stable(built)) {
      for (const name of Object.keys(built.files)) {
        const a = existing.files[name];
        const b = built.files[name];
        if (!a) differences.push(`manifest.json: no entry for ${name}`);
        else if (
          stable({ files: { [name]: { ...a, code_version: "" } } }) !==
            stable({ files: { [name]: { ...b, code_version: "" } } })
        ) {
          differences.push(
            `manifest.json: ${name}: inputs, rows or sha256 differ from a fresh build`,
          );
        } else if (a.code_version !== b.code_version) {
          // Same bytes from the same inputs: only the recorded provenance is stale.
          notes.push(
            `manifest.json: ${name} records another code version (same bytes; rebuild to refresh)`,
          );
        }
      }
    } else if (!existing && !differences.some((d) => d.startsWith("manifest.json"))) {
      differences.push("manifest.json: missing");
    }
    return { differences, notes };
  } finally {
    await Deno.remove(fresh, { recursive: true });
  }
}

/** What `deno task data:check --help` prints. */
export const CHECK_USAGE = `deno task data:check [--raw DIR] [--derived DIR]

Rebuilds every derived file from the raw files in a temporary folder, from scratch, and compares it
byte for byte with the derived folder (the manifest too, except its times). Exits 1 naming each
difference, 0 when they are the same.

  --raw DIR      the raw files (default ${DEFAULT_RAW_DIR})
  --derived DIR  the derived files to check (default ${DEFAULT_OUT_DIR})
  --help         this text`;

/**
 * Runs `data:check` and returns the exit code: 0 when `data/derived/` is exactly what the
 * pipeline makes, 1 otherwise (each difference printed).
 *
 * @example
 * ```ts
 * import { main } from "./check.ts";
 * const code = await main([]);
 * ```
 */
export async function main(args: readonly string[]): Promise<number> {
  try {
    let rawDir = DEFAULT_RAW_DIR;
    let derivedDir = DEFAULT_OUT_DIR;
    for (let i = 0; i < args.length; i++) {
      if (args[i] === "--help" || args[i] === "-h") {
        console.log(CHECK_USAGE);
        return 0;
      }
      if (args[i] === "--raw" && args[i + 1]) rawDir = args[++i];
      else if (args[i] === "--derived" && args[i + 1]) derivedDir = args[++i];
      else throw new DataError("command line", `'${args[i]}'`, "--raw DIR or --derived DIR");
    }
    const { differences, notes } = await checkDerived({ rawDir, derivedDir, steps: ALL_STEPS });
    for (const note of notes) console.error(`data:check: note: ${note}`);
    for (const difference of differences) console.error(`data:check: ${difference}`);
    if (differences.length === 0) {
      console.log(`data:check: ${derivedDir} is exactly what the pipeline makes from ${rawDir}`);
    }
    return differences.length === 0 ? 0 : 1;
  } catch (error) {
    console.error(error instanceof DataError ? `error: ${error.message}` : error);
    return 1;
  }
}

if (import.meta.main) Deno.exit(await main(Deno.args));
