/**
 * Runs the notebooks headless in real Jupyter with the Deno kernel and checks what they show.
 *
 * ```sh
 * deno task notebooks:test   # execute into out/notebooks/, check them and the committed ones
 * deno task notebooks:run    # execute and, when every check passes, write back into notebooks/
 * deno run --allow-read=. tasks/notebooks.ts --check-committed   # no Jupyter: committed outputs only
 * ```
 *
 * Steps: (1) install the kernelspec `claimbook-deno` for the `deno` on PATH (under `deno task`,
 * the one running the task, so `npx -y deno@2.9.6` works too; calling it by name keeps the
 * permission narrow: `--allow-run=jupyter,deno`); (2) execute each notebook with
 * `jupyter nbconvert --to notebook --execute` (NO_COLOR=1, TZ=UTC, a timeout per cell); (3) check
 * it: no cell failed, every cell tagged `figure` has an SVG and a PNG output, every claim the notebook is
 * expected to show appears as an `application/vnd.claimbook.claim+json` output whose value and
 * verdict are what `lib/` computes now; (4) check the committed notebooks the same way, so a stale
 * committed output fails. Ends with "notebooks: N passed, N failed"; exits 1 on any failure.
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
import { writeTextFileAtomic } from "../lib/io/atomic_write.ts";
import { CLAIM_MIME } from "../lib/claims/display.ts";
import { allClaims } from "../lib/claims/registry.ts";

/** The cell tag that marks a figure cell. */
export const FIGURE_TAG = "figure";
/** The name of the kernelspec this task installs and runs. */
export const KERNEL_NAME = "claimbook-deno";

/** The nbconvert config (Python) that gives the Deno kernel's late outputs a grace period. */
export const NBCONVERT_CONFIG =
  `# Written by tasks/notebooks.ts: works around a race in the Deno kernel, which sometimes
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

/** The parts of an nbformat 4 output that the checks read. */
export interface NotebookOutput {
  output_type: string;
  data?: Record<string, unknown>;
  ename?: string;
  evalue?: string;
  name?: string;
  text?: string | string[];
}

/** The parts of an nbformat 4 cell that the checks read. */
export interface NotebookCell {
  cell_type: string;
  id?: string;
  source: string | string[];
  metadata?: { tags?: string[]; [key: string]: unknown };
  outputs?: NotebookOutput[];
}

/** The parts of an nbformat 4 notebook that the checks read. */
export interface Notebook {
  cells: NotebookCell[];
  metadata: {
    /** `claims: "all"` for a notebook that shows every claim (the overview). */
    claimbook?: { claims?: "all" | string[] };
    [key: string]: unknown;
  };
  nbformat: number;
  nbformat_minor: number;
}

/** A claim as a notebook shows it: the fields of a `ClaimCheck` that are compared. */
export interface ShownClaim {
  id: string;
  asOf: string;
  value: number | string | null;
  verdict: string;
  /** `false` for an analyst's variation of the method (other options than the claim's): not
   * compared, since `lib` computes the claim with its defaults. */
  defaultOptions?: boolean;
}

/** Computes a claim now, as `lib/` does: `undefined` for an id that no claim has. */
export type ComputeClaim = (id: string, asOf: string) => Promise<ShownClaim | undefined>;

/** What checking one notebook found. */
export interface NotebookReport {
  problems: string[];
  figures: number;
  claims: number;
}

function text(value: string | string[] | undefined): string {
  return Array.isArray(value) ? value.join("") : value ?? "";
}

function cellLabel(cell: NotebookCell, index: number): string {
  const first = text(cell.source).split("\n")[0].slice(0, 60);
  return `cell ${index + 1}${cell.id ? ` (${cell.id})` : ""} \`${first}\``;
}

/**
 * Whether an output holds an SVG that front ends can show: `image/svg+xml`, or `text/html`
 * containing an `<svg`, in both cases with the SVG namespace (without it, Jupyter front ends
 * show nothing).
 *
 * @example
 * ```ts
 * import { hasSvgOutput } from "./notebooks.ts";
 * hasSvgOutput({
 *   output_type: "execute_result",
 *   data: { "image/svg+xml": '<svg xmlns="http://www.w3.org/2000/svg"></svg>' },
 * }); // true
 * ```
 */
