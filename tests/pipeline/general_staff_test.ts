import { deepStrictEqual as assertEquals, throws as assertThrows } from "node:assert/strict";
import { DataError } from "../../lib/io/data_error.ts";
import { parsePersonnel, personnelRows } from "../../pipeline/steps/general_staff.ts";

const report = (date: string, day: number, personnel: number) => ({ date, day, personnel });

Deno.test("personnelRows: counted_through is the day before the report, daily is the difference", () => {
  const rows = personnelRows([
    report("2025-01-01", 1043, 790800),
    report("2025-01-02", 1044, 792350),
  ]);
  assertEquals(rows, [
    {
      report_date: "2025-01-01",
      counted_through: "2024-12-31",
      war_day: 1043,
      personnel_cumulative: 790800,
      personnel_daily: null,
    },
    {
      report_date: "2025-01-02",
      counted_through: "2025-01-01",
      war_day: 1044,
      personnel_cumulative: 792350,
      personnel_daily: 1550,
    },
  ]);
});

Deno.test("parsePersonnel: keeps date, day and personnel, ignores other fields", () => {
  const text = JSON.stringify([
    { date: "2022-02-25", day: 2, personnel: 2800, "personnel*": "about", POW: 0 },
    { date: "2022-02-26", day: 3, personnel: 4300, "personnel*": "about" },
  ]);
  assertEquals(parsePersonnel(text, "p.json"), [
    report("2022-02-25", 2, 2800),
    report("2022-02-26", 3, 4300),
  ]);
});

function assertDataError(fn: () => unknown, ...fragments: string[]) {
  assertThrows(fn, (error: unknown) => {
    if (!(error instanceof DataError)) return false;
    for (const fragment of fragments) {
      if (!error.message.includes(fragment)) {
        throw new Error(`'${error.message}' does not mention '${fragment}'`);
      }
    }
    return true;
  });
}

Deno.test("parsePersonnel: a cumulative series that goes down names the record and the previous count", () => {
  const text = JSON.stringify([report("2025-01-01", 1043, 100), report("2025-01-02", 1044, 90)]);
  assertDataError(() => parsePersonnel(text, "p.json"), "p.json", "record 2", "at least 100", "90");
});

Deno.test("parsePersonnel: a duplicated date is an error naming the record", () => {
  const text = JSON.stringify([report("2025-01-01", 1043, 100), report("2025-01-01", 1043, 100)]);
  assertDataError(
    () => parsePersonnel(text, "p.json"),
    "p.json",
    "record 2",
    "one report per date",
  );
});

Deno.test("parsePersonnel: a missing day is an error (daily figures would span two days)", () => {
  const text = JSON.stringify([report("2025-01-01", 1043, 100), report("2025-01-03", 1045, 120)]);
  assertDataError(() => parsePersonnel(text, "p.json"), "record 2", "2025-01-02");
});

Deno.test("parsePersonnel: truncated JSON is a DataError naming the file", () => {
  const text = JSON.stringify([report("2025-01-01", 1043, 100)]).slice(0, 20);
  assertDataError(() => parsePersonnel(text, "p.json"), "p.json", "valid JSON");
});

Deno.test("parsePersonnel: a non-numeric personnel field names the record and field", () => {
  const text = JSON.stringify([{ date: "2025-01-01", day: 1, personnel: "100" }]);
  assertDataError(() => parsePersonnel(text, "p.json"), "record 1", "field personnel");
});
