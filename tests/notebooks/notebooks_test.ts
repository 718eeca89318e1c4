import { deepStrictEqual as assertEquals, match as assertMatch } from "node:assert/strict";
import { executionErrorMessage, mapWithLimit } from "../../tasks/notebooks/run.ts";
import {
  checkNotebook,
  expectedClaims,
  hasSvgOutput,
  type Notebook,
  type NotebookCell,
  parseNotebook,
  type ShownClaim,
  shownClaims,
} from "../../tasks/notebooks/check.ts";
import { CLAIM_MIME } from "../../lib/claims/display.ts";

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>';

function notebookOf(cells: NotebookCell[], metadata: Notebook["metadata"] = {}): Notebook {
  return { cells, metadata, nbformat: 4, nbformat_minor: 5 };
}

function claimOutput(record: ShownClaim | ShownClaim[]): NotebookCell {
  return {
    cell_type: "code",
    source: "card",
    outputs: [{ output_type: "execute_result", data: { [CLAIM_MIME]: record } }],
  };
}

const lib = (values: Record<string, ShownClaim>) => (id: string, asOf: string) =>
  Promise.resolve(values[id] === undefined ? undefined : { ...values[id], asOf });

const troops: ShownClaim = {
  id: "troops",
  asOf: "2025-12-31",
  value: 95.1,
  verdict: "reproduced",
};

Deno.test("checkNotebook: a notebook whose outputs match lib passes", async () => {
  const notebook = notebookOf([claimOutput(troops)]);
  const report = await checkNotebook(notebook, ["troops"], lib({ troops }));
  assertEquals(report, { problems: [], figures: 0, claims: 1 });
});

Deno.test("checkNotebook: a claim value that lib no longer computes is reported as stale", async () => {
  const notebook = notebookOf([claimOutput(troops)]);
  const report = await checkNotebook(notebook, [], lib({ troops: { ...troops, value: 97.2 } }));
  assertEquals(report.problems, [
    "claim troops as of 2025-12-31: the notebook shows 95.1 (reproduced), lib computes 97.2 (reproduced)",
  ]);
});

Deno.test("checkNotebook: a changed verdict alone is reported", async () => {
  const notebook = notebookOf([claimOutput(troops)]);
  const now = { ...troops, verdict: "overstated" };
  assertEquals((await checkNotebook(notebook, [], lib({ troops: now }))).problems, [
    "claim troops as of 2025-12-31: the notebook shows 95.1 (reproduced), lib computes 95.1 (overstated)",
  ]);
});

Deno.test("checkNotebook: float noise below 1e-9 relative is not a change", async () => {
  const notebook = notebookOf([claimOutput(troops)]);
  const now = { ...troops, value: 95.1 + 1e-12 };
  assertEquals((await checkNotebook(notebook, [], lib({ troops: now }))).problems, []);
});

Deno.test("checkNotebook: a variation (defaultOptions false) is not compared; a default one still is", async () => {
  const variation = { ...troops, value: 80.4, verdict: "overstated", defaultOptions: false };
  const notebook = notebookOf([claimOutput(troops), claimOutput(variation)]);
  assertEquals((await checkNotebook(notebook, ["troops"], lib({ troops }))).problems, []);
  const stale = notebookOf([claimOutput({ ...variation, defaultOptions: true })]);
  assertEquals((await checkNotebook(stale, [], lib({ troops }))).problems.length, 1);
  // A variation alone does not show the claim.
  const alone = await checkNotebook(
    notebookOf([claimOutput(variation)]),
    ["troops"],
    lib({ troops }),
  );
  assertEquals(alone.problems, [`claim troops: not shown as ${CLAIM_MIME}`]);
});

Deno.test("checkNotebook: an expected claim missing from the outputs is reported", async () => {
  const report = await checkNotebook(notebookOf([]), ["troops"], lib({ troops }));
  assertEquals(report.problems, [`claim troops: not shown as ${CLAIM_MIME}`]);
});

Deno.test("checkNotebook: a shown claim that lib does not have is reported", async () => {
  const report = await checkNotebook(notebookOf([claimOutput(troops)]), [], lib({}));
  assertEquals(report.problems, ["claim troops: no such claim in lib/claims"]);
});

