import { deepStrictEqual as assertEquals, ok as assert, rejects } from "node:assert/strict";
import { allClaims, checkAll } from "../../lib/claims/registry.ts";
import { DEFAULT_DATA_DIR } from "../../lib/data/data_dir.ts";
import { claimReview } from "../../lib/report/claim_review.ts";
import { writeReport } from "../../lib/report/write_report.ts";
import { FIXTURE_AS_OF, FIXTURE_CHECKS, FIXTURE_CLAIMS, fixtureFigures } from "./fixtures.ts";

Deno.test("claimReview: schema.org ClaimReview with the quote, the article and the verdict as alternateName", () => {
  const check = FIXTURE_CHECKS.find((c) => c.id === "fixture-range")!;
  const review = claimReview(FIXTURE_CLAIMS[1], check, "index.html");
  assertEquals(review["@context"], "https://schema.org");
  assertEquals(review["@type"], "ClaimReview");
  assertEquals(review.claimReviewed, FIXTURE_CLAIMS[1].quote);
  assertEquals(review.url, "index.html#claim-fixture-range");
  const item = review.itemReviewed as Record<string, Record<string, unknown>>;
  assertEquals(item["@type"], "Claim");
  assertEquals(item.appearance.headline, "An impossible compromise");
  const rating = review.reviewRating as Record<string, string>;
  assertEquals(rating["@type"], "Rating");
  assertEquals(rating.alternateName, "understated");
  assert(rating.ratingExplanation.includes(check.valueText));
});

Deno.test("writeReport: writes index.html and claims.json, returns the page's path", async () => {
  const outDir = await Deno.makeTempDir({ prefix: "report-test-" });
  try {
    const path = await writeReport({
      claims: FIXTURE_CLAIMS,
      checks: FIXTURE_CHECKS,
      asOf: FIXTURE_AS_OF,
      outDir: `${outDir}/nested/report/`,
      figures: fixtureFigures(),
    });
    assertEquals(path, `${outDir}/nested/report/index.html`);
    const html = await Deno.readTextFile(path);
    assert(html.startsWith("<!doctype html>"));
    const json = JSON.parse(await Deno.readTextFile(`${outDir}/nested/report/claims.json`));
    assertEquals(json.asOf, FIXTURE_AS_OF);
    assertEquals(json.claims.map((c: { id: string }) => c.id), FIXTURE_CLAIMS.map((c) => c.id));
    assertEquals(json.verdictCounts.reproduced, 1);
    for (const claim of json.claims) {
      assertEquals(claim.claimReview.reviewRating.alternateName, claim.check.verdict);
      assertEquals(typeof claim.check.method, "string");
    }
    // Nothing half-written is left behind.
    const names = [...Deno.readDirSync(`${outDir}/nested/report`)].map((e) => e.name).sort();
    assertEquals(names, ["claims.json", "index.html"]);
  } finally {
    await Deno.remove(outDir, { recursive: true });
  }
});

Deno.test("writeReport: orders claims by the article text when it is given", async () => {
  const outDir = await Deno.makeTempDir({ prefix: "report-test-" });
  try {
    const articleText = `First: ${FIXTURE_CLAIMS[3].quote}. Then: ${FIXTURE_CLAIMS[0].quote}.`;
    await writeReport({
      claims: FIXTURE_CLAIMS,
      checks: FIXTURE_CHECKS,
      asOf: FIXTURE_AS_OF,
      outDir,
      figures: {},
      articleText,
    });
    const json = JSON.parse(await Deno.readTextFile(`${outDir}/claims.json`));
    assertEquals(json.claims.map((c: { id: string }) => c.id), [
      "fixture-contested",
      "fixture-about",
      "fixture-range",
      "fixture-escaping",
      "fixture-not-checkable",
    ]);
  } finally {
    await Deno.remove(outDir, { recursive: true });
  }
});

Deno.test("writeReport: a figure that would load from the network fails the report", async () => {
  const outDir = await Deno.makeTempDir({ prefix: "report-test-" });
  try {
    await rejects(
      writeReport({
        claims: FIXTURE_CLAIMS,
        checks: FIXTURE_CHECKS,
        asOf: FIXTURE_AS_OF,
        outDir,
        figures: {
          "fixture-about": [{
            title: "bad",
            markup: '<svg><image href="https://x.org/a.png"/></svg>',
          }],
        },
      }),
      /markup that loads nothing/,
    );
    assertEquals([...Deno.readDirSync(outDir)].length, 0);
  } finally {
    await Deno.remove(outDir, { recursive: true });
  }
});

const NOTEBOOKS = new URL("../../notebooks/", import.meta.url);

Deno.test({
  // The notebooks are committed (not in ../shared), so this never skips: a missing notebook fails.
  name: "report notebook links: every registered claim links to a notebook that exists",
  async fn() {
    const outDir = await Deno.makeTempDir({ prefix: "report-test-" });
    try {
      const claims = allClaims();
      const results = await checkAll({ asOf: "2025-12-31", dataDir: DEFAULT_DATA_DIR, claims });
      const path = await writeReport({
        claims,
        checks: results.map(({ check }) => check),
        asOf: "2025-12-31",
        outDir,
        figures: {},
      });
      const html = await Deno.readTextFile(path);
      const links = [...html.matchAll(/href="\.\.\/\.\.\/notebooks\/([^"]+)"/g)].map((m) => m[1]);
      assertEquals(links.length, claims.length);
      // Every topic notebook (01 to 06) is linked from at least one claim; 00 is the overview.
      assertEquals([...new Set(links)].sort(), [
        "01-cost-of-the-advance.ipynb",
        "02-donetsk.ipynb",
        "03-force-generation-and-industry.ipynb",
        "04-dates-and-diplomacy.ipynb",
        "05-public-opinion.ipynb",
        "06-karabakh-precedent.ipynb",
      ]);
      const missing = links.filter((name) => {
        try {
          return !Deno.statSync(new URL(decodeURIComponent(name), NOTEBOOKS)).isFile;
        } catch {
          return true;
        }
      });
      assertEquals(missing, []);
    } finally {
      await Deno.remove(outDir, { recursive: true });
    }
  },
});
