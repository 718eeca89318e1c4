import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import { htmlTable } from "../../lib/tables/html_table.ts";
import { addressHost, linkAddresses } from "../../lib/tables/link_addresses.ts";
import { JUPYTER_DISPLAY } from "../../lib/html/jupyter_display.ts";

const ROWS = [
  { event: "talks", address: "https://www.example.org/a?b=1&c=2" },
  { event: "plan", address: "http://news.example.com/x" },
  { event: "no address", address: "see the note" },
];

Deno.test("linkAddresses: each address cell is a link shown by its host, the full address kept", () => {
  const table = linkAddresses(htmlTable(ROWS), ROWS.map((row) => row.address));
  assert(
    table.html.includes(
      '<a href="https://www.example.org/a?b=1&amp;c=2" title="https://www.example.org/a?b=1&amp;c=2"' +
        ' target="_blank" rel="noopener">example.org</a>',
    ),
    table.html,
  );
  assert(table.html.includes('<a href="http://news.example.com/x"'));
  assertEquals(
    (table.html.match(/<a /g) ?? []).length,
    2,
    "the text that is no address stays text",
  );
  assert(table.text.includes("https://www.example.org/a?b=1&c=2"), "the text form keeps it whole");
  assertEquals(table[JUPYTER_DISPLAY]()["text/html"], table.html);
});

Deno.test("addressHost: the host without www, nothing for a non-address", () => {
  assertEquals(addressHost("https://www.britannica.com/event/x"), "britannica.com");
  assertEquals(addressHost("ftp://x.org"), undefined);
  assertEquals(addressHost("https://"), undefined);
});
