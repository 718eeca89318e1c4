/** The report's "since the article" line on the fixtures' sweep. */
import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import { donetskStillHeld } from "../../lib/claims/a/donetsk_still_held.ts";
import { heldSinceHtml, reportSweep } from "../../lib/report/held_since_line.ts";
import { claimSectionHtml } from "../../lib/report/claim_section.ts";

const dataDir = new URL("../fixtures", import.meta.url).pathname;

Deno.test("reportSweep (fixtures): from the article's as-of date to the last day every claim computes", async () => {
  const rows = await reportSweep([donetskStillHeld], dataDir);
  assertEquals(rows[0].asOf, "2025-12-31");
  // The last General Staff report counts through 2026-01-04 (the maps could stand in to 01-07).
  assertEquals(rows.at(-1)!.asOf, "2026-01-04");
});

Deno.test("heldSinceHtml (fixtures): the line in words and an inline strip, in the claim's section", async () => {
  const rows = await reportSweep([donetskStillHeld], dataDir);
  const html = heldSinceHtml(donetskStillHeld, rows);
  assert(html.includes("Since the article:</span> overstated on every day from 2025-12-31"), html);
  assert(html.includes("<svg") && html.includes('id="claim-donetsk-still-held-km2-since"'));
  const check = await donetskStillHeld.check({ asOf: "2025-12-31", dataDir });
  assert(claimSectionHtml(donetskStillHeld, check, [], rows).includes(html));
  // Without a sweep, no line.
  assertEquals(heldSinceHtml(donetskStillHeld, []), "");
  assert(!claimSectionHtml(donetskStillHeld, check, []).includes("Since the article"));
});
