/**
 * The hand-compiled facts tables of `data/facts/` (figures and dates quoted by sources, each row
 * with its source's title, publisher, publication date and address), read through the same
 * validating CSV reader as the derived files. A missing column, an unparsable number, a malformed
 * date or an address that is not `http(s)://` is a `DataError` naming the file, row and column.
 *
 * @module
 */
import { parseCsv, type Row, type Schema } from "../io/csv.ts";
import { DataError } from "../io/data_error.ts";
import { readText } from "../io/read_text.ts";
import type { Source } from "./source.ts";
import { cached } from "./cache.ts";
import { DEFAULT_DATA_DIR } from "./data_dir.ts";

/** Columns every facts table carries: where the row's figure comes from. */
const SOURCE_COLUMNS = {
  source_title: "string",
  publisher: "string",
  published: "string",
  url: "string",
  note: "string",
} as const;

/**
 * The schema of each facts table, by table name (the file is `<name>.csv`).
 *
 * @example
 * ```ts
 * import { FACT_SCHEMAS } from "./facts.ts";
 * Object.keys(FACT_SCHEMAS); // ["recruitment", ..., "karabakh_units", "cities"]
 * ```
 */
export const FACT_SCHEMAS = {
  recruitment: {
    id: "string",
    year: "integer",
    count: "integer",
    kind: "string",
    speaker: "string",
    statement: "string",
    ...SOURCE_COLUMNS,
  },
  shells: {
    id: "string",
    estimate_year: "integer",
    russia_amount: "number?",
    russia_months: "number?",
    nato_amount: "number",
    nato_months: "number",
    russia_counts: "string",
    nato_counts: "string",
    ...SOURCE_COLUMNS,
  },
  events: {
    id: "string",
    date: "string",
    value: "number?",
    unit: "string",
    event: "string",
    ...SOURCE_COLUMNS,
  },
  polls: {
    poll: "string",
    question: "string",
    answer: "string",
    share_pct: "number",
    n: "integer?",
    fieldwork_start: "date",
    fieldwork_end: "date",
    ...SOURCE_COLUMNS,
  },
  karabakh: {
    id: "string",
    value: "number",
    unit: "string",
    what: "string",
    ...SOURCE_COLUMNS,
  },
  karabakh_units: {
    unit: "string",
    role: "string",
    held_share: "number",
    ...SOURCE_COLUMNS,
  },
  cities: {
    name: "string",
    map: "string",
    lat: "number",
    lon: "number",
    ...SOURCE_COLUMNS,
  },
} as const satisfies Record<string, Schema>;

/** The name of a facts table. */
export type FactTable = keyof typeof FACT_SCHEMAS;

/** One validated row of a facts table. */
export type FactRow<T extends FactTable> = Row<(typeof FACT_SCHEMAS)[T]>;

/** A date of known precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Values a column may take, where the set is closed. */
const ALLOWED: Partial<Record<FactTable, Record<string, readonly string[]>>> = {
  recruitment: { kind: ["contract", "volunteer"], statement: ["final", "interim"] },
  karabakh_units: { role: ["nkao", "district"] },
  cities: { map: ["donetsk", "azerbaijan"] },
};

/**
 * Whether a partial ISO date names a real day, month or year.
 *
 * @example
 * ```ts
 * import { isPartialDate } from "./facts.ts";
 * isPartialDate("1721"); // true
 * isPartialDate("2025-02-30"); // false
 * ```
 */
export function isPartialDate(text: string): boolean {
  if (!PARTIAL_DATE.test(text)) return false;
  if (text.length < 10) return true;
  return new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text;
}

function check(table: FactTable, rows: Record<string, unknown>[], file: string): void {
  rows.forEach((row, index) => {
    const where = (column: string) => `row ${index + 2}, column ${column}`;
    for (const column of ["source_title", "publisher", "url"]) {
      if (String(row[column]).trim() === "") {
        throw new DataError(file, where(column), "a value (every fact names its source)", "''");
      }
    }
    if (!/^https?:\/\/\S+$/.test(String(row.url))) {
      throw new DataError(file, where("url"), "an http(s) address", `'${row.url}'`);
    }
    const published = String(row.published);
    if (published !== "" && !isPartialDate(published)) {
      throw new DataError(
        file,
        where("published"),
        "YYYY, YYYY-MM or YYYY-MM-DD",
        `'${published}'`,
      );
    }
    if (table === "events" && !isPartialDate(String(row.date))) {
      throw new DataError(file, where("date"), "YYYY, YYYY-MM or YYYY-MM-DD", `'${row.date}'`);
    }
    for (const [column, allowed] of Object.entries(ALLOWED[table] ?? {})) {
      if (!allowed.includes(String(row[column]))) {
        throw new DataError(
          file,
          where(column),
          `one of ${allowed.join(", ")}`,
          `'${row[column]}'`,
        );
      }
    }
    if (
      table === "cities" &&
      !(Math.abs(Number(row.lat)) <= 90 && Math.abs(Number(row.lon)) <= 180)
    ) {
      throw new DataError(
        file,
        where("lat"),
        "a latitude and longitude in degrees",
        `${row.lat}, ${row.lon}`,
      );
    }
    const share = table === "polls"
      ? { column: "share_pct", max: 100 }
      : table === "karabakh_units"
      ? { column: "held_share", max: 1 }
      : null;
    if (share) {
      const value = Number(row[share.column]);
      if (value < 0 || value > share.max) {
        throw new DataError(
          file,
          where(share.column),
          `a share from 0 to ${share.max}`,
          `${value}`,
        );
      }
    }
  });
}

