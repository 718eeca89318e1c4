/**
 * What a reader sees of a notebook in a front end: each output's box, text, pictures and ink, read
 * from a page in the shared headless Chromium. Two pages are understood: the classic Notebook's
 * (6.4, through its `Jupyter.notebook` object) and `nbconvert --to html`'s export (through the
 * `celltag_figure` class nbconvert gives a figure cell).
 *
 * @module
 */
import type { ElementHandle, Page } from "puppeteer-core";
import { decodePng, inkOf } from "../raster/decode_png.ts";

/** The claim record type a card or a claim table carries. */
export const CLAIM_MIME = "application/vnd.claimbook.claim+json";

/** One output as shown. */
export interface OutputSeen {
  /** The cell's index in the notebook and the output's index in the cell. */
  cell: number;
  index: number;
  /** Whether the cell is tagged `figure`. */
  figure: boolean;
  /** The claim record(s) of the output's JSON, if any. */
  claims: { id: string; verdict: string; valueText: string }[];
  /** The visible text of the output. */
  text: string;
  /** Whether the cell's output area is a scroll box (classic Notebook's `output_scroll`). */
  scrolled: boolean;
  /** Loaded `<img>` elements and `<svg>` elements inside. */
  images: number;
  svgs: number;
  /** Size in CSS pixels, and the ink of a screenshot of it. */
  width: number;
  height: number;
  ink: { share: number; width: number; height: number };
}

const MARK = "data-claimbook-output";

/** Screenshots one element and measures its ink against white. */
async function inkOfElement(element: ElementHandle): Promise<OutputSeen["ink"]> {
  const shot = decodePng(new Uint8Array(await element.screenshot({ type: "png" })));
  const ink = inkOf(shot, { background: [255, 255, 255], tolerance: 40 });
  return {
    share: ink.pixels / Math.max(1, shot.width * shot.height),
    width: ink.box === null ? 0 : ink.box.right - ink.box.left + 1,
    height: ink.box === null ? 0 : ink.box.bottom - ink.box.top + 1,
  };
}

async function measure(page: Page, found: Omit<OutputSeen, "ink">[]): Promise<OutputSeen[]> {
  const seen: OutputSeen[] = [];
  for (const output of found) {
    const element = await page.$(`[${MARK}="${output.cell}-${output.index}"]`);
    if (element === null) throw new Error(`output ${output.cell}-${output.index} vanished`);
    const measurable = output.width > 0 && output.height > 0;
    const ink = measurable ? await inkOfElement(element) : { share: 0, width: 0, height: 0 };
    seen.push({ ...output, ink });
  }
  return seen;
}

async function imagesLoaded(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all([...document.images].map((image) => image.decode().catch(() => {})))
  );
}

/**
 * Opens a notebook in the classic Notebook and reports every output. `measureInk` screenshots the
 * outputs of figure cells and claim cards.
 *
 * @example
 * ```ts
 * import { classicNotebookOutputs } from "./notebook_page.ts";
 * import { sharedBrowser } from "../browser/chromium.ts";
 * const page = await (await sharedBrowser({ loopback: true })).newPage();
 * const { trusted, outputs } = await classicNotebookOutputs(page, "http://127.0.0.1:8888/notebooks/a.ipynb?token=t");
 * ```
 */
