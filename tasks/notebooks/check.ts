/**
 * The checks of `deno task notebooks:test` on an executed or committed notebook, without Jupyter:
 * no cell failed, every cell tagged `figure` has an SVG and a PNG output, every claim the notebook is
 * expected to show appears as an `application/vnd.claimbook.claim+json` output whose value and
 * verdict are what `lib/` computes now. `run.ts` executes the notebooks and calls these.
 *
 * @module
 */
import { CLAIM_MIME } from "../../lib/claims/display.ts";
import { allClaims } from "../../lib/claims/registry.ts";

/** The cell tag that marks a figure cell. */
export const FIGURE_TAG = "figure";
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
 * import { hasSvgOutput } from "./check.ts";
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
 * import { hasPngOutput } from "./check.ts";
 * import { ok as assert } from "node:assert/strict";
 * assert(hasPngOutput({ output_type: "execute_result", data: { "image/png": "iVBORw0KGgo=" } }));
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
 * import { shownClaims } from "./check.ts";
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
 * import { checkNotebook } from "./check.ts";
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
 * import { parseNotebook } from "./check.ts";
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
 * import { expectedClaims } from "./check.ts";
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

/** The claims of the registry and a cached way to compute them from `data/`. */
export function loadClaims(
  dataDir = "data",
): { claims: { id: string; notebook: string }[]; compute: ComputeClaim } {
  const claims = allClaims();
  const cache = new Map<string, Promise<ShownClaim | undefined>>();
  const compute: ComputeClaim = (id, asOf) => {
    const key = `${id}@${asOf}`;
    if (!cache.has(key)) {
      const claim = claims.find((candidate) => candidate.id === id);
      cache.set(key, claim ? claim.check({ asOf, dataDir }) : Promise.resolve(undefined));
    }
    return cache.get(key)!;
  };
  return { claims, compute };
}
