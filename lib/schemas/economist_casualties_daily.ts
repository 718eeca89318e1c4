/**
 * The schema of `data/derived/economist_casualties_daily.csv`, written once: the pipeline step
 * (`pipeline/steps/economist_estimates.ts`) writes these columns, the loader
 * (`lib/data/economist_estimates.ts`) reads them, and `docs/ARCHITECTURE.md` describes them.
 *
 * @module
 */
import type { DerivedSchema } from "./derived_schema.ts";
import { metaEstimateColumns } from "./meta_estimate_columns.ts";

/** One row per day of The Economist's meta-estimate of Russian casualties. */
export const ECONOMIST_CASUALTIES_DAILY = {
  file: "economist_casualties_daily.csv",
  description: "one row per day from 2022-02-24, in date order, no gap: The Economist's " +
    "meta-estimate of cumulative Russian casualties (killed and wounded), rounded to 0.1 " +
    "person; upstream's `NA` day (its newest) is a row of empty cells, never zeros",
  columns: metaEstimateColumns("casualties (killed and wounded)"),
} as const satisfies DerivedSchema;