export async function classicNotebookOutputs(
  page: Page,
  url: string,
): Promise<{ trusted: boolean; outputs: OutputSeen[] }> {
  await page.setViewport({ width: 1280, height: 2400, deviceScaleFactor: 1 });
  // Not "load": that waits for every script and font of the page, MathJax's included.
  await page.goto(url, { waitUntil: "domcontentloaded" });
  await page.waitForFunction(
    // deno-lint-ignore no-explicit-any
    () => (globalThis as any).Jupyter?.notebook?._fully_loaded === true,
    { timeout: 60_000 },
  );
  await imagesLoaded(page);
  const { trusted, found } = await page.evaluate(
    (mark: string, claimMime: string) => {
      // deno-lint-ignore no-explicit-any
      const notebook = (globalThis as any).Jupyter.notebook;
      const found: Omit<OutputSeen, "ink">[] = [];
      // What running a cell triggers: a tall output becomes a scroll box unless the cell says not.
      // deno-lint-ignore no-explicit-any
      notebook.get_cells().forEach((cell: any) => {
        if (cell.cell_type === "code") cell.output_area.element.trigger("resizeOutput");
      });
      // deno-lint-ignore no-explicit-any
      notebook.get_cells().forEach((cell: any, cellIndex: number) => {
        if (cell.cell_type !== "code") return;
        const figure = (cell.metadata.tags ?? []).includes("figure");
        const scrolled = cell.output_area.element[0].classList.contains("output_scroll");
        const areas = cell.output_area.element[0].querySelectorAll(".output_area");
        // deno-lint-ignore no-explicit-any
        cell.output_area.outputs.forEach((json: any, index: number) => {
          const area = areas[index] as HTMLElement | undefined;
          const subarea = area?.querySelector(".output_subarea") as HTMLElement | null;
          if (!subarea) return;
          subarea.setAttribute(mark, `${cellIndex}-${index}`);
          const claim = json.data?.[claimMime];
          const claims = claim === undefined ? [] : Array.isArray(claim) ? claim : [claim];
          const rect = subarea.getBoundingClientRect();
          found.push({
            cell: cellIndex,
            index,
            figure,
            scrolled,
            // deno-lint-ignore no-explicit-any
            claims: claims.map((c: any) => ({
              id: c.id,
              verdict: c.verdict,
              valueText: c.valueText,
            })),
            text: subarea.innerText,
            images: [...subarea.querySelectorAll("img")].filter((image) => image.naturalWidth > 0)
              .length,
            svgs: subarea.querySelectorAll("svg").length,
            width: rect.width,
            height: rect.height,
          });
        });
      });
      return { trusted: notebook.trusted as boolean, found };
    },
    MARK,
    CLAIM_MIME,
  );
  // Only figures and claim cards are photographed (the claim table and data tables need not be).
  const photographed = found.filter((output) => output.figure);
  const inked = await measure(page, photographed);
  return {
    trusted,
    outputs: found.map((output) =>
      inked.find((o) => o.cell === output.cell && o.index === output.index) ??
        { ...output, ink: { share: 0, width: 0, height: 0 } }
    ),
  };
}

/**
 * Opens an `nbconvert --to html` export (a local file URL) and reports the outputs of its figure
 * cells, each photographed.
 *
 * @example
 * ```ts
 * import { exportedFigureOutputs } from "./notebook_page.ts";
 * import { sharedBrowser } from "../browser/chromium.ts";
 * const page = await (await sharedBrowser({ loopback: true })).newPage();
 * await exportedFigureOutputs(page, "file:///tmp/01-cost-of-the-advance.html");
 * ```
 */
export async function exportedFigureOutputs(page: Page, url: string): Promise<OutputSeen[]> {
  await page.setViewport({ width: 1280, height: 2400, deviceScaleFactor: 1 });
  // The export asks a CDN for require.js and MathJax (the browser's dead proxy refuses them); the
  // figures are in the page itself, their scripts run as it is parsed.
  await page.goto(url, { waitUntil: "domcontentloaded" });
  await imagesLoaded(page);
  const found = await page.evaluate((mark: string) => {
    const found: Omit<OutputSeen, "ink">[] = [];
    [...document.querySelectorAll(".jp-Cell.celltag_figure")].forEach((cell, cellIndex) => {
      cell.querySelectorAll(".jp-OutputArea-output").forEach((output, index) => {
        const element = output as HTMLElement;
        element.setAttribute(mark, `${cellIndex}-${index}`);
        const rect = element.getBoundingClientRect();
        found.push({
          cell: cellIndex,
          index,
          figure: true,
          scrolled: false,
          claims: [],
          text: element.innerText,
          images: [...element.querySelectorAll("img")].filter((image) => image.naturalWidth > 0)
            .length,
          svgs: element.querySelectorAll("svg").length,
          width: rect.width,
          height: rect.height,
        });
      });
    });
    return found;
  }, MARK);
  return await measure(page, found);
}

/**
 * The problems of a figure output as seen: too small, blank, or ink in only part of its box (a
 * blank gap).
 *
 * @example
 * ```ts
 * import { figureProblems } from "./notebook_page.ts";
 * figureProblems({ cell: 1, index: 0, figure: true, scrolled: false, claims: [], text: "", images: 1, svgs: 0,
 *   width: 640, height: 400, ink: { share: 0.1, width: 630, height: 390 } }); // []
 * ```
 */
export function figureProblems(output: OutputSeen): string[] {
  const name = `figure in cell ${output.cell + 1}`;
  const problems: string[] = [];
  if (output.width < 300 || output.height < 150) {
    problems.push(`${name} is ${Math.round(output.width)}x${Math.round(output.height)} px`);
  }
  if (output.ink.share < 0.01) {
    problems.push(`${name} is blank (${(output.ink.share * 100).toFixed(2)} % ink)`);
  }
  // The box is as wide as the notebook, the picture as wide as the figure: only height must match.
  if (output.ink.height < 0.6 * output.height || output.ink.width < 200) {
    problems.push(
      `${name}: ink ${output.ink.width}x${output.ink.height} in a ${Math.round(output.width)}x${
        Math.round(output.height)
      } box (a blank gap)`,
    );
  }
  return problems;
}
