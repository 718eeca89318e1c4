/**
 * Runs the notebooks headless in real Jupyter with the Deno kernel, two at a time, and checks what
 * they show (with `check.ts`).
 *
 * ```sh
 * deno task notebooks:test   # execute into out/notebooks/, check them and the committed ones
 * deno task notebooks:run    # execute and, when every check passes, write back into notebooks/
 * deno run --allow-read=. tasks/notebooks/run.ts --check-committed   # no Jupyter: committed only
 * ```
 *
 * Steps: (1) install the kernelspec `claimbook-deno` for the `deno` on PATH (under `deno task`,
 * the one running the task, so `npx -y deno@2.9.6` works too; calling it by name keeps the
 * permission narrow: `--allow-run=jupyter,deno`); (2) execute each notebook with
 * `jupyter nbconvert --to notebook --execute` (NO_COLOR=1, TZ=UTC, a timeout per cell),
 * `--jobs=N` at a time (default 2: a notebook spends much of its time waiting on its kernel, so
 * two overlap well even on two cores); (3) check it (`check.ts`); (4) check the committed
 * notebooks the same way, so a stale committed output fails. Prints one line per notebook in the
 * notebooks' order and ends with "notebooks: N passed, N failed"; exits 1 on any failure.
 *
 * The Deno kernel sometimes publishes a cell's "idle" status before its output (seen with Deno
 * 2.9.6: about one cell in twenty loses its output); nbclient stops reading at "idle". An
 * nbconvert config file written next to the outputs ({@link NBCONVERT_CONFIG}) makes nbclient
 * keep reading for 0.3 s after "idle", which costs 0.3 s per cell and loses nothing.
 *
 * Why not `--allow-errors`: the Deno kernel reports some failures (a failed import) only in the
 * execute reply, with no error output in the cell; nbconvert sees them only when errors are not
 * allowed, so a failing notebook stops at its first failing cell and the message is taken from
 * nbconvert's stderr.
 *
 * @module
 */
import { writeTextFileAtomic } from "../../lib/io/atomic_write.ts";
import {
  checkNotebook,
  type ComputeClaim,
  expectedClaims,
  loadClaims,
  parseNotebook,
} from "./check.ts";

/** The name of the kernelspec this task installs and runs. */
export const KERNEL_NAME = "claimbook-deno";

/** The name of the nbconvert config file written into the output folder. */
const CONFIG_FILE = "claimbook_nbconvert_config.py";

/** The nbconvert config (Python) that gives the Deno kernel's late outputs a grace period. */
export const NBCONVERT_CONFIG =
  `# Written by tasks/notebooks/run.ts: works around a race in the Deno kernel, which sometimes
# publishes a cell's "idle" status before its output. nbclient stops reading a cell's output at
# "idle", so that output would be lost; this keeps reading for a short grace period after it.
import asyncio
from queue import Empty

from nbclient import client as _client
from nbclient.exceptions import CellExecutionComplete
from nbclient.util import ensure_async

GRACE_SECONDS = 0.3


async def _poll_output_with_grace(self, parent_msg_id, cell, cell_index):
    assert self.kc is not None
    idle_at = None
    loop = asyncio.get_running_loop()
    while True:
        if idle_at is None:
            timeout = None
        else:
            timeout = GRACE_SECONDS - (loop.time() - idle_at)
            if timeout <= 0:
                return
        try:
            msg = await ensure_async(self.kc.iopub_channel.get_msg(timeout=timeout))
        except Empty:
            return
        if msg["parent_header"].get("msg_id") != parent_msg_id:
            continue
        try:
            self.process_message(msg, cell, cell_index)
        except CellExecutionComplete:
            idle_at = loop.time()


_client.NotebookClient._async_poll_output_msg = _poll_output_with_grace
`;

/**
 * The message of nbconvert's `CellExecutionError` (the failing cell and the error), from its
 * stderr; the last lines of stderr when there is none.
 *
 * @example
 * ```ts
 * import { executionErrorMessage } from "./run.ts";
 * executionErrorMessage("x\nnbclient.exceptions.CellExecutionError: An error occurred\nError: boom\n");
 * // "An error occurred\nError: boom"
 * ```
 */
export function executionErrorMessage(stderr: string): string {
  const marker = "CellExecutionError: ";
  const at = stderr.lastIndexOf(marker);
  const message = at >= 0
    ? stderr.slice(at + marker.length)
    : stderr.trim().split("\n").slice(-10).join("\n");
  return message.trim();
}

async function run(
  command: string,
  args: string[],
): Promise<{ ok: boolean; stdout: string; stderr: string }> {
  let output: Deno.CommandOutput;
  try {
    output = await new Deno.Command(command, {
      args,
      env: { NO_COLOR: "1", TZ: "UTC" },
      stdout: "piped",
      stderr: "piped",
    }).output();
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
    throw new Error(
      `'${command}' is not on PATH: the notebooks need Jupyter's nbconvert ` +
        "(Debian: apt-get install jupyter-nbconvert)",
    );
  }
  const decoder = new TextDecoder();
  return {
    ok: output.success,
    stdout: decoder.decode(output.stdout),
    stderr: decoder.decode(output.stderr),
  };
}

/** Installs the kernelspec for the `deno` on PATH (under `deno task`, the one running it). */
async function installKernel(): Promise<void> {
  const result = await run("deno", [
    "jupyter",
    "--install",
    "--force",
    "--name",
    KERNEL_NAME,
    "--display",
    "Deno (claimbook)",
  ]);
  if (!result.ok) throw new Error(`deno jupyter --install failed:\n${result.stderr}`);
}