export function hasSvgOutput(output: NotebookOutput): boolean {
  const svg = output.data?.["image/svg+xml"];
  const html = output.data?.["text/html"];
  const markup = svg !== undefined ? text(svg as string | string[]) : text(html as string[]);
  return /<svg\b/.test(markup) && markup.includes('xmlns="http://www.w3.org/2000/svg"');
}

/**
 * Whether an output holds a PNG (`image/png`, base64), the one image type every front end shows,
 * untrusted notebooks and `nbconvert --to html` included.
 *
 * @example
 * ```ts
 * import { hasPngOutput } from "./notebooks.ts";
 * hasPngOutput({ output_type: "execute_result", data: { "image/png": "iVBORw0KGgo=" } }); // true
 * ```
 */
export function hasPngOutput(output: NotebookOutput): boolean {
  return text(output.data?.["image/png"] as string | string[] | undefined).startsWith(
    "iVBORw0KGgo",
  );
}

/**
 * The claims a notebook shows, in order: the `claim+json` outputs of its code cells (a claim card
 * gives one record, a claim table an array of them).
 *
 * @example
 * ```ts
 * import { shownClaims } from "./notebooks.ts";
 * shownClaims({ cells: [], metadata: {}, nbformat: 4, nbformat_minor: 5 }); // []
 * ```
 */
export function shownClaims(notebook: Notebook): ShownClaim[] {
  return notebook.cells.flatMap((cell) =>
    (cell.outputs ?? []).flatMap((output) => {
      const claim = output.data?.[CLAIM_MIME];
      if (claim === undefined) return [];
      return Array.isArray(claim) ? claim as ShownClaim[] : [claim as ShownClaim];
    })
  );
}

function sameValue(shown: ShownClaim["value"], now: ShownClaim["value"]): boolean {
  if (typeof shown === "number" && typeof now === "number") {
    // JSON keeps numbers exactly; the tolerance only absorbs float noise across machines.
    return Math.abs(shown - now) <= 1e-9 * Math.max(1, Math.abs(now));
  }
  return shown === now;
}

/**
 * Checks one notebook's outputs: no error output, an SVG in every figure cell, each expected claim
 * shown, and every shown claim equal (value and verdict, at its as-of date) to `compute`. A claim
 * shown with other options than its defaults (`defaultOptions: false`, a variation an analyst
 * explores) is neither compared nor counted as showing the claim.
 *
 * @example
 * ```ts
 * import { checkNotebook } from "./notebooks.ts";
 * const notebook = { cells: [], metadata: {}, nbformat: 4, nbformat_minor: 5 };
 * const report = await checkNotebook(notebook, [], async () => undefined);
 * report.problems; // []
 * ```
 */
export async function checkNotebook(
  notebook: Notebook,
  expectedClaimIds: readonly string[],
  compute: ComputeClaim,
): Promise<NotebookReport> {
  const problems: string[] = [];
  let figures = 0;
  notebook.cells.forEach((cell, index) => {
    if (cell.cell_type !== "code") return;
    const outputs = cell.outputs ?? [];
    for (const output of outputs) {
      if (output.output_type === "error") {
        problems.push(`${cellLabel(cell, index)}: ${output.ename}: ${output.evalue}`);
      }
    }
    if (cell.metadata?.tags?.includes(FIGURE_TAG)) {
      figures++;
      if (!outputs.some(hasSvgOutput)) {
        problems.push(`${cellLabel(cell, index)}: a figure cell without an SVG output`);
      }
      if (!outputs.some(hasPngOutput)) {
        problems.push(`${cellLabel(cell, index)}: a figure cell without a PNG output`);
      }
    }
  });
  const shown = shownClaims(notebook).filter((claim) => claim.defaultOptions !== false);
  const shownIds = new Set(shown.map((claim) => claim.id));
  for (const id of expectedClaimIds) {
    if (!shownIds.has(id)) problems.push(`claim ${id}: not shown as ${CLAIM_MIME}`);
  }
  for (const claim of shown) {
    const now = await compute(claim.id, claim.asOf);
    if (now === undefined) {
      problems.push(`claim ${claim.id}: no such claim in lib/claims`);
    } else if (!sameValue(claim.value, now.value) || claim.verdict !== now.verdict) {
      problems.push(
        `claim ${claim.id} as of ${claim.asOf}: the notebook shows ${
          JSON.stringify(claim.value)
        } (${claim.verdict}), lib computes ${JSON.stringify(now.value)} (${now.verdict})`,
      );
    }
  }
  return { problems, figures, claims: shown.length };
}

