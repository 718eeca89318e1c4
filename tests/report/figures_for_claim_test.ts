import { deepStrictEqual as assertEquals, rejects } from "node:assert/strict";
import { type FigureBuilder, figuresForClaims } from "../../lib/report/figures_for_claim.ts";
import { FIXTURE_AS_OF, FIXTURE_CLAIMS, FIXTURE_SVG_FIGURE } from "./fixtures.ts";

const options = { asOf: FIXTURE_AS_OF, dataDir: "no-data-needed" };

Deno.test("figuresForClaims: runs each claim's builders with the claim and as-of date, skips the rest", async () => {
  const seen: string[] = [];
  const builder: FigureBuilder = ({ claim, asOf }) => {
    seen.push(`${claim.id}@${asOf}`);
    return Promise.resolve([FIXTURE_SVG_FIGURE]);
  };
  const figures = await figuresForClaims(FIXTURE_CLAIMS, options, {
    "fixture-range": [builder, builder],
    "not-a-fixture": [builder],
  });
  assertEquals(Object.keys(figures), ["fixture-range"]);
  assertEquals(figures["fixture-range"].length, 2);
  assertEquals(seen, ["fixture-range@2025-12-31", "fixture-range@2025-12-31"]);
});

Deno.test("figuresForClaims: a failing builder fails the call, naming the claim", async () => {
  const failing: FigureBuilder = () => Promise.reject(new Error("no such file"));
  await rejects(
    figuresForClaims(FIXTURE_CLAIMS, options, { "fixture-about": [failing] }),
    /figures of claim 'fixture-about': no such file/,
  );
});
