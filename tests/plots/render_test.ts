import {
  deepStrictEqual as assertEquals,
  match as assertMatch,
  ok as assert,
  throws as assertThrows,
} from "node:assert/strict";
import * as Plot from "@observablehq/plot";
import { figureFromMarkup, renderPlot } from "../../lib/plots/render.ts";
import { JUPYTER_DISPLAY } from "../../lib/html/jupyter_display.ts";
import { decodePng } from "../raster/decode_png.ts";
import { normalizeMarkup } from "./snapshot.ts";

const SVG_NS = 'xmlns="http://www.w3.org/2000/svg"';

Deno.test("renderPlot: a plot without legend is a bare svg with the SVG namespace, id and label", () => {
  const figure = renderPlot("a-line", "A line", { marks: [Plot.lineY([1, 3, 2])] });
  assertEquals(figure.kind, "svg");
  assertMatch(figure.markup, /^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assertMatch(figure.markup, /^<svg [^>]*id="a-line"/);
  assertMatch(figure.markup, /^<svg [^>]*aria-label="A line"/);
});

Deno.test("renderPlot: the Jupyter display of a bare svg is the svg, a 2x PNG, and HTML showing both", () => {
  const figure = renderPlot("a-line", "A line", { marks: [Plot.lineY([1, 3, 2])] });
  const bundle = figure[JUPYTER_DISPLAY]();
  assertEquals(bundle["image/svg+xml"], figure.markup);
  assertEquals(bundle["text/plain"], "A line");
  const png = decodePng(Uint8Array.from(atob(bundle["image/png"]), (c) => c.charCodeAt(0)));
  assertEquals([png.width, png.height], [1280, 800]);
  // The PNG at its CSS size, then a script that swaps in the SVG where scripts run.
  assertMatch(
    bundle["text/html"],
    /^<div class="claimbook-figure" data-figure="a-line-[0-9a-f]{8}"><img src="data:image\/png;base64,[A-Za-z0-9+/=]+" width="640" height="400" alt="A line"/,
  );
  assertMatch(bundle["text/html"], /<script>[^]*<\\\/svg>[^]*<\/script>$/);
  assertEquals(
    bundle["text/html"].match(/<\/script>/g)?.length,
    1,
    "the markup cannot end the script",
  );
});

Deno.test("renderPlot: a plot with a legend is an HTML figure whose every svg has the namespace", () => {
  const figure = renderPlot("dots", "Dots", {
    color: { legend: true },
    marks: [Plot.dot([{ x: 1, c: "a" }, { x: 2, c: "b" }], { x: "x", fill: "c" })],
  });
  assertEquals(figure.kind, "html");
  assertMatch(figure.markup, /^<figure/);
  const svgTags = figure.markup.match(/<svg\b[^>]*>/g) ?? [];
  assert(svgTags.length >= 3, "the plot and one swatch per colour");
  for (const tag of svgTags) assert(tag.includes(SVG_NS), `no namespace on ${tag}`);
  const svg = figure[JUPYTER_DISPLAY]()["image/svg+xml"];
  assertMatch(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="640" height="\d+"/);
  assert(!svg.includes("<figure"), "one SVG document, no HTML inside");
});

Deno.test("renderPlot: clip ids are named after the figure and do not depend on earlier plots", () => {
  const options = {
    marks: [Plot.lineY([1, 3, 2], { clip: true }), Plot.areaY([1, 2], { clip: true })],
  };
  const first = renderPlot("clipped", "Clipped", options);
  renderPlot("other", "Other", options);
  const again = renderPlot("clipped", "Clipped", options);
  assertEquals(again.markup, first.markup);
  assert(first.markup.includes('id="clipped-clip-1"'));
  assert(!/plot-clip-\d/.test(first.markup));
});

Deno.test("renderPlot: a figure id that is not lowercase words joined by dashes throws", () => {
  assertThrows(() => renderPlot("Daily losses", "x", { marks: [] }), /lowercase words/);
});

Deno.test("figureFromMarkup: html markup displays as one svg with its title, and its PNG", () => {
  const markup = '<figure><h2>Two</h2><svg xmlns="http://www.w3.org/2000/svg" width="300" ' +
    'height="100"></svg></figure>';
  const bundle = figureFromMarkup("two", "Two", "html", markup)[JUPYTER_DISPLAY]();
  assertMatch(bundle["image/svg+xml"], />Two<\/text>/);
  assert(bundle["text/html"].includes(JSON.stringify(markup).replace(/<\//g, "<\\/")));
  assert(bundle["image/png"].length > 100);
});

Deno.test("normalizeMarkup: rounds numbers in attributes only and breaks lines between tags", () => {
  assertEquals(
    normalizeMarkup('<svg><path d="M80.00000000000006,1.5"/><text>0.125</text></svg>'),
    '<svg>\n<path d="M80,1.5"/>\n<text>0.125</text>\n</svg>\n',
  );
});
