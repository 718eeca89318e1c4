import { deepStrictEqual as assertEquals, ok as assert, throws } from "node:assert/strict";
import {
  CLAIM_MIME,
  ClaimCard,
  type ClaimRecord,
  ClaimTable,
  escapeHtml,
  statedText,
} from "../../lib/claims/display.ts";
import type { Claim, ClaimCheck } from "../../lib/claims/claim.ts";
import { JUPYTER_DISPLAY } from "../../lib/html/jupyter_display.ts";

const claim: Claim = {
  id: "demo-claim",
  group: "A",
  quote: `about 96 <troops> & "more"`,
  plainReading: "about 96 troops per km²",
  stated: 96,
  unit: "troops/km²",
  hedge: { kind: "about", value: 96 },
  articleAsOf: "2025-12-31",
  sources: [{
    title: "A <source>",
    publisher: "P",
    date: "2026-01-13",
    url: "javascript:alert(1)",
  }],
  notebook: "01-cost-of-the-advance",
  check: () => Promise.resolve(check),
};

const check: ClaimCheck = {
  id: "demo-claim",
  asOf: "2025-12-31",
  value: 95.1,
  unit: "troops/km²",
  valueText: "95.1 troops/km²",
  verdict: "reproduced",
  band: {
    low: 91.2,
    high: 100.8,
    lowInclusive: true,
    highInclusive: true,
    text: "91.2 to 100.8",
  },
  method: "losses / km²",
  inputs: [{ name: "losses", value: 418170, unit: "troops", from: "x.csv" }],
  alternatives: [{ label: "ISW area", value: 80, unit: "troops/km²", verdict: "overstated" }],
  notes: ["a <note>"],
};

function bundle(card: ClaimCard | ClaimTable): Record<string, unknown> {
  assertEquals(JUPYTER_DISPLAY, Symbol.for("Jupyter.display"));
  return card[JUPYTER_DISPLAY]();
}

Deno.test("ClaimCard: Jupyter bundle has text/html, text/plain and the claim JSON", () => {
  const shown = bundle(new ClaimCard(claim, check));
  assertEquals(Object.keys(shown).sort(), [CLAIM_MIME, "text/html", "text/plain"].sort());
  const record = shown[CLAIM_MIME] as ClaimRecord;
  assertEquals([record.id, record.value, record.verdict, record.stated], [
    "demo-claim",
    95.1,
    "reproduced",
    96,
  ]);
  assert(!("check" in record), "the record carries no function");
  assertEquals(JSON.parse(JSON.stringify(record)).alternatives[0].verdict, "overstated");
});

Deno.test("ClaimCard: HTML escapes the quote, notes and sources and drops non-http links", () => {
  const html = bundle(new ClaimCard(claim, check))["text/html"] as string;
  assert(html.includes("about 96 &lt;troops&gt; &amp; &quot;more&quot;"));
  assert(!html.includes("<troops>"));
  assert(!html.includes("<note>"));
  assert(!html.includes("javascript:"));
  assert(html.includes("Verdict: <strong"));
  assert(html.includes(">reproduced</strong>"));
  assert(
    html.includes(
      '<summary style="cursor:pointer;list-style:none;font-weight:600">▸ Notes (1)</summary>',
    ),
  );
  assert(!html.includes("<td"), "no table cells, which classic Notebook right-aligns");
  assert(html.includes("91.2 to 100.8"));
});

Deno.test("ClaimCard: plain text shows stated, computed, band and alternatives", () => {
  const text = bundle(new ClaimCard(claim, check))["text/plain"] as string;
  assert(text.startsWith("demo-claim: reproduced"));
  assert(text.includes("stated:   about 96 troops/km²"));
  assert(text.includes("computed: 95.1 troops/km² (as of 2025-12-31)"));
  assert(text.includes("alt: ISW area: 80.0 troops/km² (overstated)"));
});

Deno.test("ClaimCard: a check of another claim is refused", () => {
  // Any error used to count; only the mismatch the card guards against should.
  throws(
    () => new ClaimCard(claim, { ...check, id: "other" }),
    /claim 'demo-claim' given the check of 'other'/,
  );
});

Deno.test("ClaimTable: one row per claim in HTML and an array of records in JSON", () => {
  const shown = bundle(new ClaimTable([{ claim, check }, { claim, check }]));
  assertEquals((shown[CLAIM_MIME] as unknown[]).length, 2);
  assertEquals((shown[CLAIM_MIME] as ClaimRecord[]).map((r) => [r.id, r.verdict]), [
    ["demo-claim", "reproduced"],
    ["demo-claim", "reproduced"],
  ]);
  assertEquals((shown["text/html"] as string).match(/<tr>/g)?.length, 3);
});

Deno.test("statedText and escapeHtml: thousands separators and all five HTML characters", () => {
  assertEquals(
    statedText({ stated: 5000, unit: "km²", hedge: { kind: "about", value: 5000 } }),
    "about 5,000 km²",
  );
  assertEquals(
    statedText({ stated: "2027-08", unit: "", hedge: { kind: "by-month", month: "2027-08" } }),
    "by 2027-08",
  );
  assertEquals(escapeHtml(`<&>"'`), "&lt;&amp;&gt;&quot;&#39;");
});
