/**
 * `deno task reproduce`: checks every implemented claim from `data/` as of a date (default
 * 2025-12-31, the article's), prints one line per claim (id, stated, computed, verdict), writes
 * the reviewers' report (`out/report/index.html` and `claims.json`) and, with `--json FILE`, the
 * checked claims as machine-readable records.
 *
 * Exit status: 0 whatever the verdicts; 1 when a claim cannot be computed (missing or bad data,
 * an as-of date the data do not reach) or the report cannot be written; 2 on bad arguments.
 *
 * @example
 * ```sh
 * deno task reproduce
 * deno task reproduce --asof 2026-03-31 --json out/claims-2026-03-31.json
 * ```
 *
 * @module
 */
import { type Claim, VERDICTS } from "../lib/claims/claim.ts";
import { allClaims, checkAll, type CheckedClaim } from "../lib/claims/registry.ts";
import { claimRecord, statedText } from "../lib/claims/display.ts";
import { refuseSymlinks, writeFilesTogether } from "../lib/io/write_together.ts";
import { DEFAULT_DATA_DIR } from "../lib/data/data_dir.ts";
import { writeReport } from "../lib/report/write_report.ts";

/** The article's as-of date, the default. */
export const DEFAULT_AS_OF = "2025-12-31";

/** The parsed command line. */
export interface ReproduceOptions {
  asOf: string;
  /** Where to write the machine-readable records, or `null`. */
  json: string | null;
  dataDir: string;
  /** The report folder, or `null` for no report (`--no-report`). */
  outDir: string | null;
  help: boolean;
}

const USAGE = `Usage: deno task reproduce [--asof YYYY-MM-DD] [--json FILE] [--data DIR] [--out DIR]
                              [--no-report]
  --asof YYYY-MM-DD  check every claim as of the end of that day (default ${DEFAULT_AS_OF})
  --json FILE        also write the checked claims as JSON (under out/ with the task's permissions)
  --data DIR         the data folder (default: this repository's data/)
  --out DIR          the report folder (default out/report)
  --no-report        print only, write no report`;

/** A command-line mistake (exit status 2). */
export class UsageError extends Error {
  override name = "UsageError";
}

/**
 * Parses the command line; throws a {@link UsageError} on an unknown flag, a missing value or a
 * malformed date.
 *
 * @example
 * ```ts
 * import { parseReproduceArgs } from "./reproduce.ts";
 * parseReproduceArgs(["--asof", "2026-03-31"]).asOf; // "2026-03-31"
 * ```
 */
export function parseReproduceArgs(args: readonly string[]): ReproduceOptions {
  const options: ReproduceOptions = {
    asOf: DEFAULT_AS_OF,
    json: null,
    dataDir: DEFAULT_DATA_DIR,
    outDir: "out/report",
    help: false,
  };
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].split(/=(.*)/s, 2);
    const value = () => {
      const v = inline ?? args[++i];
      if (v === undefined || v === "") throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case "--asof":
      case "--as-of": {
        const date = value();
        const time = Date.parse(`${date}T00:00:00Z`);
        if (
          !/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(time) ||
          new Date(time).toISOString().slice(0, 10) !== date
        ) {
          throw new UsageError(`--asof expects a date YYYY-MM-DD, found '${date}'`);
        }
        options.asOf = date;
        break;
      }
      case "--json":
        options.json = value();
        break;
      case "--data":
        options.dataDir = value();
        break;
      case "--out":
        options.outDir = value();
        break;
      case "--no-report":
        options.outDir = null;
        break;
      case "--help":
      case "-h":
        options.help = true;
        break;
      default:
        throw new UsageError(`unknown argument '${args[i]}'`);
    }
  }
  return options;
}

function pad(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - [...text].length));
}

/**
 * The printed table: one line per claim with id, stated, computed and verdict, columns aligned.
 *
 * @example
 * ```ts
 * import { formatClaimTable } from "./reproduce.ts";
 * formatClaimTable([]); // "id  stated  computed  verdict\n"
 * ```
 */
export function formatClaimTable(checked: readonly CheckedClaim[]): string {
  const rows = [
    ["id", "stated", "computed", "verdict"],
    ...checked.map(({ claim, check }) => [
      claim.id,
      statedText(claim),
      check.valueText,
      check.verdict,
    ]),
  ];
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => [...r[c]].length)));
  return rows.map((r) =>
    `${pad(r[0], widths[0])}  ${pad(r[1], widths[1])}  ${pad(r[2], widths[2])}  ${r[3]}`
  ).join("\n") + "\n";
}

