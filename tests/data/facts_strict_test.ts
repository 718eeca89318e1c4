import { ok as assert, throws } from "node:assert/strict";
import { parseFacts } from "../../lib/data/facts.ts";

const polls = await Deno.readTextFile(new URL("../../data/facts/polls.csv", import.meta.url));

Deno.test("parseFacts: a share written 0x54 in polls.csv is refused, not read as 84", () => {
  const [header, first, ...rest] = polls.trimEnd().split("\n");
  const cells = first.split(",");
  const column = header.split(",").indexOf("share_pct");
  cells[column] = "0x54";
  const text = [header, cells.join(","), ...rest].join("\n") + "\n";
  throws(
    () => parseFacts("polls", text, "polls.csv"),
    /^DataError: polls\.csv: row 2, column share_pct: expected a number \(a plain decimal, optional sign\), found '0x54'$/,
  );
});

Deno.test("parseFacts: a byte-order mark before the header of polls.csv is dropped", () => {
  assert(parseFacts("polls", "\uFEFF" + polls, "polls.csv").length > 0);
});
