import {
  deepStrictEqual as assertEquals,
  ok as assert,
  throws as assertThrows,
} from "node:assert/strict";
import * as dfd from "danfojs";
import { formatCell, htmlTable } from "../../lib/tables/html_table.ts";
import { JUPYTER_DISPLAY } from "../../lib/html/jupyter_display.ts";

Deno.test("htmlTable: a danfojs DataFrame shows as an HTML table of its columns and values", () => {
  const frame = new dfd.DataFrame([{ month: "2025-01", km2: 427.5 }, {
    month: "2025-02",
    km2: 12,
  }]);
  const table = htmlTable(frame);
  assertEquals(table.columns, ["month", "km2"]);
  assert(
    table.html.includes(
      '<td style="text-align:left">2025-01</td><td style="text-align:right">427.5</td>',
    ),
  );
  assert(
    table.html.includes(
      '<td style="text-align:left">2025-02</td><td style="text-align:right">12</td>',
    ),
  );
});

Deno.test("htmlTable: a one-column DataFrame (flat values) keeps one cell per row", () => {
  const frame = new dfd.DataFrame({ km2: [1, 2] });
  assertEquals(htmlTable(frame).text.split("\n").slice(2), ["  1", "  2"]);
});

Deno.test("htmlTable: the Jupyter display gives text/html and an aligned text/plain", () => {
  const table = htmlTable([{ claim: "a", value: 1234.5 }, { claim: "bb", value: 7 }], {
    caption: "Claims",
  });
  assertEquals(table[JUPYTER_DISPLAY](), { "text/html": table.html, "text/plain": table.text });
  assertEquals(
    table.text,
    "Claims\nclaim    value\n-----  -------\na      1,234.5\nbb           7",
  );
});

Deno.test("htmlTable: cells and headers are HTML-escaped", () => {
  const table = htmlTable([{ "<b>": "a & <i>b</i>" }]);
  assert(table.html.includes('<th style="text-align:left">&lt;b&gt;</th>'));
  assert(table.html.includes('<td style="text-align:left">a &amp; &lt;i&gt;b&lt;/i&gt;</td>'));
});

Deno.test("htmlTable: columns, labels and formatters choose what is shown and how", () => {
  const table = htmlTable([{ a: 1, b: 0.123456, c: "x" }], {
    columns: ["b", "a"],
    labels: { b: "share" },
    format: { b: (value) => `${((value as number) * 100).toFixed(1)} %` },
  });
  assert(table.html.includes('<th style="text-align:right">share</th>'));
  assert(table.html.includes(">12.3 %</td>"));
  assert(!table.html.includes(">x<"));
  assert(table.html.includes('<td style="text-align:right">1</td>'));
});

Deno.test("htmlTable: asking for a column the data lack throws, naming the columns", () => {
  assertThrows(() => htmlTable([{ a: 1 }], { columns: ["b"] }), /no column 'b' \(columns: a\)/);
});

Deno.test("formatCell: numbers get thousands separators and at most two decimals; gaps are empty", () => {
  assertEquals(
    [formatCell(1234567.891), formatCell(-0.5), formatCell(null), formatCell(NaN), formatCell("x")],
    ["1,234,567.89", "-0.5", "", "", "x"],
  );
});
