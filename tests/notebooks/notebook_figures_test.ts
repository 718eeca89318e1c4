/**
 * The committed notebooks' figures against the report's: both draw the series the claims' checks
 * return with the same builders of `lib/plots/`, so for the notebook's as-of date every figure a
 * notebook shows is, to the byte, a figure of the report, and the report shows none the notebooks
 * do not (a stale committed figure fails here).
 */
import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import { FIGURE_TAG, type Notebook, parseNotebook } from "../../tasks/notebooks/check.ts";
import { allClaims } from "../../lib/claims/registry.ts";
import { figuresForClaims } from "../../lib/report/figures_for_claim.ts";
import { figureSvg } from "../../lib/plots/figure_svg.ts";

const NOTEBOOKS_DIR = new URL("../../notebooks/", import.meta.url);
const DATA_DIR = decodeURIComponent(new URL("../../data", import.meta.url).pathname);

// Notebooks of claims through time: their figures span every as-of day of a sweep, not one date,
// so they are not figures of one as-of report (the report has its own "since the article" strips).
const THROUGH_TIME = new Set(["07-claims-through-time.ipynb"]);

const text = (value: unknown) => Array.isArray(value) ? value.join("") : String(value);

/** The figure's id: the first `id` attribute of its markup (Plot's root element carries it). */
const figureId = (markup: string) => markup.match(/\bid="([a-z0-9-]+)"/)?.[1] ?? "(no id)";

/** The figures a notebook's `figure` cells show, by id, and the notebook's as-of date. */
function notebookFigures(notebook: Notebook): { asOf: string; figures: Map<string, string> } {
  const code = notebook.cells.filter((cell) => cell.cell_type === "code");
  const asOf = text(code[0]?.source).match(/\bAS_OF\s*=\s*"(\d{4}-\d{2}-\d{2})"/)?.[1] ?? "";
  const figures = new Map<string, string>();
  for (const cell of code) {
    const tags = (cell.metadata?.tags ?? []) as string[];
    if (!tags.includes(FIGURE_TAG)) continue;
    for (const output of cell.outputs ?? []) {
      const data = output.data ?? {};
      const markup = data["image/svg+xml"] ?? data["text/html"];
      if (markup !== undefined) figures.set(figureId(text(markup)), text(markup));
    }
  }
  return { asOf, figures };
}

Deno.test("notebook figures: every figure of a committed notebook is the report's figure of the same id, to the byte", async () => {
  const shown = new Map<string, { notebook: string; asOf: string; markup: string }>();
  for await (const entry of Deno.readDir(NOTEBOOKS_DIR)) {
    if (!entry.isFile || !entry.name.endsWith(".ipynb") || THROUGH_TIME.has(entry.name)) continue;
    const file = `notebooks/${entry.name}`;
    const notebook = parseNotebook(
      await Deno.readTextFile(new URL(entry.name, NOTEBOOKS_DIR)),
      file,
    );
    const { asOf, figures } = notebookFigures(notebook);
    for (const [id, markup] of figures) shown.set(id, { notebook: file, asOf, markup });
  }
  const asOfs = new Set([...shown.values()].map((figure) => figure.asOf));
  assertEquals(asOfs.size, 1, `the notebooks' figures are as of ${[...asOfs].join(", ")}`);
  const [asOf] = asOfs;
  const built = await figuresForClaims(allClaims(), { asOf, dataDir: DATA_DIR });
  // A notebook shows each figure as one SVG (`figureSvg`: an HTML figure's title and keys laid out
  // in it; an SVG figure as it is), so the report's markup is compared in that form.
  const report = new Map(
    Object.values(built).flat().map((f) => [figureId(f.markup), figureSvg(f.markup)]),
  );
  assertEquals([...shown.keys()].sort(), [...report.keys()].sort(), "figure ids");
  for (const [id, figure] of shown) {
    assert(
      figure.markup === report.get(id),
      `${figure.notebook}: figure ${id} differs from the report's as of ${asOf} ` +
        "(refresh with `deno task notebooks:run`)",
    );
  }
});
