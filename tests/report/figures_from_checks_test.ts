import { deepStrictEqual as assertEquals, ok as assert, rejects } from "node:assert/strict";
import { donetskByAugust2027, lossesOver1000 } from "../../lib/claims/a/mod.ts";
import { figuresForClaims } from "../../lib/report/figures_for_claim.ts";
import { seriesFigures } from "../../lib/report/figure_builder.ts";
import { donetskProjectionFigure } from "../../lib/plots/donetsk_projection.ts";
import { DEFAULT_DATA_DIR } from "../../lib/data/data_dir.ts";

// Reads data/ only.
const asOf = "2025-12-31";
const dataDir = DEFAULT_DATA_DIR;
const claim = donetskByAugust2027;

Deno.test("figuresForClaims: a figure draws the series of the check the report shows, not a fresh one", async () => {
  const varied = await claim.check({
    asOf,
    dataDir,
    window: { from: "2025-07-23", to: "2025-11-20" },
  });
  const byDefault = (await figuresForClaims([claim], { asOf, dataDir }))[claim.id];
  const fromVaried = (await figuresForClaims([claim], { asOf, dataDir, checks: [varied] }))[
    claim.id
  ];
  assert(byDefault[0].markup !== fromVaried[0].markup, "the varied check draws another figure");
  const drawn = donetskProjectionFigure(varied.series.history, varied.series.lines, {
    claimedMonth: varied.series.claimedMonth,
  });
  assertEquals(fromVaried[0].markup, drawn.markup);
});

Deno.test("seriesFigures: the check of another claim is refused, naming both", async () => {
  const build = seriesFigures(claim, (series) => [
    donetskProjectionFigure(series.history, series.lines),
  ]);
  const other = await lossesOver1000.check({ asOf, dataDir });
  await rejects(
    build({ claim, check: other, asOf, dataDir }),
    /figures of 'donetsk-by-august-2027' given the check of 'losses-over-1000-a-day'/,
  );
});
