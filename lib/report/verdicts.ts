/**
 * What each verdict means, in words a reader of the report sees beside the badges.
 *
 * @module
 */
import type { Verdict } from "../claims/claim.ts";

/** A short label and a one-sentence meaning for each verdict (docs/claims.md#verdicts, "How a claim is
 * judged").
 *
 * @example
 * ```ts
 * import { VERDICT_MEANINGS } from "./verdicts.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(VERDICT_MEANINGS.reproduced.label, "Reproduced");
 * ```
 */
export const VERDICT_MEANINGS: Record<Verdict, { label: string; meaning: string }> = {
  reproduced: {
    label: "Reproduced",
    meaning: "the value computed from the data falls inside the band the article's wording sets.",
  },
  understated: {
    label: "Understated",
    meaning: "the data give more than the band: the article's figure is too low.",
  },
  overstated: {
    label: "Overstated",
    meaning: "the data give less than the band: the article's figure is too high.",
  },
  contested: {
    label: "Contested",
    meaning: "credible sources put the figure on both sides of the band; each is shown.",
  },
  "not-checkable": {
    label: "Not checkable",
    meaning: "no data can decide the claim; the reason is given.",
  },
};
