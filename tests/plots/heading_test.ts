import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import * as Plot from "@observablehq/plot";
import { keyLayout, withHeading, wrapText } from "../../lib/plots/heading.ts";
import { renderPlot } from "../../lib/plots/render.ts";

Deno.test("wrapText: lines no longer than asked, at spaces; a long word stands alone", () => {
  assertEquals(wrapText("one two three", 8), ["one two", "three"]);
  assertEquals(wrapText("a verylongword b", 4), ["a", "verylongword", "b"]);
  assertEquals(wrapText("one\ntwo", 80), ["one", "two"]);
});

Deno.test("keyLayout: entries flow left to right and wrap to a new row", () => {
  const item = { label: "x".repeat(30), swatch: "area" as const, color: "red" };
  const layout = keyLayout([item, item, item], 500);
  assertEquals(layout.map((at) => at.row), [0, 0, 1]);
  assertEquals(layout[0].dx, 8);
  assert(layout[1].dx > layout[0].dx);
});

Deno.test("withHeading: the title, units and key are drawn inside the SVG above the frame", () => {
  const options = withHeading(
    { width: 400, height: 200, marginLeft: 40, y: { label: "km²" }, marks: [Plot.lineY([1, 2])] },
    {
      title: "A line",
      subtitle: "Units: km².",
      key: [{ label: "a", swatch: "line", color: "red" }],
    },
  );
  assert((options.marginTop ?? 0) > 60 && (options.height ?? 0) > 260, String(options.marginTop));
  const figure = renderPlot("heading-demo", "A line", options);
  assertEquals(figure.kind, "svg", "no HTML <figure>: a raster copy keeps the heading");
  for (const text of ["<title>A line</title>", ">Units: km².<", ">a<", ">↑ km²<"]) {
    assert(figure.markup.includes(text), text);
  }
  // Plot's own y label (at the SVG's top, under the title) is replaced by the one above the frame.
  assertEquals((figure.markup.match(/>↑ km²</g) ?? []).length, 1, "one axis label");
  assert(!figure.markup.includes('aria-label="y-axis label"'), "Plot's own is not drawn");
});
