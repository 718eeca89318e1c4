import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import { writeReport } from "../../lib/report/write_report.ts";
import { checkAll } from "../../lib/claims/registry.ts";
import { DEFAULT_DATA_DIR } from "../../lib/data/data_dir.ts";
import { inIdOrder } from "../../lib/report/article_order.ts";
import { FIGURE_BUILDERS, figuresForClaims } from "../../lib/report/figures_for_claim.ts";
import type { ReportFigure } from "../../lib/report/figure.ts";
import {
  BROWSER_TEST,
  CHROMIUM,
  chromiumAvailable,
  inspectPage,
  type PageInspection,
} from "./browser.ts";
import { pageProblems, screenshotProblems } from "./page_checks.ts";
import { FIXTURE_AS_OF, FIXTURE_CHECKS, FIXTURE_CLAIMS, fixtureFigures } from "./fixtures.ts";

const ignore = !chromiumAvailable();
if (ignore) {
  console.warn(
    `SKIPPED the report's browser tests: no Chromium at ${CHROMIUM}. ` +
      "`deno task test` installs it (apt-get install chromium).",
  );
}

/** Writes a fixture report into a fresh temporary folder, opens it in Chromium, cleans up. */
async function inspectFixtureReport(
  figures: Record<string, ReportFigure[]> = fixtureFigures(),
): Promise<PageInspection> {
  const outDir = await Deno.makeTempDir({ prefix: "report-browser-" });
  try {
    const path = await writeReport({
      claims: FIXTURE_CLAIMS,
      checks: FIXTURE_CHECKS,
      asOf: FIXTURE_AS_OF,
      outDir,
      figures,
    });
    return await inspectPage(path);
  } finally {
    await Deno.remove(outDir, { recursive: true });
  }
}

const expected = {
  claimIds: FIXTURE_CLAIMS.map((claim) => claim.id),
  figuresPerClaim: { "fixture-about": 2, "fixture-contested": 1 },
};

// One page load serves the checks of the good page; every test shares one Chromium.
let fixtureRun: Promise<PageInspection> | undefined;
const fixtureInspection = () => fixtureRun ??= inspectFixtureReport();

Deno.test({
  name: "report in Chromium: every claim and every figure is visible, nothing is requested",
  ignore,
  ...BROWSER_TEST,
  async fn() {
    const seen = await fixtureInspection();
    assertEquals(pageProblems(seen, expected), []);
    assertEquals(seen.figures.length, 3);
  },
});

Deno.test({
  name: "report in Chromium: the screenshot is 1280x2000, not blank, ink in the first claim",
  ignore,
  ...BROWSER_TEST,
  async fn() {
    const seen = await fixtureInspection();
    assertEquals(screenshotProblems(seen), []);
  },
});

