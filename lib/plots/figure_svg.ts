/**
 * One standalone SVG document for a whole figure, so that a raster of it (and a front end that
 * shows only `image/svg+xml`) has the title, subtitle, legend and caption too. A bare `<svg>`
 * figure is already one; a `<figure>` from Plot (an `<h2>` title, an `<h3>` subtitle, swatch
 * legends, one or more plots, a `<figcaption>`) is laid out top to bottom into one `<svg>`, its
 * texts wrapped to the figure's width.
 *
 * @module
 */
import { escapeHtml } from "../html/escape_html.ts";
import { parseHTML } from "linkedom";

const SVG_NS = "http://www.w3.org/2000/svg";
/** Plot's page font, which a rasteriser maps to its own sans-serif. */
const FONT = "system-ui, sans-serif";
/** Average advance of a sans-serif character, in em (enough to wrap and to place swatches). */
const CHAR_EM = 0.56;

interface Block {
  readonly height: number;
  /** SVG markup drawn with its top-left corner at (0, y). */
  draw(y: number): string;
}

/**
 * The markup of a figure as one SVG document with `xmlns`, `width`, `height` and `viewBox`.
 *
 * @example
 * ```ts
 * import { figureSvg } from "./figure_svg.ts";
 * const svg = figureSvg(
 *   '<figure><h2>Title</h2><svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"></svg></figure>',
 * );
 * svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'); // true
 * svg.includes(">Title</text>"); // true
 * ```
 */
export function figureSvg(markup: string): string {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${markup}</body></html>`);
  const root = document.body.firstElementChild as Element | null;
  if (root === null) throw new Error("figureSvg: the markup has no element");
  if (root.tagName.toLowerCase() === "svg") return markup;
  const width = Math.max(
    320,
    ...Array.from(root.children).filter(isSvg).map((svg) => svgSize(svg).width),
  );
  const blocks = Array.from(root.children).flatMap((child) => blocksOf(child, width));
  let y = 0;
  const parts: string[] = [];
  for (const block of blocks) {
    parts.push(block.draw(y));
    y += block.height;
  }
  const height = Math.ceil(y);
  // The figure's id stays on the one SVG, so the notebook's figure is known as the report's.
  const id = root.getAttribute("id");
  return `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}" font-family="${FONT}"${
      id ? ` id="${escapeHtml(id)}"` : ""
    }>` +
    `<rect width="100%" height="100%" fill="white"/>${parts.join("")}</svg>`;
}

function isSvg(element: Element): boolean {
  return element.tagName.toLowerCase() === "svg";
}

function svgSize(svg: Element): { width: number; height: number } {
  const viewBox = (svg.getAttribute("viewBox") ?? "").split(/[\s,]+/).map(Number);
  const width = Number(svg.getAttribute("width") ?? viewBox[2] ?? 0);
  const height = Number(svg.getAttribute("height") ?? viewBox[3] ?? 0);
  return { width: width || 0, height: height || 0 };
}

function blocksOf(element: Element, width: number): Block[] {
  const tag = element.tagName.toLowerCase();
  if (tag === "style" || tag === "script") return [];
  if (tag === "svg") return [svgBlock(element)];
  if (tag === "h2") return [textBlock(element.textContent ?? "", width, 16, "bold", "#111")];
  if (tag === "h3") return [textBlock(element.textContent ?? "", width, 13, "normal", "#555")];
  if (tag === "figcaption") {
    return [textBlock(element.textContent ?? "", width, 11, "normal", "#555")];
  }
  if (/swatches/.test(element.getAttribute("class") ?? "")) return [swatchBlock(element, width)];
  if (element.querySelector("svg") !== null) {
    return Array.from(element.children).flatMap((child) => blocksOf(child, width));
  }
  const text = (element.textContent ?? "").trim();
  return text === "" ? [] : [textBlock(text, width, 12, "normal", "#111")];
}

function svgBlock(svg: Element): Block {
  const { height } = svgSize(svg);
  svg.removeAttribute("style");
  return {
    height: height + 4,
    draw: (y) => `<g transform="translate(0,${y})">${svg.outerHTML}</g>`,
  };
}

function textWidth(text: string, size: number): number {
  return text.length * size * CHAR_EM;
}

function wrap(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.trim().split(/\s+/)) {
    const next = line === "" ? word : `${line} ${word}`;
    if (line !== "" && textWidth(next, size) > width) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}

function textBlock(
  text: string,
  width: number,
  size: number,
  weight: string,
  color: string,
): Block {
  const lines = wrap(text, width, size);
  const lineHeight = size * 1.35;
  return {
    height: lines.length * lineHeight + size * 0.5,
    draw: (y) =>
      lines.map((line, i) =>
        `<text x="0" y="${round(y + (i + 0.8) * lineHeight)}" font-size="${size}" ` +
        `font-weight="${weight}" fill="${color}">${escapeXml(line)}</text>`
      ).join(""),
  };
}

function swatchBlock(element: Element, width: number): Block {
  const size = 10;
  const rowHeight = 22;
  const items = Array.from(element.children)
    .filter((child) => child.tagName.toLowerCase() !== "style")
    .map((swatch) => {
      const svg = swatch.querySelector("svg");
      const label = (swatch.textContent ?? "").trim();
      const box = svg === null ? { width: 0, height: 0 } : svgSize(svg);
      return { svg, label, box, width: box.width + 6 + textWidth(label, size) + 14 };
    });
  const placed: { item: typeof items[number]; x: number; row: number }[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    if (x > 0 && x + item.width > width) {
      x = 0;
      row += 1;
    }
    placed.push({ item, x, row });
    x += item.width;
  }
  return {
    height: (row + 1) * rowHeight + 4,
    draw: (y) =>
      placed.map(({ item, x, row }) => {
        const top = y + row * rowHeight + (rowHeight - item.box.height) / 2;
        const swatch = item.svg === null
          ? ""
          : `<g transform="translate(${round(x)},${round(top)})">${item.svg.outerHTML}</g>`;
        return swatch +
          `<text x="${round(x + item.box.width + 6)}" y="${
            round(y + row * rowHeight + rowHeight / 2 + size * 0.35)
          }" font-size="${size}" fill="#111">${escapeXml(item.label)}</text>`;
      }).join(""),
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