/**
 * Parses and validates the text of a facts table (see the module comment for what is checked).
 *
 * @example
 * ```ts
 * import { parseFacts } from "./facts.ts";
 * const text = "unit,role,held_share,source_title,publisher,published,url,note\n" +
 *   "Agdam,district,0.774,T,P,2020-11-19,https://news.az/x,\n";
 * parseFacts("karabakh_units", text, "karabakh_units.csv")[0].held_share; // 0.774
 * ```
 */
export function parseFacts<T extends FactTable>(
  table: T,
  text: string,
  file: string,
): FactRow<T>[] {
  const rows = parseCsv(text, FACT_SCHEMAS[table], file);
  check(table, rows as Record<string, unknown>[], file);
  return rows as FactRow<T>[];
}

/**
 * The path of a facts table under a data folder.
 *
 * @example
 * ```ts
 * import { factsPath } from "./facts.ts";
 * factsPath("data", "polls"); // "data/facts/polls.csv"
 * ```
 */
export function factsPath(dataDir: string, table: FactTable): string {
  return `${dataDir.replace(/\/+$/, "")}/facts/${table}.csv`;
}

/**
 * Loads a facts table (cached per file modification time), validated.
 *
 * @example
 * ```ts
 * import { loadFacts } from "./facts.ts";
 * const polls = await loadFacts("polls");
 * polls.find((row) => row.question === "protest" && row.answer === "would protest")?.share_pct; // 51.4
 * ```
 */
export function loadFacts<T extends FactTable>(
  table: T,
  dataDir: string = DEFAULT_DATA_DIR,
): Promise<FactRow<T>[]> {
  const path = factsPath(dataDir, table);
  return cached(
    path,
    async () => parseFacts(table, await readText(path, "a readable facts table"), path),
  );
}

/** The source columns of any facts row. */
export interface SourceColumns {
  source_title: string;
  publisher: string;
  published: string;
  url: string;
}

/**
 * A facts row's source as a claim {@link Source}.
 *
 * @example
 * ```ts
 * import { sourceOf } from "./facts.ts";
 * sourceOf({ source_title: "T", publisher: "P", published: "2025-12-24", url: "https://x.org" });
 * // { title: "T", publisher: "P", date: "2025-12-24", url: "https://x.org" }
 * ```
 */
export function sourceOf(row: SourceColumns): Source {
  return { title: row.source_title, publisher: row.publisher, date: row.published, url: row.url };
}

/**
 * The one row with this key, or a `DataError` naming the table and the key.
 *
 * @example
 * ```ts
 * import { loadFacts, rowBy } from "./facts.ts";
 * const events = await loadFacts("events");
 * rowBy(events, "id", "budapest-memorandum", "events.csv").date; // "1994-12-05"
 * ```
 */
export function rowBy<R extends Record<string, unknown>>(
  rows: readonly R[],
  column: keyof R & string,
  key: string,
  file: string,
): R {
  const found = rows.filter((row) => row[column] === key);
  if (found.length !== 1) {
    throw new DataError(file, `rows with ${column} = '${key}'`, "exactly one", `${found.length}`);
  }
  return found[0];
}

const syncCache = new Map<string, unknown[]>();

/**
 * The distinct sources of the rows of a facts table in the repository's own `data/facts/` that
 * pass `keep`, read synchronously (once per process) so that a claim's static `sources` list
 * comes from the same table as its figures. Needs read permission on `data/` when first used.
 *
 * @example
 * ```ts
 * import { factSources } from "./facts.ts";
 * factSources("events", (row) => row.id === "budapest-memorandum")[0].publisher;
 * // "United Nations (copy held by the National Security Archive)"
 * ```
 */
export function factSources<T extends FactTable>(
  table: T,
  keep: (row: FactRow<T>) => boolean = () => true,
): Source[] {
  const path = factsPath(DEFAULT_DATA_DIR, table);
  let rows = syncCache.get(path) as FactRow<T>[] | undefined;
  if (!rows) {
    rows = parseFacts(table, Deno.readTextFileSync(path), path);
    syncCache.set(path, rows);
  }
  const seen = new Set<string>();
  const sources: Source[] = [];
  for (const row of rows.filter(keep)) {
    const source = sourceOf(row as unknown as SourceColumns);
    const key = `${source.url} ${source.title}`;
    if (!seen.has(key)) {
      seen.add(key);
      sources.push(source);
    }
  }
  return sources;
}