/** Executes a notebook into `outputDir`; returns the problem if it failed. */
async function execute(
  path: string,
  outputDir: string,
  timeoutSeconds: number,
): Promise<string | undefined> {
  const config = `${Deno.cwd()}/${outputDir}/${CONFIG_FILE}`;
  const result = await run("jupyter", [
    "nbconvert",
    `--config=${config}`,
    "--to",
    "notebook",
    "--execute",
    `--ExecutePreprocessor.kernel_name=${KERNEL_NAME}`,
    `--ExecutePreprocessor.timeout=${timeoutSeconds}`,
    // Timing metadata would change every committed notebook on every run.
    "--ExecutePreprocessor.record_timing=False",
    "--output-dir",
    outputDir,
    path,
  ]);
  return result.ok ? undefined : `execution failed: ${executionErrorMessage(result.stderr)}`;
}

interface Options {
  inPlace: boolean;
  checkCommittedOnly: boolean;
  timeoutSeconds: number;
  /** How many notebooks execute at the same time. */
  jobs: number;
  notebooks: string[];
}

function parseArgs(args: string[]): Options {
  const options: Options = {
    inPlace: false,
    checkCommittedOnly: false,
    timeoutSeconds: 600,
    jobs: 2,
    notebooks: [],
  };
  for (const arg of args) {
    // `deno task notebooks:test -- --check-committed` passes the `--` through: skip it.
    if (arg === "--") continue;
    if (arg === "--in-place") options.inPlace = true;
    else if (arg === "--check-committed") options.checkCommittedOnly = true;
    else if (arg.startsWith("--timeout=")) options.timeoutSeconds = Number(arg.slice(10));
    else if (arg.startsWith("--jobs=")) options.jobs = Number(arg.slice(7));
    else if (arg.startsWith("--")) throw new Error(`unknown option ${arg}`);
    else options.notebooks.push(arg);
  }
  if (!Number.isInteger(options.jobs) || options.jobs < 1) {
    throw new Error(`--jobs: expected a whole number of at least 1, found ${options.jobs}`);
  }
  return options;
}

async function listNotebooks(): Promise<string[]> {
  const paths: string[] = [];
  for await (const entry of Deno.readDir("notebooks")) {
    if (entry.isFile && entry.name.endsWith(".ipynb")) paths.push(`notebooks/${entry.name}`);
  }
  return paths.sort();
}

/**
 * Calls `work` on every item, at most `limit` at a time, and returns the results in the items'
 * order.
 *
 * @example
 * ```ts
 * import { mapWithLimit } from "./run.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(await mapWithLimit([1, 2, 3], 2, (x) => Promise.resolve(x * 10)), [10, 20, 30]);
 * ```
 */
export async function mapWithLimit<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** What running and checking one notebook gave: its line for the log, and whether it passed. */
interface Outcome {
  ok: boolean;
  log: string;
}

async function runOne(
  path: string,
  options: Options,
  outputDir: string,
  claims: readonly { id: string; notebook: string }[],
  compute: ComputeClaim,
): Promise<Outcome> {
  const name = path.split("/").pop()!.replace(/\.ipynb$/, "");
  const problems: string[] = [];
  const summaries: string[] = [];
  const check = async (label: string, file: string) => {
    const notebook = parseNotebook(await Deno.readTextFile(file), file);
    const report = await checkNotebook(notebook, expectedClaims(notebook, name, claims), compute);
    problems.push(...report.problems.map((problem) => `${label}: ${problem}`));
    summaries.push(`${label}: ${report.figures} figures, ${report.claims} claims`);
  };
  if (!options.inPlace) await check("committed", path);
  if (!options.checkCommittedOnly) {
    const failure = await execute(path, outputDir, options.timeoutSeconds);
    if (failure) problems.push(`executed: ${failure}`);
    else await check("executed", `${outputDir}/${name}.ipynb`);
    if (options.inPlace && problems.length === 0) {
      await writeTextFileAtomic(path, await Deno.readTextFile(`${outputDir}/${name}.ipynb`));
      summaries.push(`written to ${path}`);
    }
  }
  return problems.length === 0
    ? { ok: true, log: `ok   ${path} (${summaries.join("; ")})` }
    : { ok: false, log: `FAIL ${path}\n${problems.map((problem) => `  - ${problem}`).join("\n")}` };
}

async function main(args: string[]): Promise<number> {
  const options = parseArgs(args);
  const paths = options.notebooks.length > 0 ? options.notebooks : await listNotebooks();
  const { claims, compute } = loadClaims();
  const outputDir = "out/notebooks";
  if (!options.checkCommittedOnly) {
    await Deno.mkdir(outputDir, { recursive: true });
    await writeTextFileAtomic(`${outputDir}/${CONFIG_FILE}`, NBCONVERT_CONFIG);
    await installKernel();
  }
  // Lines are printed in the notebooks' order, each as soon as it and those before it are done.
  const outcomes: (Outcome | undefined)[] = paths.map(() => undefined);
  let printed = 0;
  await mapWithLimit(paths, options.jobs, async (path, index) => {
    outcomes[index] = await runOne(path, options, outputDir, claims, compute);
    while (printed < paths.length && outcomes[printed]) console.log(outcomes[printed++]!.log);
  });
  const passed = outcomes.filter((outcome) => outcome?.ok).length;
  console.log(`notebooks: ${passed} passed, ${paths.length - passed} failed`);
  return passed === paths.length ? 0 : 1;
}

if (import.meta.main) {
  Deno.exit(await main(Deno.args));
}
