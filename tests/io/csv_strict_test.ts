import { deepStrictEqual as assertEquals, throws } from "node:assert/strict";
import { parseCsv } from "../../lib/io/csv.ts";

const SCHEMA = { poll: "string", share_pct: "number" } as const;

Deno.test("parseCsv: only plain decimals with an optional sign are numbers (0x54 is refused)", () => {
  for (const bad of ["0x54", "1e3", "Infinity", " 5", "5 ", "1_000", "0b1", "+", ".", "1.2.3"]) {
    throws(
      () => parseCsv(`poll,share_pct\na,${bad}\n`, SCHEMA, "polls.csv"),
      new RegExp(
        `^DataError: polls\\.csv: row 2, column share_pct: expected a number \\(a plain decimal, optional sign\\), found '${
          bad.replace(/[.+]/g, "\\$&")
        }'$`,
      ),
      bad,
    );
  }
  const good = parseCsv("poll,share_pct\na,+5\nb,-0.5\nc,.5\nd,5.\n", SCHEMA, "polls.csv");
  assertEquals(good.map((r) => r.share_pct), [5, -0.5, 0.5, 5]);
});

Deno.test("parseCsv: a byte-order mark before the header is dropped", () => {
  assertEquals(parseCsv("\uFEFFpoll,share_pct\na,1\n", SCHEMA, "polls.csv"), [
    { poll: "a", share_pct: 1 },
  ]);
});

Deno.test("parseCsv: a row with an extra cell names the row and both cell counts", () => {
  throws(
    () => parseCsv("poll,share_pct\na,1\nb,2,3\n", SCHEMA, "polls.csv"),
    /^DataError: polls\.csv: row 3: expected 2 cells, as in the header, found 3 cells$/,
  );
});

Deno.test("parseCsv: a header column with an invisible character is shown quoted", () => {
  throws(
    () => parseCsv("po\u200Bll,share_pct\na,1\n", SCHEMA, "polls.csv"),
    /expected a column 'poll', found columns "po\u200Bll", "share_pct"/,
  );
});
