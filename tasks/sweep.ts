/**
 * `deno task sweep [FROM:TO]`: re-checks every claim on every day from FROM to TO (default: the
 * first day every claim can be computed through the last day the data reach) in one process,
 * writes `out/sweep.csv` (one row per claim and day) and prints, per claim, each verdict's share
 * of the days and the date ranges over which it held.
 *
 * Exit status: 0 whatever the verdicts (gaps included: they are rows with a reason); 1 when the
 * data cannot be read or the file cannot be written; 2 on bad arguments.
 *
 * @example
 * ```sh
 * deno task sweep
 * deno task sweep 2025-01-01:2026-07-02 --out out/sweep-2025.csv
 * ```
 *
 * @module
 */
import { DEFAULT_DATA_DIR } from "../lib/data/data_dir.ts";
import { writeTextFileAtomic } from "../lib/io/atomic_write.ts";
import { defaultSweepRange } from "../lib/sweep/default_range.ts";
import { sweepClaims } from "../lib/sweep/sweep.ts";
import { sweepCsv } from "../lib/sweep/sweep_csv.ts";
import { formatSweepSummary } from "../lib/sweep/verdict_runs.ts";

/** The parsed command line. */
export interface SweepArgs {
  range: { from: string; to: string } | null;
  dataDir: string;
  out: string;
  help: boolean;
}

const USAGE = `Usage: deno task sweep [FROM:TO] [--data DIR] [--out FILE]
  FROM:TO     the as-of days, inclusive, e.g. 2025-01-01:2026-07-02 (default: the first day every
              claim can be computed through the last day the data reach)
  --data DIR  the data folder (default: this repository's data/)
  --out FILE  the CSV to write (default out/sweep.csv; under out/ with the task's permissions)`;

function isDate(text: string): boolean {
  const time = Date.parse(`${text}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(time) &&
    new Date(time).toISOString().slice(0, 10) === text;
}

/**
 * Parses the command line (`--sweep FROM:TO` is accepted too); throws on an unknown flag, a
 * malformed range or FROM after TO.
 *
 * @example
 * ```ts
 * import { parseSweepArgs } from "./sweep.ts";
 * parseSweepArgs(["2026-01-01:2026-03-31"]).range; // { from: "2026-01-01", to: "2026-03-31" }
 * ```
 */
export function parseSweepArgs(args: readonly string[]): SweepArgs {
  const parsed: SweepArgs = {
    range: null,
    dataDir: DEFAULT_DATA_DIR,
    out: "out/sweep.csv",
    help: false,
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = () => {
      const v = args[++i];
      if (v === undefined || v === "") throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === "--help" || arg === "-h") parsed.help = true;
    else if (arg === "--data") parsed.dataDir = value();
    else if (arg === "--out") parsed.out = value();
    else if (arg === "--sweep" || !arg.startsWith("-")) {
      const text = arg === "--sweep" ? value() : arg;
      const [from, to, extra] = text.split(":");
      if (extra !== undefined || !isDate(from ?? "") || !isDate(to ?? "")) {
        throw new Error(`expected a range FROM:TO of dates YYYY-MM-DD, found '${text}'`);
      }
      if (from > to) throw new Error(`the range ${text} ends before it starts`);
      parsed.range = { from, to };
    } else throw new Error(`unknown argument '${arg}'`);
  }
  return parsed;
}

if (import.meta.main) {
  let args: SweepArgs;
  try {
    args = parseSweepArgs(Deno.args);
  } catch (error) {
    console.error(`sweep: ${(error as Error).message}\n${USAGE}`);
    Deno.exit(2);
  }
  if (args.help) {
    console.log(USAGE);
    Deno.exit(0);
  }
  try {
    const started = performance.now();
    const range = args.range ?? await defaultSweepRange(args.dataDir);
    const rows = await sweepClaims({ ...range, dataDir: args.dataDir });
    await writeTextFileAtomic(args.out, sweepCsv(rows));
    const seconds = (performance.now() - started) / 1000;
    console.log(formatSweepSummary(rows));
    const gaps = rows.filter((row) => row.verdict === "gap").length;
    console.log(
      `sweep: ${rows.length} checks (${range.from} to ${range.to}), ${gaps} gaps, ` +
        `${seconds.toFixed(1)} s; wrote ${args.out}`,
    );
  } catch (error) {
    console.error(`sweep: ${(error as Error).message}`);
    Deno.exit(1);
  }
}
