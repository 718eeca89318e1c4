import { deepStrictEqual as assertEquals, rejects } from "node:assert/strict";
import { eventInput, eventSources, loadEventRows } from "../../../lib/claims/c/event_rows.ts";
import { DataError } from "../../../lib/io/data_error.ts";

Deno.test("loadEventRows: the rows in the order of the ids asked for", async () => {
  const ids = ["istanbul-talks-2025", "istanbul-talks-2022"];
  assertEquals((await loadEventRows("data", ids)).map((row) => row.id), ids);
});

Deno.test("loadEventRows: an id not in events.csv is a DataError naming the file", async () => {
  await rejects(
    () => loadEventRows("data", ["no-such-event"]),
    (error) => error instanceof DataError && error.message.includes("events.csv"),
  );
});

Deno.test("eventInput: name, value, unit and the events.csv row it comes from", async () => {
  const [row] = await loadEventRows("data", ["istanbul-talks-2025"]);
  assertEquals(eventInput(row), {
    name: "First direct Russia-Ukraine talks since March 2022, Dolmabahce Palace, Istanbul",
    value: "2025-05-16",
    unit: "date",
    from: "events.csv, istanbul-talks-2025",
  });
  assertEquals(eventInput(row, "days", 3, "a count"), {
    name: "a count",
    value: 3,
    unit: "days",
    from: "events.csv, istanbul-talks-2025",
  });
});

Deno.test("eventSources: only the sources of the rows asked for", () => {
  const all = eventSources(["istanbul-talks-2022", "istanbul-talks-2025", "budapest-memorandum"]);
  const one = eventSources(["budapest-memorandum"]);
  assertEquals(one.map((source) => [source.date, source.url]), [
    ["2014-10-02", "https://nsarchive.gwu.edu/media/32106/ocr"],
  ]);
  assertEquals(all.map((source) => source.publisher), [
    "Pledge Times",
    "Hurriyet Daily News",
    "United Nations (copy held by the National Security Archive)",
  ]);
});