/**
 * Parses notebook JSON, checking the little of nbformat 4 that the checks rely on.
 *
 * @example
 * ```ts
 * import { parseNotebook } from "./notebooks.ts";
 * parseNotebook('{"cells":[],"metadata":{},"nbformat":4,"nbformat_minor":5}', "a.ipynb").cells; // []
 * ```
 */
export function parseNotebook(json: string, file: string): Notebook {
  const notebook = JSON.parse(json) as Notebook;
  if (notebook.nbformat !== 4 || !Array.isArray(notebook.cells)) {
    throw new Error(`${file}: expected an nbformat 4 notebook with cells`);
  }
  return notebook;
}

/**
 * The claim ids a notebook must show: every claim for `claims: "all"` in its metadata, else the
 * claims whose `notebook` is this notebook's name.
 *
 * @example
 * ```ts
 * import { expectedClaims } from "./notebooks.ts";
 * const claims = [{ id: "a", notebook: "01-x" }, { id: "b", notebook: "02-y" }];
 * const notebook = { cells: [], metadata: {}, nbformat: 4, nbformat_minor: 5 };
 * expectedClaims(notebook, "01-x", claims); // ["a"]
 * ```
 */
export function expectedClaims(
  notebook: Notebook,
  name: string,
  claims: readonly { id: string; notebook: string }[],
): string[] {
  const wanted = notebook.metadata.claimbook?.claims;
  if (wanted === "all") return claims.map((claim) => claim.id);
  if (Array.isArray(wanted)) return wanted;
  return claims.filter((claim) => claim.notebook === name).map((claim) => claim.id);
}

/**
 * The message of nbconvert's `CellExecutionError` (the failing cell and the error), from its
 * stderr; the last lines of stderr when there is none.
 *
 * @example
 * ```ts
 * import { executionErrorMessage } from "./notebooks.ts";
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
  const config = `${Deno.cwd()}/${outputDir}/claimbook_nbconvert_config.py`;
  await writeTextFileAtomic(config, NBCONVERT_CONFIG);
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
  notebooks: string[];
}

function parseArgs(args: string[]): Options {
  const options: Options = {
    inPlace: false,
    checkCommittedOnly: false,
    timeoutSeconds: 600,
    notebooks: [],
  };
  for (const arg of args) {
    // `deno task notebooks:test -- --check-committed` passes the `--` through: skip it.
    if (arg === "--") continue;
    if (arg === "--in-place") options.inPlace = true;
    else if (arg === "--check-committed") options.checkCommittedOnly = true;
    else if (arg.startsWith("--timeout=")) options.timeoutSeconds = Number(arg.slice(10));
    else if (arg.startsWith("--")) throw new Error(`unknown option ${arg}`);
    else options.notebooks.push(arg);
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

/** The claims of the registry and a cached way to compute them from `data/`. */
function loadClaims(): { claims: { id: string; notebook: string }[]; compute: ComputeClaim } {
  const claims = allClaims();
  const cache = new Map<string, Promise<ShownClaim | undefined>>();
  const compute: ComputeClaim = (id, asOf) => {
    const key = `${id}@${asOf}`;
    if (!cache.has(key)) {
      const claim = claims.find((candidate) => candidate.id === id);
      cache.set(key, claim ? claim.check({ asOf, dataDir: "data" }) : Promise.resolve(undefined));
    }
    return cache.get(key)!;
  };
  return { claims, compute };
}

async function main(args: string[]): Promise<number> {
  const options = parseArgs(args);
  const paths = options.notebooks.length > 0 ? options.notebooks : await listNotebooks();
  const { claims, compute } = loadClaims();
  const outputDir = "out/notebooks";
  if (!options.checkCommittedOnly) {
    await Deno.mkdir(outputDir, { recursive: true });
    await installKernel();
  }
  let passed = 0;
  let failed = 0;
  for (const path of paths) {
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
    if (problems.length === 0) {
      passed++;
      console.log(`ok   ${path} (${summaries.join("; ")})`);
    } else {
      failed++;
      console.log(`FAIL ${path}\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    }
  }
  console.log(`notebooks: ${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

if (import.meta.main) {
  Deno.exit(await main(Deno.args));
}
