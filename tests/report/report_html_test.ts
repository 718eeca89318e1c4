import {
  deepStrictEqual as assertEquals,
  match as assertMatch,
  ok as assert,
  throws,
} from "node:assert/strict";
import { parseHTML } from "linkedom";
import { VERDICTS } from "../../lib/claims/claim.ts";
import { escapeHtml } from "../../lib/html/escape_html.ts";
import { assertInlineFigure } from "../../lib/report/figure.ts";
import { inArticleOrder } from "../../lib/report/article_order.ts";
import { statedText } from "../../lib/claims/stated_text.ts";
import { pairChecks, reportHtml } from "../../lib/report/write_report.ts";
import { DataError } from "../../lib/io/data_error.ts";
import { FIXTURE_AS_OF, FIXTURE_CHECKS, FIXTURE_CLAIMS, fixtureFigures } from "./fixtures.ts";

function fixturePage(): Document {
  const html = reportHtml(
    pairChecks(FIXTURE_CLAIMS, FIXTURE_CHECKS),
    FIXTURE_AS_OF,
    fixtureFigures(),
  );
  return parseHTML(html).document as unknown as Document;
}

Deno.test("escapeHtml: escapes the five characters that can start markup or end an attribute", () => {
  assertEquals(
    escapeHtml(`<a href="x">'&'</a>`),
    "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;",
  );
});

Deno.test("reportHtml: one article per claim, in the claims' order, not the checks' order", () => {
  const ids = [...fixturePage().querySelectorAll("article.claim")].map((a) =>
    a.getAttribute("data-claim-id")
  );
  assertEquals(ids, FIXTURE_CLAIMS.map((claim) => claim.id));
});

Deno.test("reportHtml: each claim shows quote, badge, stated, computed, band, method, sources, notebook", () => {
  const page = fixturePage();
  for (const check of FIXTURE_CHECKS) {
    const article = page.querySelector(`article[data-claim-id="${check.id}"]`)!;
    assert(article, check.id);
    assertEquals(article.querySelector("h3 .badge")?.getAttribute("data-verdict"), check.verdict);
    assertEquals(article.querySelector(".computed")?.textContent, check.valueText);
    assert(article.querySelector(".method")!.textContent!.includes(check.method));
    const claim = FIXTURE_CLAIMS.find((c) => c.id === check.id)!;
    // The quote as printed, in curly quotes (a non-empty text used to be enough).
    assertEquals(article.querySelector(".quote")?.textContent, `“${claim.quote}”`);
    assertEquals(
      article.querySelector(".band")?.textContent,
      check.band?.text ??
        "none: a biography, not in any data set",
    );
    assertEquals(
      article.querySelector(".notebook a")?.getAttribute("href"),
      "../../notebooks/01-cost-of-the-advance.ipynb",
    );
    assertEquals(
      article.querySelector(".sources a")?.getAttribute("href"),
      `https://example.org/${check.id}`,
    );
  }
});

Deno.test("reportHtml: the stated value with its hedge, a dash where the claim states none", () => {
  const page = fixturePage();
  const stated = [...page.querySelectorAll("article.claim")].map((article) =>
    article.querySelector(".stated")?.textContent
  );
  assertEquals(stated, [
    "about 96 troops/km²",
    "from 30,000 to 40,000 troops/month",
    "nearly 3 years",
    "more than 50 %",
    "—",
  ]);
});

Deno.test("reportHtml: quotes and methods are text, never markup", () => {
  const page = fixturePage();
  assertEquals(page.querySelectorAll("script").length, 0);
  const article = page.querySelector(`article[data-claim-id="fixture-escaping"]`)!;
  assertEquals(article.querySelector(".quote b"), null);
  assert(article.querySelector(".quote")!.textContent!.includes(`<script>alert("x")</script>`));
});

