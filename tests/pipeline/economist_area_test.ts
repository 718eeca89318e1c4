import { deepStrictEqual as assertEquals, throws as assertThrows } from "node:assert/strict";
import { DataError } from "../../lib/io/data_error.ts";
import { economistAreaRows } from "../../pipeline/steps/economist_area.ts";

const HEADER =
  "date,area_assessed_as_russia_controlled,area_assessed_as_russia_controlled_percent\n";

Deno.test("economistAreaRows: converts m² to km² rounded to 0.001", () => {
  const rows = economistAreaRows(
    `${HEADER}2022-02-22,43679052552.25393,7.236087880657281\n`,
    "a.csv",
  );
  assertEquals(rows, [{
    date: "2022-02-22",
    controlled_km2: 43679.053,
    percent_of_ukraine: 7.236088,
  }]);
});

Deno.test("economistAreaRows: a date repeated with the same values is kept once", () => {
  const text = `${HEADER}2026-04-04,1000000,20\n2026-04-04,1000000,20\n2026-04-05,2000000,20\n`;
  assertEquals(economistAreaRows(text, "a.csv").map((r) => r.date), ["2026-04-04", "2026-04-05"]);
});

Deno.test("economistAreaRows: a date repeated with another area is an error naming the row", () => {
  const text = `${HEADER}2026-04-04,1000000,20\n2026-04-04,3000000,20\n`;
  assertThrows(
    () => economistAreaRows(text, "a.csv"),
    (e: unknown) => e instanceof DataError && /a\.csv: row 3 \(date 2026-04-04\)/.test(e.message),
  );
});

Deno.test("economistAreaRows: dates out of order are an error", () => {
  const text = `${HEADER}2026-04-05,1000000,20\n2026-04-04,1000000,20\n`;
  assertThrows(
    () => economistAreaRows(text, "a.csv"),
    (e: unknown) => e instanceof DataError && e.message.includes("a date after 2026-04-05"),
  );
});

Deno.test("economistAreaRows: a missing column is an error naming the column", () => {
  assertThrows(
    () => economistAreaRows("date,area_assessed_as_russia_controlled\n2026-04-05,1\n", "a.csv"),
    (e: unknown) =>
      e instanceof DataError && e.message.includes("area_assessed_as_russia_controlled_percent"),
  );
});
