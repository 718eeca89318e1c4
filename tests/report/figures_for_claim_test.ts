import { deepStrictEqual as assertEquals, rejects } from "node:assert/strict";
import {
  FIGURE_BUILDERS,
  type FigureBuilder,
  figuresForClaims,
} from "../../lib/report/figures_for_claim.ts";
import { assertInlineFigure } from "../../lib/report/figure.ts";
import { allClaims } from "../../lib/claims/registry.ts";
import { DEFAULT_DATA_DIR } from "../../lib/data/data_dir.ts";
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

Deno.test("figuresForClaims on the real data: every listed claim gets self-contained figures", async () => {
  const claims = allClaims();
  const figures = await figuresForClaims(claims, { asOf: "2025-12-31", dataDir: DEFAULT_DATA_DIR });
  // Which figure goes under which claim, by the figures' ids: an empty or reshuffled set fails.
  const figureIds = Object.fromEntries(
    Object.entries(figures).map(([id, list]) => [
      id,
      list.map((figure) => figure.markup.match(/\bid="([a-z0-9-]+)"/)?.[1]),
    ]),
  );
  assertEquals(figureIds, {
    "troops-per-km2-2025": [
      "monthly-cost-per-km2",
      "monthly-area-gained",
      "independent-cost-by-year",
      "independent-cost-by-month",
    ],
    "donetsk-still-held-km2": ["donetsk-map"],
    "donetsk-by-august-2027": ["donetsk-projection"],
    "losses-over-1000-a-day": ["daily-losses", "independent-cumulative", "independent-monthly"],
    "recruits-30-40k-a-month": ["recruitment-vs-losses"],
    "shells-4x-nato": ["shell-ratios"],
    "talks-first-in-nearly-3-years": ["timeline"],
    "poll-recognition-unacceptable": ["poll-intervals"],
    "azerbaijan-lost-one-fifth": ["azerbaijan-map"],
  });
  for (const id of Object.keys(FIGURE_BUILDERS)) {
    assertEquals(claims.some((claim) => claim.id === id), true, `${id} is not a registered claim`);
    assertEquals((figures[id]?.length ?? 0) >= 1, true, `${id}: no figure`);
    for (const figure of figures[id] ?? []) assertInlineFigure(figure, id);
  }
});
