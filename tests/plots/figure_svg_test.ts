import {
  deepStrictEqual as assertEquals,
  match as assertMatch,
  ok as assert,
} from "node:assert/strict";
import * as Plot from "@observablehq/plot";
import { figureSvg } from "../../lib/plots/figure_svg.ts";
import { renderPlot } from "../../lib/plots/render.ts";
import { svgToPng } from "../../lib/raster/svg_to_png.ts";
import { decodePng, inkOf } from "../raster/decode_png.ts";

Deno.test("figureSvg: a bare svg is returned unchanged", () => {
  const markup = renderPlot("bare", "Bare", { marks: [Plot.lineY([1, 2])] }).markup;
  assertEquals(figureSvg(markup), markup);
});

Deno.test("figureSvg: a Plot figure becomes one svg with its title, subtitle, swatches and caption", () => {
  const figure = renderPlot("full", "Full", {
    title: "The title",
    subtitle: "The subtitle",
    caption: "Source: somewhere",
    color: { legend: true },
    marks: [Plot.dot([{ x: 1, c: "alpha" }, { x: 2, c: "beta" }], { x: "x", y: "x", fill: "c" })],
  });
  const svg = figureSvg(figure.markup);
  assertMatch(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="640" height="(\d+)"/);
  const height = Number(/height="(\d+)"/.exec(svg)![1]);
  assert(height > 400 + 60, `room for the texts above and below the plot (height ${height})`);
  for (const text of ["The title", "The subtitle", "Source: somewhere", "alpha", "beta"]) {
    assert(svg.includes(`>${text}</text>`), `no text '${text}'`);
  }
  assert(!/<(figure|h2|div|span)\b/.test(svg), "no HTML left");
  // The figure's id is the svg's, so a notebook's figure is known by the report's id.
  assertMatch(svg, /^<svg [^>]*\bid="full"/);
  // Rasterised, the title's band at the top has ink and the picture is as tall as the svg.
  const png = decodePng(svgToPng(svg, { scale: 1 }));
  assertEquals(png.height, height);
  assert(inkOf(png, { rect: { x: 0, y: 0, width: 640, height: 20 } }).pixels > 100);
});

Deno.test("figureSvg: a long title wraps to the figure's width", () => {
  const title = "word ".repeat(60).trim();
  const svg = figureSvg(
    `<figure><h2>${title}</h2><svg xmlns="http://www.w3.org/2000/svg" width="400" height="10"></svg></figure>`,
  );
  const lines = svg.match(/<text [^>]*font-size="16"/g) ?? [];
  assert(lines.length >= 3, `${lines.length} lines`);
});
