/**
 * Turns the web addresses shown in a table's cells into links, each shown by its host name (a
 * full address is long enough to push the table past the notebook's width), with the full
 * address as the link's tooltip. The text form of the table keeps the full addresses.
 *
 * @module
 */
import { escapeHtml } from "../html/escape_html.ts";
import { JUPYTER_DISPLAY } from "../html/jupyter_display.ts";
import type { Table } from "./html_table.ts";

/**
 * The host of an `http(s)` address, without a leading `www.`; `undefined` for anything else.
 *
 * @example
 * ```ts
 * import { addressHost } from "./link_addresses.ts";
 * addressHost("https://www.britannica.com/event/Great-Northern-War"); // "britannica.com"
 * addressHost("not an address"); // undefined
 * ```
 */
export function addressHost(address: string): string | undefined {
  if (!/^https?:\/\/\S+$/.test(address)) return undefined;
  try {
    return new URL(address).hostname.replace(/^www\./, "");
  } catch {
    return undefined;
  }
}

/**
 * A copy of `table` in which every cell whose whole text is one of `addresses` (an `http(s)`
 * address) is a link to it. Cells are matched by their escaped text between tags, so the table's
 * own markup and styling are kept as they are.
 *
 * @example
 * ```ts
 * import { htmlTable } from "./html_table.ts";
 * import { linkAddresses } from "./link_addresses.ts";
 * const rows = [{ event: "Istanbul talks", address: "https://example.org/a?b=1&c=2" }];
 * const table = linkAddresses(htmlTable(rows), rows.map((row) => row.address));
 * table.html.includes('<a href="https://example.org/a?b=1&amp;c=2"'); // true
 * table; // in a notebook: the table, its addresses as links
 * ```
 */
export function linkAddresses(table: Table, addresses: readonly string[]): Table {
  let html = table.html;
  for (const address of new Set(addresses)) {
    const host = addressHost(address);
    if (host === undefined) continue;
    const escaped = escapeHtml(address);
    const link = `<a href="${escaped}" title="${escaped}" target="_blank" rel="noopener">` +
      `${escapeHtml(host)}</a>`;
    html = html.split(`>${escaped}<`).join(`>${link}<`);
  }
  const text = table.text;
  return {
    columns: table.columns,
    html,
    text,
    [JUPYTER_DISPLAY]() {
      return { "text/html": html, "text/plain": text };
    },
  };
}
