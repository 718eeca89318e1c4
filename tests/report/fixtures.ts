/**
 * Fixture claims, checks and figures for the report tests: every verdict, every kind of table,
 * text that would break unescaped HTML, and a figure rendered by Observable Plot like the real
 * ones.
 *
 * @module
 */
import * as Plot from "@observablehq/plot";
import type { Claim, ClaimCheck, Verdict } from "../../lib/claims/claim.ts";
import type { ReportFigure } from "../../lib/report/figure.ts";
import { renderPlot } from "../../lib/plots/render.ts";

/** The as-of date of the fixtures. */
export const FIXTURE_AS_OF = "2025-12-31";

function fixtureClaim(
  id: string,
  group: Claim["group"],
  quote: string,
  hedge: Claim["hedge"],
  stated: Claim["stated"],
  unit: string,
): Claim {
  return {
    id,
    group,
    quote,
    plainReading: `Plain reading of ${id}.`,
    stated,
    unit,
    hedge,
    articleAsOf: FIXTURE_AS_OF,
    sources: [{
      title: `Source for ${id}`,
      publisher: "Fixture Publisher",
      date: "2025-12-01",
      url: `https://example.org/${id}`,
    }],
    notebook: "01-cost-of-the-advance",
    check: () => Promise.reject(new Error("fixture claims are not checked")),
  };
}

/** Fixture claims, one per verdict, in the "article order" the report must keep. */
export const FIXTURE_CLAIMS: Claim[] = [
  fixtureClaim(
    "fixture-about",
    "A",
    "Russia lost about 96 troops per square kilometer taken",
    { kind: "about", value: 96 },
    96,
    "troops/km²",
  ),
  fixtureClaim(
    "fixture-range",
    "B",
    "it continues to recruit around 30,000 to 40,000 troops each month",
    { kind: "range", low: 30000, high: 40000 },
    null,
    "troops/month",
  ),
  fixtureClaim(
    "fixture-escaping",
    "C",
    `<script>alert("x")</script> & "quoted" <b>not bold</b>`,
    { kind: "nearly", value: 3 },
    3,
    "years",
  ),
  fixtureClaim(
    "fixture-contested",
    "D",
    "more than half of respondents said they would protest",
    { kind: "more-than", value: 50 },
    50,
    "%",
  ),
  fixtureClaim(
    "fixture-not-checkable",
    "E",
    "the author lived and worked in Ukraine 2015-2023",
    { kind: "none", reason: "a biography, not in any data set" },
    null,
    "",
  ),
];

const VERDICT_OF: Record<string, Verdict> = {
  "fixture-about": "reproduced",
  "fixture-range": "understated",
  "fixture-escaping": "overstated",
  "fixture-contested": "contested",
  "fixture-not-checkable": "not-checkable",
};

/** One check per fixture claim (in reverse order: the report must not depend on it). */
export const FIXTURE_CHECKS: ClaimCheck[] = FIXTURE_CLAIMS.map((claim): ClaimCheck => {
  const checkable = claim.hedge.kind !== "none";
  return {
    id: claim.id,
    asOf: FIXTURE_AS_OF,
    value: checkable ? 95.123 : null,
    unit: claim.unit,
    valueText: checkable ? `95.1 ${claim.unit}` : "not checkable",
    verdict: VERDICT_OF[claim.id],
    band: checkable
      ? {
        low: 91.2,
        high: 100.8,
        lowInclusive: true,
        highInclusive: true,
        text: "91.2 to 100.8 (within 5 % of 96)",
      }
      : null,
    method: `Method of ${claim.id} <in one sentence>.`,
    inputs: checkable
      ? [{ name: "losses 2025", value: 418170, unit: "persons", from: "general_staff.csv row 3" }]
      : [],
    alternatives: checkable
      ? [{
        label: "grey zone counted as held",
        value: 88.4,
        unit: claim.unit,
        verdict: "overstated",
        note: "a note",
      }]
      : [],
    notes: checkable ? ["A DeepState file dated D shows the map at the end of D-1."] : [],
  };
}).reverse();

/** A hand-made figure: a bare SVG with a few coloured shapes. */
export const FIXTURE_SVG_FIGURE: ReportFigure = {
  title: "Three bars",
  markup: `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="120" viewBox="0 0 300 120">
<rect x="10" y="40" width="60" height="80" fill="#1f77b4"/><rect x="110" y="10" width="60" height="110" fill="#ff7f0e"/>
<rect x="210" y="70" width="60" height="50" fill="#2ca02c"/></svg>`,
  caption: "Bars drawn by hand for the test.",
};

/** A figure rendered by Observable Plot (with a title, so Plot wraps it in an HTML figure). */
export function fixturePlotFigure(): ReportFigure {
  const data = Array.from({ length: 30 }, (_, day) => ({ day, losses: 900 + 300 * Math.sin(day) }));
  return renderPlot("fixture-daily-losses", "Daily losses against 1,000", {
    title: "Daily losses against 1,000",
    marks: [
      Plot.lineY(data, { x: "day", y: "losses", stroke: "steelblue" }),
      Plot.ruleY([1000], { stroke: "crimson" }),
    ],
  });
}

/** Figures per fixture claim id. */
export function fixtureFigures(): Record<string, ReportFigure[]> {
  return {
    "fixture-about": [fixturePlotFigure(), FIXTURE_SVG_FIGURE],
    "fixture-contested": [FIXTURE_SVG_FIGURE],
  };
}