/**
 * The JSON `--json` writes: the as-of date and one record per claim (the claim's fields plus its
 * check: value, verdict, band, method, inputs, alternatives, notes).
 *
 * @example
 * ```ts
 * import { claimsJson } from "./reproduce.ts";
 * JSON.parse(claimsJson([], "2025-12-31")).claims; // []
 * ```
 */
export function claimsJson(checked: readonly CheckedClaim[], asOf: string): string {
  return JSON.stringify(
    { asOf, claims: checked.map(({ claim, check }) => claimRecord(claim, check)) },
    null,
    2,
  ) + "\n";
}

/**
 * Why the task cannot write `path` (a file or the report folder), or `undefined` when it can:
 * outside the folders it may write (`out/` for `deno task reproduce`), or through a symbolic
 * link.
 *
 * @example
 * ```ts
 * import { outputProblem } from "./reproduce.ts";
 * await outputProblem("/etc/claims.json"); // "--json/--out '/etc/claims.json': ..."
 * ```
 */
export async function outputProblem(path: string): Promise<string | undefined> {
  try {
    refuseSymlinks(path);
  } catch (error) {
    return `cannot write '${path}': ${(error as Error).message}`;
  }
  const status = await Deno.permissions.query({ name: "write", path });
  if (status.state !== "granted") {
    return `cannot write '${path}': the task may write only under out/ (e.g. --json ` +
      `out/checks.json, --out out/report)`;
  }
  return undefined;
}

/**
 * Runs the job and returns the exit status (0, 1 or 2); prints to stdout and errors to stderr.
 * `claims` defaults to every registered claim (tests pass a subset).
 *
 * @example
 * ```ts
 * import { reproduce } from "./reproduce.ts";
 * const status = await reproduce(["--asof", "2025-12-31", "--no-report"]);
 * ```
 */
export async function reproduce(
  args: readonly string[],
  claims: readonly Claim[] = allClaims(),
): Promise<number> {
  let options: ReproduceOptions;
  try {
    options = parseReproduceArgs(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`reproduce: ${error.message}\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  // Where the output goes is checked before anything is computed.
  for (const target of [options.json, options.outDir]) {
    const problem = target === null ? undefined : await outputProblem(target);
    if (problem) {
      console.error(`reproduce: ${problem}\n${USAGE}`);
      return 2;
    }
  }
  let checked: CheckedClaim[];
  try {
    checked = await checkAll({ asOf: options.asOf, dataDir: options.dataDir, claims });
  } catch (error) {
    console.error(`reproduce: cannot compute as of ${options.asOf}: ${(error as Error).message}`);
    return 1;
  }
  console.log(`Claims of "An impossible compromise", checked as of the end of ${options.asOf}:\n`);
  console.log(formatClaimTable(checked));
  const counts = new Map<string, number>();
  for (const { check } of checked) counts.set(check.verdict, (counts.get(check.verdict) ?? 0) + 1);
  console.log(
    `${checked.length} claims: ${
      VERDICTS.filter((v) => counts.has(v)).map((v) => `${counts.get(v)} ${v}`).join(", ")
    }`,
  );
  try {
    // The JSON and the report are one set: staged, then moved into place together.
    const json = options.json === null
      ? new Map<string, string>()
      : new Map([[options.json, claimsJson(checked, options.asOf)]]);
    if (options.outDir !== null) {
      const path = await writeReport({
        claims: checked.map(({ claim }) => claim),
        checks: checked.map(({ check }) => check),
        asOf: options.asOf,
        outDir: options.outDir,
        dataDir: options.dataDir,
      }, json);
      if (options.json !== null) console.log(`JSON: ${options.json}`);
      console.log(`Report: ${path}`);
    } else if (options.json !== null) {
      await writeFilesTogether(json);
      console.log(`JSON: ${options.json}`);
    }
  } catch (error) {
    console.error(`reproduce: cannot write the output: ${(error as Error).message}`);
    return 1;
  }
  return 0;
}

if (import.meta.main) {
  Deno.exit(await reproduce(Deno.args));
}