Deno.test({
  name: "report in Chromium: a page that loads from the network is caught",
  ignore,
  ...BROWSER_TEST,
  async fn() {
    const dir = await Deno.makeTempDir({ prefix: "report-browser-" });
    try {
      const path = `${dir}/network.html`;
      // No CSP here, so the request really leaves the page (to the test's dead proxy).
      await Deno.writeTextFile(
        path,
        `<!doctype html><html><head><link rel="stylesheet" href="https://cdn.example/x.css">
</head><body><img src="https://example.org/a.png" alt="a"></body></html>`,
      );
      const problems = pageProblems(await inspectPage(path), { claimIds: [], figuresPerClaim: {} });
      assert(
        problems.includes("the page requested https://cdn.example/x.css"),
        problems.join("\n"),
      );
      assert(
        problems.includes("the page requested https://example.org/a.png"),
        problems.join("\n"),
      );
      assert(problems.some((p) => p.startsWith("broken image: https://example.org/a.png")));
      assert(problems.some((p) => p.startsWith("console error:")));
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test({
  name: "report in Chromium: an empty figure, a hidden figure and a missing claim are caught",
  ignore,
  ...BROWSER_TEST,
  async fn() {
    const seen = await inspectFixtureReport({
      "fixture-about": [{ title: "empty", markup: '<svg width="300" height="100"></svg>' }],
      "fixture-range": [{
        title: "hidden",
        markup:
          '<svg width="300" height="100" style="display:none"><rect width="9" height="9"/></svg>',
      }],
    });
    const problems = pageProblems(seen, {
      claimIds: [...expected.claimIds, "a-claim-not-on-the-page"],
      figuresPerClaim: { "fixture-about": 1, "fixture-range": 1, "fixture-contested": 1 },
    });
    const has = (text: string) =>
      assert(problems.some((p) => p.includes(text)), problems.join("\n"));
    has("figure 1 (of claim fixture-about): its SVG is empty");
    has("figure 1 (of claim fixture-about): its SVG draws nothing");
    has("figure 2 (of claim fixture-range) has no visible <svg>");
    has("claim fixture-contested: 0 figures, expected 1");
    has("expected fixture-about, fixture-range, fixture-escaping");
    assertEquals(seen.requests, []);
  },
});

Deno.test({
  name: "report in Chromium: a blank page fails the screenshot check",
  ignore,
  ...BROWSER_TEST,
  async fn() {
    const dir = await Deno.makeTempDir({ prefix: "report-browser-" });
    try {
      const path = `${dir}/blank.html`;
      await Deno.writeTextFile(path, "<!doctype html><html><body></body></html>");
      const problems = screenshotProblems(await inspectPage(path));
      assert(problems.includes("the screenshot is blank (under 1 % ink)"), problems.join("\n"));
      assert(problems.some((p) => p.startsWith("the screenshot has only")), problems.join("\n"));
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

/** Checks every registered claim as of `asOf`, writes the report, and looks at it in Chromium. */
async function checkRegisteredReport(asOf: string): Promise<void> {
  const results = await checkAll({ asOf, dataDir: DEFAULT_DATA_DIR });
  const claims = results.map(({ claim }) => claim);
  const figures = await figuresForClaims(claims, { asOf, dataDir: DEFAULT_DATA_DIR });
  for (const id of Object.keys(FIGURE_BUILDERS)) {
    assert((figures[id]?.length ?? 0) > 0, `claim ${id} has no figure`);
  }
  const outDir = await Deno.makeTempDir({ prefix: "report-browser-" });
  try {
    const path = await writeReport({
      claims,
      checks: results.map(({ check }) => check),
      asOf,
      outDir,
      figures,
    });
    const seen = await inspectPage(path);
    const expectedIds = inIdOrder(claims.map((claim) => claim.id), (id) => id);
    const figuresPerClaim = Object.fromEntries(
      Object.entries(figures).map(([id, list]) => [id, list.length]),
    );
    assertEquals(pageProblems(seen, { claimIds: expectedIds, figuresPerClaim }), []);
    assertEquals(screenshotProblems(seen), []);
    assert(seen.asOfText.includes(asOf), `the as-of line says '${seen.asOfText}'`);
    // All 22 registered claims on the page: an empty registry would otherwise expect nothing.
    assertEquals([results.length, seen.claims.length], [22, 22]);
    for (const { claim, check } of results) {
      const shown = seen.claims.find((c) => c.id === claim.id)!;
      assertEquals(shown.verdict, check.verdict, claim.id);
      assert(shown.text.includes(check.valueText), `${claim.id}: ${check.valueText} not shown`);
    }
  } finally {
    await Deno.remove(outDir, { recursive: true });
  }
}

Deno.test({
  name: "report of the registered claims in Chromium: every claim and figure visible, no request",
  ignore,
  ...BROWSER_TEST,
  fn: () => checkRegisteredReport("2025-12-31"),
});

Deno.test({
  name: "report re-checked as of 2026-03-31 in Chromium: every claim and figure visible",
  ignore,
  ...BROWSER_TEST,
  fn: () => checkRegisteredReport("2026-03-31"),
});
