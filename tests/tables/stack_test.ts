import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import { stack } from "../../lib/tables/stack.ts";
import { htmlTable } from "../../lib/tables/html_table.ts";
import { figureFromMarkup } from "../../lib/plots/render.ts";
import { JUPYTER_DISPLAY } from "../../lib/html/jupyter_display.ts";

const CLAIM_MIME = "application/vnd.claimbook.claim+json";
const claim = (id: string) => ({
  [JUPYTER_DISPLAY]: () => ({
    "text/html": `<div>${id}</div>`,
    "text/plain": id,
    [CLAIM_MIME]: { id },
  }),
});

Deno.test("stack: the HTML of each display in order, a figure as its picture", () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"></svg>';
  const html = stack(htmlTable([{ a: 1 }]), figureFromMarkup("f", "F", "svg", svg)).bundle()[
    "text/html"
  ];
  const table = html.indexOf("<table");
  // A missing table (-1) used to pass "before the SVG": both must be there, in order.
  assert(table >= 0 && html.indexOf('<img src="data:image/png;base64,') > table, html);
  assertEquals(html.match(/<table/g)?.length, 1);
});

Deno.test("stack: claim records from cards and tables gather into one array", () => {
  const table = {
    [JUPYTER_DISPLAY]: () => ({ "text/plain": "t", [CLAIM_MIME]: [{ id: "b" }, { id: "c" }] }),
  };
  const bundle = stack(claim("a"), table, claim("d")).bundle();
  assertEquals(bundle[CLAIM_MIME], [{ id: "a" }, { id: "b" }, { id: "c" }, { id: "d" }]);
  assertEquals(bundle["text/plain"], "a\n\nt\n\nd");
});

Deno.test("stack: a display with only plain text shows it escaped in a pre", () => {
  const plain = { [JUPYTER_DISPLAY]: () => ({ "text/plain": "a < b" }) };
  assert(stack(plain).bundle()["text/html"].includes("<pre>a &lt; b</pre>"));
});

Deno.test("stack: a display with an SVG and no HTML shows the SVG inline", () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg"></svg>';
  const bare = { [JUPYTER_DISPLAY]: () => ({ "image/svg+xml": svg, "text/plain": "s" }) };
  assert(stack(bare).bundle()["text/html"].includes(svg));
});
