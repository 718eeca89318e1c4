/**
 * Renders Observable Plot figures server-side (a DOM from linkedom) to markup that Jupyter, a
 * code host and the static report can all show. A plot without a title, caption or legend is a
 * bare `<svg>`; with them Plot wraps it in an HTML `<figure>`.
 *
 * In Jupyter a figure shows as a PNG (rendered at twice its size by `lib/raster/`), which every front
 * end shows, untrusted notebooks and `nbconvert --to html` included; where scripts run (a trusted
 * notebook, an exported page) a small script swaps the PNG for the SVG, which is sharp and keeps
 * its tooltips. The bundle also carries the whole figure as one `image/svg+xml` document. The
 * report uses {@link Figure.markup} (inline SVG) and never the PNG.
 *
 * The markup is deterministic: Plot numbers clip paths, markers and patterns from counters that
 * live as long as the process, so this module renames them after the figure's id (`<id>-clip-1`,
 * ...). The same figure renders to the same bytes whatever was drawn before it, and two figures on
 * one HTML page never share an id.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { JUPYTER_DISPLAY } from "../html/jupyter_display.ts";
import { escapeHtml } from "../html/escape_html.ts";
import { svgToPng } from "../raster/svg_to_png.ts";
import { encodeBase64 } from "../raster/base64.ts";
import { figureSvg } from "./figure_svg.ts";

const SVG_NS = "http://www.w3.org/2000/svg";

/** The MIME bundle a Jupyter front end receives for a figure. */
export type FigureMimeBundle = {
  /** The PNG (base64) with, where scripts run, a script that swaps in the SVG markup. */
  "text/html": string;
  /** The whole figure (title, legend and caption included) as one SVG document. */
  "image/svg+xml": string;
  /** The same figure rasterised at twice its size, base64. */
  "image/png": string;
  "text/plain": string;
};

/** A rendered figure: its stable id and title, the markup, and a Jupyter display. */
export interface Figure {
  /** A stable id (lowercase, digits and dashes), e.g. `daily-losses-2025`. */
  readonly id: string;
  /** The title in words (also the SVG's `aria-label` and the Jupyter `text/plain`). */
  readonly title: string;
  /** `svg` for a bare `<svg>` (standalone SVG document), `html` for a `<figure>`. */
  readonly kind: "svg" | "html";
  /** The markup: an SVG element with `xmlns`, or an HTML `<figure>` with SVGs inside. */
  readonly markup: string;
  /** What the Deno Jupyter kernel shows when the figure is a cell's last expression. */
  [JUPYTER_DISPLAY](): FigureMimeBundle;
}

const FIGURE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Renders Plot options to a {@link Figure}. Plot's `document` option is supplied here (a fresh
 * linkedom document per call); `ariaLabel` defaults to the title. Throws if `id` is not lowercase
 * words joined by dashes.
 *
 * @example
 * ```ts
 * import * as Plot from "@observablehq/plot";
 * import { renderPlot } from "./render.ts";
 * const figure = renderPlot("demo-line", "A line", { marks: [Plot.lineY([1, 3, 2])] });
 * figure.kind; // "svg"
 * figure.markup.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'); // true
 * figure; // as a notebook cell's last expression: shown inline as SVG
 * ```
 */
export function renderPlot(id: string, title: string, options: Plot.PlotOptions): Figure {
  if (!FIGURE_ID.test(id)) {
    throw new Error(`renderPlot: figure id '${id}' must be lowercase words joined by dashes`);
  }
  const { document } = parseHTML("<!DOCTYPE html><html><head></head><body></body></html>");
  const element = Plot.plot({
    ariaLabel: title,
    ...options,
    document: document as unknown as Document,
  }) as unknown as Element;
  element.setAttribute("id", id);
  for (const svg of svgElements(element)) svg.setAttribute("xmlns", SVG_NS);
  const kind = element.tagName.toLowerCase() === "svg" ? "svg" : "html";
  return figureFromMarkup(id, title, kind, renameCounterIds(element.outerHTML, id));
}

