import { deepStrictEqual as assertEquals, ok, throws as assertThrows } from "node:assert/strict";
import {
  FACT_SCHEMAS,
  factSources,
  type FactTable,
  isPartialDate,
  loadFacts,
  parseFacts,
  rowBy,
} from "../../lib/data/facts.ts";
import { DataError } from "../../lib/io/data_error.ts";

const UNITS_HEADER = "unit,role,held_share,source_title,publisher,published,url,note";

function errorOf(fn: () => unknown): DataError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error("expected a DataError");
}

Deno.test("parseFacts: a valid row parses with typed columns", () => {
  const rows = parseFacts(
    "karabakh_units",
    `${UNITS_HEADER}\nAgdam District,district,0.774,T,P,2020-11-19,https://news.az/x,\n`,
    "units.csv",
  );
  assertEquals(rows[0].held_share, 0.774);
  assertEquals(rows[0].unit, "Agdam District");
});

Deno.test("parseFacts: a missing column is a DataError naming the column", () => {
  const error = errorOf(() =>
    parseFacts("karabakh_units", "unit,role,source_title\nA,nkao,T\n", "units.csv")
  );
  ok(error.message.includes("units.csv"));
  ok(error.message.includes("'held_share'"));
});

Deno.test("parseFacts: an unparsable number is a DataError naming row and column", () => {
  const error = errorOf(() =>
    parseFacts(
      "karabakh_units",
      `${UNITS_HEADER}\nA,nkao,1,T,P,,https://x.org,\nB,nkao,about half,T,P,,https://x.org,\n`,
      "units.csv",
    )
  );
  assertEquals(error.where, "row 3, column held_share");
});

Deno.test("parseFacts: a row without an http(s) address is rejected", () => {
  const error = errorOf(() =>
    parseFacts("karabakh_units", `${UNITS_HEADER}\nA,nkao,1,T,P,,www.x.org,\n`, "units.csv")
  );
  assertEquals(error.where, "row 2, column url");
});

Deno.test("parseFacts: a row without a publisher is rejected", () => {
  const error = errorOf(() =>
    parseFacts("karabakh_units", `${UNITS_HEADER}\nA,nkao,1,T,,,https://x.org,\n`, "units.csv")
  );
  assertEquals(error.where, "row 2, column publisher");
});

Deno.test("parseFacts: a malformed publication date is rejected", () => {
  const error = errorOf(() =>
    parseFacts("karabakh_units", `${UNITS_HEADER}\nA,nkao,1,T,P,2025-13,https://x.org,\n`, "u.csv")
  );
  assertEquals(error.where, "row 2, column published");
});

Deno.test("parseFacts: a role outside the closed set is rejected", () => {
  const error = errorOf(() =>
    parseFacts("karabakh_units", `${UNITS_HEADER}\nA,city,1,T,P,,https://x.org,\n`, "u.csv")
  );
  assertEquals(error.where, "row 2, column role");
});

Deno.test("parseFacts: a held share above 1 is rejected", () => {
  const error = errorOf(() =>
    parseFacts("karabakh_units", `${UNITS_HEADER}\nA,nkao,1.2,T,P,,https://x.org,\n`, "u.csv")
  );
  assertEquals(error.where, "row 2, column held_share");
});

Deno.test("isPartialDate: accepts a year, a month or a real day only", () => {
  assertEquals(["1700", "2025-03", "2024-02-29"].map(isPartialDate), [true, true, true]);
  assertEquals(["17", "2025-3", "2025-02-30", "2025-03-03T00"].map(isPartialDate), [
    false,
    false,
    false,
    false,
  ]);
});

Deno.test("loadFacts: every committed facts table loads and every row names an address", async () => {
  for (const table of Object.keys(FACT_SCHEMAS) as FactTable[]) {
    const rows = await loadFacts(table, "data");
    ok(rows.length > 0, `${table} is empty`);
    for (const row of rows as { url: string; publisher: string }[]) {
      ok(/^https?:\/\//.test(row.url), `${table}: ${row.url}`);
      ok(row.publisher.length > 0);
    }
  }
});

Deno.test("loadFacts: a missing file is a DataError naming the path", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await loadFacts("polls", dir);
    throw new Error("expected a DataError");
  } catch (error) {
    ok(error instanceof DataError);
    ok(error.file.endsWith("/facts/polls.csv"));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("rowBy: a key found twice or not at all is a DataError", () => {
  const rows = [{ id: "a" }, { id: "a" }, { id: "b" }];
  assertEquals(rowBy(rows, "id", "b", "t.csv"), { id: "b" });
  assertThrows(
    () => rowBy(rows, "id", "a", "t.csv"),
    (e: unknown) =>
      e instanceof DataError &&
      e.message === "t.csv: rows with id = 'a': expected exactly one, found 2",
  );
  assertThrows(
    () => rowBy(rows, "id", "c", "t.csv"),
    (e: unknown) =>
      e instanceof DataError &&
      e.message === "t.csv: rows with id = 'c': expected exactly one, found 0",
  );
});

Deno.test("factSources: one entry per distinct source, filtered by row", () => {
  const all = factSources("recruitment");
  const urls = all.map((source) => source.url);
  // recruitment.csv's 7 rows cite 4 sources (a contract and a volunteer row share a statement).
  assertEquals(urls.length, 4);
  assertEquals(new Set(urls).size, urls.length);
  const one = factSources("events", (row) => row.id === "budapest-memorandum");
  assertEquals(one.length, 1);
  assertEquals(one[0].url, "https://nsarchive.gwu.edu/media/32106/ocr");
});
