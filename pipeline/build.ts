/**
 * `deno task data:build`: raw files → `data/derived/`.
 *
 * Options: `--raw DIR` (default `../shared/data/raw`), `--out DIR` (default `data/derived`),
 * `--download` (fetch the raw files the manifest lists into `.cache/raw` first, checked against
 * their sha256, and build from there), `--download-from URL` (fetch from this origin instead of
 * the upstream hosts, e.g. a local mirror), `--cache DIR`, `--full` (recompute everything).
 * Exits non-zero on any error, leaving `data/derived/` as it was.
 *
 * @module
 */
import { DataError } from "../lib/io/data_error.ts";
import { buildDerived } from "./build_derived.ts";
import { downloadRaw } from "./download.ts";
import { readManifest } from "./manifest.ts";
import { DEFAULT_CACHE_DIR, DEFAULT_OUT_DIR, DEFAULT_RAW_DIR } from "./paths.ts";
import { ALL_STEPS } from "./steps/all.ts";

/** Parsed command-line options of `data:build`. */
export interface BuildArgs {
  raw: string;
  out: string;
  cache: string;
  download: boolean;
  downloadFrom?: string;
  full: boolean;
}

/**
 * Parses the command line of `data:build`; an unknown option throws a {@link DataError}.
 *
 * @example
 * ```ts
 * import { parseBuildArgs } from "./build.ts";
 * parseBuildArgs(["--out", "/tmp/derived"]).out; // "/tmp/derived"
 * ```
 */
export function parseBuildArgs(args: readonly string[]): BuildArgs {
  const parsed: BuildArgs = {
    raw: DEFAULT_RAW_DIR,
    out: DEFAULT_OUT_DIR,
    cache: DEFAULT_CACHE_DIR,
    download: false,
    full: false,
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = () => {
      const v = args[++i];
      if (v === undefined) throw new DataError("command line", arg, "a value after it");
      return v;
    };
    if (arg === "--raw") parsed.raw = value();
    else if (arg === "--out") parsed.out = value();
    else if (arg === "--cache") parsed.cache = value();
    else if (arg === "--download") parsed.download = true;
    else if (arg === "--download-from") parsed.downloadFrom = value();
    else if (arg === "--full") parsed.full = true;
    else {
      throw new DataError(
        "command line",
        `'${arg}'`,
        "--raw DIR, --out DIR, --download, --download-from URL, --cache DIR or --full",
      );
    }
  }
  return parsed;
}

/** What `data:build --help` prints. */
export const BUILD_USAGE = `deno task data:build [options]: derive data/derived/ from the raw files

  --raw DIR            the raw folder (default ../shared/data/raw; another folder needs
                       deno run --allow-read=.,DIR --allow-write=data/derived pipeline/build.ts)
  --out DIR            where to write (default data/derived)
  --full               recompute everything (default: only new or changed snapshots)
  --download           fetch the raw inputs the manifest lists into the cache first
  --download-from URL  fetch them from a mirror with the same paths
  --cache DIR          the download cache (default .cache/raw)
  --help               this text`;

/**
 * Runs `data:build` with the given arguments and returns the exit code (0 on success); errors
 * are printed to stderr.
 *
 * @example
 * ```ts
 * import { main } from "./build.ts";
 * const code = await main(["--out", "/tmp/derived"]);
 * ```
 */
export async function main(args: readonly string[]): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    console.log(BUILD_USAGE);
    return 0;
  }
  try {
    const options = parseBuildArgs(args);
    let rawDir = options.raw;
    if (options.download) {
      const manifest = await readManifest(`${options.out}/manifest.json`);
      if (!manifest) {
        throw new DataError(
          `${options.out}/manifest.json`,
          "the file",
          "a manifest to download by",
        );
      }
      rawDir = await downloadRaw(manifest, options.cache, { origin: options.downloadFrom });
    }
    const report = await buildDerived({
      rawDir,
      outDir: options.out,
      steps: ALL_STEPS,
      full: options.full,
      command: options.download ? "deno task data:build --download" : "deno task data:build",
    });
    for (const file of report.files) {
      console.log(
        `${file.output}: ${file.status}, ${file.rows} rows` +
          (file.status === "unchanged"
            ? ""
            : ` (${file.computed} computed, ${file.reused} reused, ${file.seconds.toFixed(2)} s)`),
      );
    }
    console.log(`done in ${report.seconds.toFixed(2)} s`);
    return 0;
  } catch (error) {
    console.error(error instanceof DataError ? `error: ${error.message}` : error);
    return 1;
  }
}

if (import.meta.main) Deno.exit(await main(Deno.args));
