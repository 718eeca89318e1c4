import { deepStrictEqual as assertEquals, throws as assertThrows } from "node:assert/strict";
import {
  addDays,
  addMonths,
  addYears,
  daysBetween,
  lastDayOfMonth,
  monthsFrom,
} from "../../lib/data/dates.ts";

Deno.test("addDays: crosses month and year ends in UTC", () => {
  assertEquals(addDays("2025-01-01", -1), "2024-12-31");
  assertEquals(addDays("2024-02-28", 1), "2024-02-29");
  assertEquals(addDays("2025-03-30", 2), "2025-04-01");
});

Deno.test("daysBetween: ISW's window 15 Aug to 20 Nov 2025 is 97 days", () => {
  assertEquals(daysBetween("2025-08-15", "2025-11-20"), 97);
  assertEquals(daysBetween("2025-11-20", "2025-08-15"), -97);
});

Deno.test("addYears: 29 February falls back to 28 February", () => {
  assertEquals(addYears("2024-02-29", 1), "2025-02-28");
  assertEquals(addYears("2025-12-31", -1), "2024-12-31");
});

Deno.test("addMonths, lastDayOfMonth, monthsFrom: month arithmetic wraps years", () => {
  assertEquals(addMonths("2027-01", -1), "2026-12");
  assertEquals(addMonths("2026-12", 14), "2028-02");
  assertEquals(lastDayOfMonth("2024-02"), "2024-02-29");
  assertEquals(lastDayOfMonth("2025-12"), "2025-12-31");
  assertEquals(monthsFrom("2024-11", "2025-01"), ["2024-11", "2024-12", "2025-01"]);
});

Deno.test("addDays: a malformed date is a RangeError", () => {
  assertThrows(() => addDays("2025-1-1", 1), RangeError);
});
