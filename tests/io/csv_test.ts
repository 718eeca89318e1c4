import { deepStrictEqual as assertEquals, throws as assertThrows } from "node:assert/strict";
import { formatCsv, parseCsv } from "../../lib/io/csv.ts";
import { DataError } from "../../lib/io/data_error.ts";

const SCHEMA = {
  date: "date",
  km2: "number",
  count: "integer",
  note: "string?",
  gap: "number?",
} as const;

function throwsDataError(text: string, pattern: RegExp) {
  assertThrows(
    () => parseCsv(text, SCHEMA, "table.csv"),
    (error: unknown) => error instanceof DataError && pattern.test(error.message),
  );
}

Deno.test("parseCsv: typed values, empty optional cells as null, extra columns ignored", () => {
  const rows = parseCsv(
    'date,km2,count,note,gap,extra\n2025-01-01,12.5,3,,,x\n2025-01-02,-1000.5,0,"a, b",7,y\n',
    SCHEMA,
    "table.csv",
  );
  assertEquals(rows, [
    { date: "2025-01-01", km2: 12.5, count: 3, note: null, gap: null },
    { date: "2025-01-02", km2: -1000.5, count: 0, note: "a, b", gap: 7 },
  ]);
});

Deno.test("parseCsv: a missing column names the file, the header and the column", () => {
  throwsDataError(
    "date,km2,count,note\n",
    /^table\.csv: header \(row 1\): expected a column 'gap'/,
  );
});

Deno.test("parseCsv: an unparsable number names the row (as a spreadsheet counts) and the column", () => {
  throwsDataError(
    "date,km2,count,note,gap\n2025-01-01,1,1,,\n2025-01-02,abc,1,,\n",
    /^table\.csv: row 3, column km2: expected a number \(a plain decimal, optional sign\), found 'abc'$/,
  );
});

Deno.test("parseCsv: a non-integer in an integer column, an empty required cell, a bad date", () => {
  throwsDataError(
    "date,km2,count,note,gap\n2025-01-01,1,1.5,,\n",
    /row 2, column count: expected an integer/,
  );
  throwsDataError(
    "date,km2,count,note,gap\n2025-01-01,,1,,\n",
    /row 2, column km2: expected a value/,
  );
  throwsDataError(
    "date,km2,count,note,gap\n2025-02-30,1,1,,\n",
    /row 2, column date: expected a date/,
  );
  throwsDataError(
    "date,km2,count,note,gap\n25-01-01,1,1,,\n",
    /row 2, column date: expected a date/,
  );
  throwsDataError(
    "date,km2,count,note,gap\n2025-01-01,Infinity,1,,\n",
    /column km2: expected a number/,
  );
});

Deno.test("formatCsv: columns in order, quoting where needed, null and undefined as empty cells", () => {
  assertEquals(
    formatCsv([{ b: 2, a: "x, y" }, { a: null }], ["a", "b"]),
    'a,b\n"x, y",2\n,\n',
  );
});

Deno.test("formatCsv then parseCsv: the rows come back as they were", () => {
  const rows = [{ date: "2025-01-01", km2: 0.001, count: 7, note: 'say "hi"', gap: null }];
  assertEquals(parseCsv(formatCsv(rows, Object.keys(SCHEMA)), SCHEMA, "round.csv"), rows);
});
