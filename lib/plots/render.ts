/**
 * Renders Observable Plot figures server-side (a DOM from linkedom) to markup that Jupyter, a
 * code host and the static report can all show. A plot without a title, caption or legend is a
 * bare `<svg>`; with them Plot wraps it in an HTML `<figure>`.
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
import { JUPYTER_DISPLAY } from "./jupyter_display.ts";

const SVG_NS = "http://www.w3.org/2000/svg";

/** The MIME bundle a Jupyter front end receives for a figure. */
export type FigureMimeBundle = {
  "image/svg+xml"?: string;
  "text/html"?: string;
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
 * import { JUPYTER_DISPLAY } from "./jupyter_display.ts";
 * const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>';
 * const figure = figureFromMarkup("blank", "Nothing", "svg", svg);
 * figure[JUPYTER_DISPLAY]()["image/svg+xml"] === svg; // true
 * ```
 */
export function figureFromMarkup(
  id: string,
  title: string,
  kind: "svg" | "html",
  markup: string,
): Figure {
  return {
    id,
    title,
    kind,
    markup,
    [JUPYTER_DISPLAY](): FigureMimeBundle {
      return kind === "svg"
        ? { "image/svg+xml": markup, "text/plain": title }
        : { "text/html": markup, "text/plain": title };
    },
  };
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
