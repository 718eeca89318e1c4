/**
 * The schema of `data/derived/casualty_point_estimates.csv`, written once: the pipeline step
 * (`pipeline/steps/casualty_point_estimates.ts`) writes these columns, the loader
 * (`lib/data/point_estimates.ts`) reads them, and `docs/ARCHITECTURE.md` describes them.
 *
 * @module
 */
import type { DerivedSchema } from "./derived_schema.ts";

/** One row per point estimate, by source. */
export const CASUALTY_POINT_ESTIMATES = {
  file: "casualty_point_estimates.csv",
  description: "one row per estimate, sorted by date (stable): the point estimates of " +
    "soldiers killed or killed and wounded, by source, hand-compiled by The Economist; " +
    "context only. A row has an estimate, a range, or one bound only",
  columns: {
    date: { type: "date", unit: null, description: "the date of the estimate" },
    country: {
      type: "string",
      unit: null,
      description: "whose soldiers: `russia` or `ukraine`",
    },
    type: {
      type: "string",
      unit: null,
      description: "`casualties` (killed and wounded) or `deaths` (killed)",
    },
    estimate: {
      type: "number?",
      unit: "people",
      description: "the point estimate; empty when the source gives only bounds",
    },
    estimate_low: {
      type: "number?",
      unit: "people",
      description: "the low bound; empty when there is none",
    },
    estimate_high: {
      type: "number?",
      unit: "people",
      description: "the high bound; empty when there is none",
    },
    source: { type: "string", unit: null, description: "who made the estimate" },
    source_url: {
      type: "string",
      unit: null,
      description: "an address, or upstream's words where there is none",
    },
    warring_party: {
      type: "string",
      unit: null,
      description: "`yes` when the figure is a belligerent's own claim, else `no`",
    },
  },
} as const satisfies DerivedSchema;