Deno.test("reportHtml: the summary counts every verdict, zeros included, and gives the as-of date", () => {
  const page = fixturePage();
  for (const verdict of VERDICTS) {
    const item = page.querySelector(`[data-verdict-count="${verdict}"] .count`);
    assertEquals(item?.textContent, "1", verdict);
  }
  assertEquals(page.querySelector("#as-of time")?.getAttribute("datetime"), FIXTURE_AS_OF);
  const html = reportHtml(
    pairChecks(FIXTURE_CLAIMS.slice(0, 1), FIXTURE_CHECKS.slice(-1)),
    FIXTURE_AS_OF,
    {},
  );
  const counts = parseHTML(html).document.querySelectorAll(".verdict-counts .count");
  assertEquals([...counts].map((c) => c.textContent), ["1", "0", "0", "0", "0"]);
});

Deno.test("reportHtml: a Content-Security-Policy forbids every request", () => {
  const meta = fixturePage().querySelector('meta[http-equiv="Content-Security-Policy"]');
  assertMatch(meta?.getAttribute("content") ?? "", /default-src 'none'/);
});

Deno.test("reportHtml: figures are inline under their claim, with their captions", () => {
  const page = fixturePage();
  const about = page.querySelectorAll(
    `article[data-claim-id="fixture-about"] figure.report-figure`,
  );
  assertEquals(about.length, 2);
  assert(about[0].querySelector("svg"));
  assertEquals(about[1].querySelector("figcaption strong")?.textContent, "Three bars");
  assertEquals(page.querySelectorAll("figure.report-figure").length, 3);
});

Deno.test("pairChecks: a missing check, a stray check, a repeated id and an unknown verdict all throw", () => {
  throws(() => pairChecks(FIXTURE_CLAIMS, FIXTURE_CHECKS.slice(1)), /no check for claim/);
  throws(() => pairChecks(FIXTURE_CLAIMS.slice(1), FIXTURE_CHECKS), /unknown claims/);
  throws(() => pairChecks(FIXTURE_CLAIMS, [...FIXTURE_CHECKS, FIXTURE_CHECKS[0]]), /two checks/);
  const odd = { ...FIXTURE_CHECKS[0], verdict: "true-ish" } as unknown as typeof FIXTURE_CHECKS[0];
  throws(() => pairChecks(FIXTURE_CLAIMS, [odd, ...FIXTURE_CHECKS.slice(1)]), /unknown verdict/);
});

Deno.test("assertInlineFigure: rejects figures that would load or run something", () => {
  const bad = [
    '<svg><image href="https://example.org/a.png"/></svg>',
    "<svg><script>1</script></svg>",
    '<svg onload="x()"></svg>',
    '<svg><rect style="fill:url(http://x/y)"/></svg>',
    '<div><img src="//cdn.example/a.png"><svg></svg></div>',
    "<p>no svg at all</p>",
  ];
  for (const markup of bad) {
    throws(() => assertInlineFigure({ title: "t", markup }, "c"), DataError, markup);
  }
  assertInlineFigure({
    title: "t",
    markup: '<svg><rect clip-path="url(#c-1)"/><use href="#a"/></svg>',
  }, "c");
  assertInlineFigure(fixtureFigures()["fixture-about"][0], "c");
});

Deno.test("inArticleOrder: sorts by where each quote appears, ignoring case, quotes and ellipses", () => {
  const article =
    `He said “We fought with Sweden for 21 years.” In 2005 Oksana Antonenko wrote. About 96 troops.`;
  const quotes = [
    "about 96 troops",
    "In 2005 ... Oksana Antonenko",
    "not there",
    "We fought with Sweden",
  ];
  assertEquals(inArticleOrder(quotes, (q) => q, article), [
    "We fought with Sweden",
    "In 2005 ... Oksana Antonenko",
    "about 96 troops",
    "not there",
  ]);
});

Deno.test("statedText: words as printed, numbers and dates with their hedge", () => {
  const range = { kind: "range", low: 11.8, high: 13.3 } as const;
  assertEquals(statedText({ stated: "1 in 8", unit: "%", hedge: range }), "1 in 8");
  assertEquals(statedText({ stated: null, unit: "%", hedge: range }), "from 11.8 to 13.3 %");
  assertEquals(
    statedText({ stated: "2027-08", unit: "", hedge: { kind: "by-month", month: "2027-08" } }),
    "by 2027-08",
  );
  assertEquals(
    statedText({ stated: 500000, unit: "troops", hedge: { kind: "nearly", value: 500000 } }),
    "nearly 500,000 troops",
  );
});
