/**
 * The notebooks as an analyst sees them, in real front ends: Debian's classic Jupyter Notebook
 * (6.4) in headless Chromium, every notebook untrusted (as a fresh clone is) and one trusted, and
 * `jupyter nbconvert --to html` exports opened in Chromium. Runs on copies of the committed
 * notebooks; skipped, saying so, without Chromium or Jupyter Notebook.
 *
 * Permissions: those of `tests/browser/chromium.ts`, `--allow-run=jupyter`, `--allow-read=.` and
 * write access to `/tmp` (the copies, the server's folders, the exports).
 *
 * @module
 */
import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import { BROWSER_TEST, chromiumAvailable, newPage } from "../browser/chromium.ts";
import {
  classicNotebookOutputs,
  exportedFigureOutputs,
  figureProblems,
  type OutputSeen,
} from "./notebook_page.ts";
import {
  jupyterNotebookAvailable,
  type JupyterServer,
  startJupyterServer,
  trustNotebook,
} from "./jupyter_server.ts";

/** The committed notebooks; `CLAIMBOOK_NOTEBOOK_DIR` (if granted) points at others, e.g. out/nb. */
const NOTEBOOK_DIR = Deno.permissions.querySync({ name: "env", variable: "CLAIMBOOK_NOTEBOOK_DIR" })
    .state === "granted"
  ? Deno.env.get("CLAIMBOOK_NOTEBOOK_DIR") ?? "notebooks"
  : "notebooks";
const NOTEBOOKS = [...Deno.readDirSync(NOTEBOOK_DIR)]
  .filter((entry) => entry.name.endsWith(".ipynb"))
  .map((entry) => `${NOTEBOOK_DIR}/${entry.name}`)
  .sort();
/** The notebook opened trusted too: it has an HTML figure (title and legend) and claim cards. */
const TRUSTED = "03-force-generation-and-industry.ipynb";

const missing = [
  ...(chromiumAvailable() ? [] : ["Chromium (apt-get install chromium)"]),
  ...(jupyterNotebookAvailable()
    ? []
    : ["jupyter notebook and jupyter trust (apt-get install jupyter-notebook jupyter-nbformat)"]),
];
const ignore = missing.length > 0;
if (ignore) console.warn(`SKIPPED the front-end tests: no ${missing.join(", no ")}.`);

let server: Promise<JupyterServer> | undefined;
const jupyter = () => server ??= startJupyterServer(NOTEBOOKS);

/** nbconvert's HTML exports, made in a temporary folder; started with the server, so they overlap. */
let exports: Promise<string> | undefined;
const exported = () =>
  exports ??= (async () => {
    const dir = await Deno.makeTempDir({ prefix: "claimbook-export-" });
    const { success, stderr } = await new Deno.Command("jupyter", {
      args: ["nbconvert", "--to", "html", "--output-dir", dir, ...NOTEBOOKS],
      stdout: "null",
      stderr: "piped",
    }).output();
    if (!success) throw new Error(`nbconvert --to html: ${new TextDecoder().decode(stderr)}`);
    return dir;
  })();

function figureCellCount(path: string): number {
  const notebook = JSON.parse(Deno.readTextFileSync(path));
  return notebook.cells.filter((cell: { metadata?: { tags?: string[] } }) =>
    cell.metadata?.tags?.includes("figure")
  ).length;
}

/** Every problem a reader would meet in one notebook's outputs. */
function notebookProblems(outputs: OutputSeen[], trusted: boolean): string[] {
  const problems: string[] = [];
  for (const output of outputs.filter((o) => o.figure)) {
    problems.push(...figureProblems(output));
    if (trusted && output.svgs === 0) {
      problems.push(`figure in cell ${output.cell + 1}: trusted, yet no SVG`);
    }
    if (!trusted) {
      if (output.images === 0) problems.push(`figure in cell ${output.cell + 1}: no picture`);
      // The SVG's labels leaking out as run-on text was what an untrusted notebook showed.
      if (output.text.trim() !== "") {
        problems.push(`figure in cell ${output.cell + 1} shows text: ${output.text.slice(0, 80)}`);
      }
    }
  }
  for (const output of outputs) {
    if (output.claims.length > 0 && output.scrolled) {
      problems.push(`claim output in cell ${output.cell + 1} is squeezed into a scroll box`);
    }
    for (const claim of output.claims) {
      const card = output.claims.length === 1;
      for (
        const expected of [
          claim.id,
          card ? `Verdict: ${claim.verdict}` : claim.verdict,
          claim.valueText,
        ]
      ) {
        if (!output.text.includes(expected)) {
          problems.push(`claim ${claim.id} in cell ${output.cell + 1}: '${expected}' not shown`);
        }
      }
    }
  }
  return problems;
}

for (const path of NOTEBOOKS) {
  const name = path.split("/").pop()!;
  Deno.test({
    name: `classic Notebook, untrusted: ${name} shows every figure and claim`,
    ignore,
    ...BROWSER_TEST,
    async fn() {
      const running = await jupyter();
      exported().catch(() => {}); // started now, so that it runs beside the browser
      const page = await newPage({ loopback: true });
      try {
        const { trusted, outputs } = await classicNotebookOutputs(page, running.notebookUrl(name));
        assertEquals(trusted, false);
        assertEquals(outputs.filter((o) => o.figure).length, figureCellCount(path));
        assertEquals(notebookProblems(outputs, false), []);
      } finally {
        await page.close();
      }
    },
  });
}

Deno.test({
  name: `classic Notebook, trusted: ${TRUSTED} shows its figures as SVG and every claim`,
  ignore,
  ...BROWSER_TEST,
  async fn() {
    const running = await jupyter();
    await trustNotebook(running, TRUSTED);
    const page = await newPage({ loopback: true });
    try {
      const { trusted, outputs } = await classicNotebookOutputs(page, running.notebookUrl(TRUSTED));
      assertEquals(trusted, true);
      assert(outputs.some((o) => o.figure) && outputs.some((o) => o.claims.length > 0));
      assertEquals(notebookProblems(outputs, true), []);
    } finally {
      await page.close();
    }
  },
});

Deno.test({
  name: "nbconvert --to html: every figure of every notebook has ink in its box, no blank gap",
  ignore,
  ...BROWSER_TEST,
  async fn() {
    const dir = await exported();
    try {
      const page = await newPage({ loopback: true });
      try {
        for (const path of NOTEBOOKS) {
          const name = path.split("/").pop()!.replace(/\.ipynb$/, ".html");
          const figures = await exportedFigureOutputs(page, `file://${dir}/${name}`);
          assertEquals(figures.length, figureCellCount(path), `${name}: figure outputs`);
          assertEquals(figures.flatMap(figureProblems).map((p) => `${name}: ${p}`), []);
        }
      } finally {
        await page.close();
      }
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test({
  name: "front ends: the Jupyter server stops",
  ignore,
  ...BROWSER_TEST,
  async fn() {
    await (await jupyter()).stop();
  },
});
