/**
 * The committed notebooks, read as files (no Jupyter): their shape, and their claim outputs
 * against what `lib/` computes now (a stale committed output fails here too, not only in
 * `deno task notebooks:test`).
 */
import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import {
  checkNotebook,
  expectedClaims,
  type Notebook,
  parseNotebook,
  shownClaims,
} from "../../tasks/notebooks/check.ts";
import { allClaims } from "../../lib/claims/registry.ts";

const NOTEBOOKS_DIR = new URL("../../notebooks/", import.meta.url);
const DATA_DIR = decodeURIComponent(new URL("../../data", import.meta.url).pathname);

async function committedNotebooks(): Promise<{ name: string; notebook: Notebook }[]> {
  const found: { name: string; notebook: Notebook }[] = [];
  for await (const entry of Deno.readDir(NOTEBOOKS_DIR)) {
    if (!entry.isFile || !entry.name.endsWith(".ipynb")) continue;
    const text = await Deno.readTextFile(new URL(entry.name, NOTEBOOKS_DIR));
    found.push({
      name: entry.name.replace(/\.ipynb$/, ""),
      notebook: parseNotebook(text, `notebooks/${entry.name}`),
    });
  }
  found.sort((a, b) => a.name < b.name ? -1 : 1);
  // Every loop below is over these: an empty or shrunken folder must fail, not pass vacuously.
  assertEquals(found.map((n) => n.name), NOTEBOOK_NAMES);
  return found;
}

/** The committed notebooks, 00 to 08 (README, "For analysts: the notebooks"). */
const NOTEBOOK_NAMES = [
  "00-overview",
  "01-cost-of-the-advance",
  "02-donetsk",
  "03-force-generation-and-industry",
  "04-dates-and-diplomacy",
  "05-public-opinion",
  "06-karabakh-precedent",
  "07-claims-through-time",
  "08-independent-estimates",
];

const source = (cell: { source: string | string[] }) =>
  Array.isArray(cell.source) ? cell.source.join("") : cell.source;

Deno.test("committed notebooks: all eight are there, and none other", async () => {
  assertEquals((await committedNotebooks()).map((n) => n.name), NOTEBOOK_NAMES);
});

Deno.test("committed notebooks: the Deno kernel, and an id on every cell", async () => {
  for (const { name, notebook } of await committedNotebooks()) {
    const kernelspec = notebook.metadata.kernelspec as { language?: string } | undefined;
    assertEquals(kernelspec?.language, "typescript", `${name}: kernelspec`);
    const missing = notebook.cells.filter((cell) => !cell.id).length;
    assertEquals(missing, 0, `${name}: ${missing} cells without an id`);
  }
});

Deno.test("committed notebooks: the as-of date is set once, in the first code cell, and every claim shown is as of it", async () => {
  let claimsShown = 0;
  for (const { name, notebook } of await committedNotebooks()) {
    const code = notebook.cells.filter((cell) => cell.cell_type === "code");
    const setting = /\bAS_OF\s*=\s*"(\d{4}-\d{2}-\d{2})"/;
    const setters = code.filter((cell) => setting.test(source(cell)));
    assertEquals(setters.length, 1, `${name}: AS_OF set in ${setters.length} cells`);
    assert(setters[0] === code[0], `${name}: AS_OF is not set in the first code cell`);
    const asOf = source(setters[0]).match(setting)![1];
    for (const claim of shownClaims(notebook)) {
      assertEquals(claim.asOf, asOf, `${name}: ${claim.id} shown as of ${claim.asOf}`);
      claimsShown++;
    }
  }
  // The overview alone shows every registered claim: the loop above cannot have been empty.
  assert(claimsShown >= allClaims().length, `only ${claimsShown} claim outputs in the notebooks`);
});

Deno.test("committed notebooks: no error, an SVG in every figure cell, every claim shown and equal to what lib computes now", async () => {
  const claims = allClaims();
  const compute = async (id: string, asOf: string) => {
    const claim = claims.find((candidate) => candidate.id === id);
    return claim ? await claim.check({ asOf, dataDir: DATA_DIR }) : undefined;
  };
  const problems: string[] = [];
  for (const { name, notebook } of await committedNotebooks()) {
    const report = await checkNotebook(notebook, expectedClaims(notebook, name, claims), compute);
    problems.push(...report.problems.map((problem) => `${name}: ${problem}`));
  }
  assertEquals(
    problems,
    [],
    "stale or broken committed notebooks: refresh with `deno task notebooks:run`",
  );
});