/**
 * Wraps markup made elsewhere (for example by hand, or several plots side by side) as a
 * {@link Figure}, so it displays in Jupyter like a rendered plot.
 *
 * @example
 * ```ts
 * import { figureFromMarkup } from "./render.ts";
 * import { JUPYTER_DISPLAY } from "../html/jupyter_display.ts";
import { escapeHtml } from "../html/escape_html.ts";
import { svgToPng } from "../raster/svg_to_png.ts";
import { encodeBase64 } from "../raster/base64.ts";
import { figureSvg } from "./figure_svg.ts";
 * const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>';
 * const figure = figureFromMarkup("blank", "Nothing", "svg", svg);
 * figure[JUPYTER_DISPLAY]()["image/svg+xml"] === svg; // true
 * figure[JUPYTER_DISPLAY]()["text/html"].startsWith('<div class="claimbook-figure"'); // true
 * ```
 */
export function figureFromMarkup(
  id: string,
  title: string,
  kind: "svg" | "html",
  markup: string,
): Figure {
  let bundle: FigureMimeBundle | undefined;
  return {
    id,
    title,
    kind,
    markup,
    [JUPYTER_DISPLAY](): FigureMimeBundle {
      bundle ??= figureBundle(id, title, markup);
      return bundle;
    },
  };
}

/** The figure's Jupyter bundle: the whole figure as one SVG, its PNG, and HTML that shows both. */
function figureBundle(id: string, title: string, markup: string): FigureMimeBundle {
  const svg = figureSvg(markup);
  const png = encodeBase64(svgToPng(svg, { scale: 2 }));
  return {
    "text/html": figureHtml(id, title, markup, png, svgOpeningSize(svg)),
    "image/svg+xml": svg,
    "image/png": png,
    "text/plain": title,
  };
}

/**
 * The PNG as an `<img>` (sanitisers keep it: width and height attributes, no style needed), then a
 * script that replaces it with the SVG markup. Sanitisers drop scripts with their content, so an
 * untrusted front end shows the PNG and no stray text; a trusted one runs the script.
 */
function figureHtml(
  id: string,
  title: string,
  markup: string,
  png: string,
  size: { width: string; height: string } | undefined,
): string {
  const dimensions = size === undefined ? "" : ` width="${size.width}" height="${size.height}"`;
  const key = `${id}-${hashHex(markup)}`;
  // "</" and "<!--" would end or confuse the script element.
  const literal = JSON.stringify(markup).replace(/<\//g, "<\\/").replace(/<!--/g, "<\\!--");
  return `<div class="claimbook-figure" data-figure="${key}">` +
    `<img src="data:image/png;base64,${png}"${dimensions} alt="${escapeHtml(title)}" ` +
    `style="max-width:100%;height:auto"></div>` +
    `<script>(function(){var m=${literal};` +
    `document.querySelectorAll('div[data-figure="${key}"]').forEach(function(d){` +
    `if(d.querySelector("img")){d.innerHTML=m;}});})();</script>`;
}

/** The `width` and `height` attributes of an SVG document's root element, if both are there. */
function svgOpeningSize(svg: string): { width: string; height: string } | undefined {
  const opening = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? "";
  const width = /\swidth="([\d.]+)"/.exec(opening)?.[1];
  const height = /\sheight="([\d.]+)"/.exec(opening)?.[1];
  return width === undefined || height === undefined ? undefined : { width, height };
}

/** A short, stable hash (FNV-1a, 32 bits) that tells two figures with one id apart. */
function hashHex(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

function svgElements(root: Element): Element[] {
  const nested = Array.from(root.querySelectorAll("svg"));
  return root.tagName.toLowerCase() === "svg" ? [root, ...nested] : nested;
}

/** Renames Plot's process-wide counter ids (`plot-clip-17`) to per-figure ones (`<id>-clip-1`). */
function renameCounterIds(markup: string, id: string): string {
  const renamed = new Map<string, string>();
  const counts = new Map<string, number>();
  return markup.replace(/\bplot-(clip|marker|pattern)-\d+\b/g, (match, kind: string) => {
    let name = renamed.get(match);
    if (name === undefined) {
      const count = (counts.get(kind) ?? 0) + 1;
      counts.set(kind, count);
      name = `${id}-${kind}-${count}`;
      renamed.set(match, name);
    }
    return name;
  });
}
