/**
 * Shows a table in Jupyter (and anywhere HTML goes) as a plain HTML `<table>` with a text
 * fallback. A danfojs DataFrame displays in the Deno kernel as its internals, so notebooks pass it
 * (or plain rows) through {@link htmlTable}. The DataFrame is read through its public `columns`
 * and `values`, so this module does not load danfojs itself.
 *
 * @module
 */
import { JUPYTER_DISPLAY } from "../html/jupyter_display.ts";
import { escapeHtml } from "../html/escape_html.ts";

/** The parts of a danfojs `DataFrame` that a table needs. */
export interface DataFrameLike {
  readonly columns: string[];
  readonly values: unknown[] | unknown[][];
}

/** How to show a table. */
export interface TableOptions {
  /** The columns to show, in order (default: all, as they come). */
  columns?: string[];
  /** Header text per column (default: the column name). */
  labels?: Record<string, string>;
  /** A formatter per column (default: {@link formatCell}). */
  format?: Record<string, (value: unknown) => string>;
  /** A caption above the table. */
  caption?: string;
}

/** A table ready to show: its HTML, its text and a Jupyter display. */
export interface Table {
  readonly columns: string[];
  readonly html: string;
  readonly text: string;
  [JUPYTER_DISPLAY](): { "text/html": string; "text/plain": string };
}

/**
 * Formats one cell: `null`/`undefined`/`NaN` as empty, numbers with thousands separators and at
 * most two decimals, everything else as a string.
 *
 * @example
 * ```ts
 * import { formatCell } from "./html_table.ts";
 * formatCell(1234567.891); // "1,234,567.89"
 * formatCell(null); // ""
 * ```
 */
export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    return Number.isNaN(value) ? "" : value.toLocaleString("en-US", { maximumFractionDigits: 2 });
  }
  return String(value);
}

/**
 * Builds a {@link Table} from a danfojs DataFrame or from rows (objects keyed by column). As a
 * notebook cell's last expression it shows as an HTML table (`text/html`, with a `text/plain`
 * fallback). Throws if a requested column is not in the data.
 *
 * @example
 * ```ts
 * import { htmlTable } from "./html_table.ts";
 * const table = htmlTable([{ month: "2025-01", km2: 427.5 }], { caption: "Area gained" });
 * table.html.includes('<td style="text-align:left">2025-01</td>'); // true
 * table; // as a notebook cell's last expression: shown as a table
 * ```
 */
export function htmlTable(
  data: DataFrameLike | readonly Record<string, unknown>[],
  options: TableOptions = {},
): Table {
  const { columns: available, rows } = toRows(data);
  const columns = options.columns ?? available;
  for (const column of columns) {
    if (!available.includes(column)) {
      throw new Error(
        `htmlTable: no column '${column}' (columns: ${available.join(", ") || "none"})`,
      );
    }
  }
  const labels = columns.map((column) => options.labels?.[column] ?? column);
  const cells = rows.map((row) =>
    columns.map((column) => (options.format?.[column] ?? formatCell)(row[column]))
  );
  const numeric = columns.map((column) =>
    rows.length > 0 && rows.every((row) => typeof row[column] === "number" || row[column] == null)
  );
  const html = toHtml(labels, cells, numeric, options.caption);
  const text = toText(labels, cells, numeric, options.caption);
  return {
    columns,
    html,
    text,
    [JUPYTER_DISPLAY]() {
      return { "text/html": html, "text/plain": text };
    },
  };
}

function toRows(
  data: DataFrameLike | readonly Record<string, unknown>[],
): { columns: string[]; rows: Record<string, unknown>[] } {
  if (Array.isArray(data)) {
    const columns: string[] = [];
    for (const row of data as Record<string, unknown>[]) {
      for (const key of Object.keys(row)) if (!columns.includes(key)) columns.push(key);
    }
    return { columns, rows: data as Record<string, unknown>[] };
  }
  const frame = data as DataFrameLike;
  // A one-column DataFrame gives `values` as a flat array.
  const values = frame.values.map((row) => Array.isArray(row) ? row : [row]);
  const rows = values.map((row) =>
    Object.fromEntries(frame.columns.map((column, index) => [column, row[index]]))
  );
  return { columns: [...frame.columns], rows };
}

function toHtml(
  labels: string[],
  cells: string[][],
  numeric: boolean[],
  caption: string | undefined,
): string {
  // Jupyter's stylesheet right-aligns every table cell, so text columns say "left" explicitly.
  const cell = (tag: string, text: string, index: number) =>
    `<${tag} style="text-align:${numeric[index] ? "right" : "left"}">${escapeHtml(text)}</${tag}>`;
  const head = `<thead><tr>${labels.map((label, i) => cell("th", label, i)).join("")}</tr></thead>`;
  const body = cells.map((row) => `<tr>${row.map((text, i) => cell("td", text, i)).join("")}</tr>`)
    .join("\n");
  const captionHtml = caption === undefined ? "" : `<caption>${escapeHtml(caption)}</caption>`;
  return `<table class="claimbook-table">${captionHtml}${head}\n<tbody>\n${body}\n</tbody></table>`;
}

function toText(
  labels: string[],
  cells: string[][],
  numeric: boolean[],
  caption: string | undefined,
): string {
  const widths = labels.map((label, i) =>
    Math.max(label.length, ...cells.map((row) => row[i].length))
  );
  const line = (row: string[]) =>
    row.map((text, i) => numeric[i] ? text.padStart(widths[i]) : text.padEnd(widths[i]))
      .join("  ").trimEnd();
  const rule = widths.map((width) => "-".repeat(width)).join("  ");
  return [...(caption === undefined ? [] : [caption]), line(labels), rule, ...cells.map(line)]
    .join("\n");
}