Deno.test("checkNotebook: an error output fails, naming the cell", async () => {
  const cell: NotebookCell = {
    cell_type: "code",
    id: "abc",
    source: ["const x = load();\n", "x"],
    outputs: [{ output_type: "error", ename: "DataError", evalue: "a.csv: row 2" }],
  };
  const report = await checkNotebook(notebookOf([cell]), [], lib({}));
  assertEquals(report.problems, ["cell 1 (abc) `const x = load();`: DataError: a.csv: row 2"]);
});

Deno.test("checkNotebook: a figure cell without an SVG or a PNG output fails; with both it passes", async () => {
  const figure = (data: Record<string, unknown>): NotebookCell => ({
    cell_type: "code",
    source: "figure",
    metadata: { tags: ["figure"] },
    outputs: [{ output_type: "execute_result", data }],
  });
  const bad = await checkNotebook(notebookOf([figure({ "text/plain": "x" })]), [], lib({}));
  assertMatch(bad.problems[0], /a figure cell without an SVG output/);
  assertMatch(bad.problems[1], /a figure cell without a PNG output/);
  const svgOnly = await checkNotebook(notebookOf([figure({ "image/svg+xml": SVG })]), [], lib({}));
  assertEquals(svgOnly.problems.length, 1);
  assertMatch(svgOnly.problems[0], /a figure cell without a PNG output/);
  const good = await checkNotebook(
    notebookOf([figure({ "image/svg+xml": SVG, "image/png": "iVBORw0KGgoAAAANSUhEUg==" })]),
    [],
    lib({}),
  );
  assertEquals(good, { problems: [], figures: 1, claims: 0 });
});

Deno.test("hasSvgOutput: an svg without the namespace, which front ends do not show, does not count", () => {
  const data = (mime: string, markup: string) => ({
    output_type: "display_data",
    data: { [mime]: markup },
  });
  assertEquals(
    [
      hasSvgOutput(data("image/svg+xml", SVG)),
      hasSvgOutput(data("text/html", `<figure>${SVG}</figure>`)),
      hasSvgOutput(data("image/svg+xml", "<svg></svg>")),
      hasSvgOutput(data("text/plain", SVG)),
    ],
    [true, true, false, false],
  );
});

Deno.test("shownClaims: a claim table's array of records counts each record", () => {
  const second = { ...troops, id: "held" };
  assertEquals(shownClaims(notebookOf([claimOutput([troops, second])])).map((c) => c.id), [
    "troops",
    "held",
  ]);
});

Deno.test("expectedClaims: 'all' in the metadata, else the claims naming this notebook", () => {
  const claims = [{ id: "a", notebook: "01-x" }, { id: "b", notebook: "02-y" }];
  assertEquals(expectedClaims(notebookOf([], { claimbook: { claims: "all" } }), "00", claims), [
    "a",
    "b",
  ]);
  assertEquals(expectedClaims(notebookOf([]), "02-y", claims), ["b"]);
});

Deno.test("parseNotebook: a file that is not an nbformat 4 notebook throws, naming it", () => {
  let message = "";
  try {
    parseNotebook('{"nbformat":3,"worksheets":[]}', "old.ipynb");
  } catch (error) {
    message = (error as Error).message;
  }
  assertEquals(message, "old.ipynb: expected an nbformat 4 notebook with cells");
});

Deno.test("executionErrorMessage: keeps nbconvert's CellExecutionError message", () => {
  const stderr = "Traceback...\nnbclient.exceptions.CellExecutionError: An error occurred while " +
    "executing the following cell:\n---\nimport x from 'npm:nope';\n---\n\nError: Execution failed\n";
  assertEquals(
    executionErrorMessage(stderr),
    "An error occurred while executing the following cell:\n---\nimport x from 'npm:nope';\n---\n\nError: Execution failed",
  );
});

Deno.test("mapWithLimit: runs at most `limit` at a time and keeps the items' order", async () => {
  let running = 0;
  let most = 0;
  const results = await mapWithLimit([30, 10, 20, 0], 2, async (ms, index) => {
    running++;
    most = Math.max(most, running);
    await new Promise((resolve) => setTimeout(resolve, ms));
    running--;
    return index;
  });
  assertEquals(results, [0, 1, 2, 3]);
  assertEquals(most, 2);
});
