/**
 * The schema of `data/derived/ukmod_casualties_monthly.csv`, written once: the pipeline step
 * (`pipeline/steps/ukmod_monthly.ts`) writes these columns, the loader
 * (`lib/data/ukmod_monthly.ts`) reads them, and `docs/ARCHITECTURE.md` describes them.
 *
 * @module
 */
import type { DerivedSchema } from "./derived_schema.ts";

/** One row per month of UK Defence Intelligence's casualty figures. */
export const UKMOD_CASUALTIES_MONTHLY = {
  file: "ukmod_casualties_monthly.csv",
  description: "one row per calendar month, in order, no gap: UK Defence Intelligence's " +
    "Russian casualties (killed and wounded) as compiled by The Economist, each month with " +
    "its post's address",
  columns: {
    month: { type: "string", unit: null, description: "the month, `YYYY-MM`" },
    average_per_day: {
      type: "integer",
      unit: "people/day",
      description: "the month's average casualties a day, as UK MoD gives it",
    },
    days: { type: "integer", unit: "days", description: "the days in the month" },
    month_total: {
      type: "integer",
      unit: "people",
      description: "the month's casualties (average a day × days)",
    },
    cumulative: {
      type: "integer",
      unit: "people",
      description: "the running total from the first month through this one",
    },
    source_url: {
      type: "string",
      unit: null,
      description: "the address of UK Defence Intelligence's post for the month",
    },
  },
} as const satisfies DerivedSchema;
