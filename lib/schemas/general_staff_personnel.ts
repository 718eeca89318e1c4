/**
 * The schema of `data/derived/general_staff_personnel.csv`, written once: the pipeline step
 * (`pipeline/steps/general_staff.ts`) writes these columns, the loader
 * (`lib/data/general_staff.ts`) reads them, and `docs/ARCHITECTURE.md` describes them.
 *
 * @module
 */
import type { DerivedSchema } from "./derived_schema.ts";

/** One row per General Staff report, in report order. */
export const GENERAL_STAFF_PERSONNEL = {
  file: "general_staff_personnel.csv",
  description: "one row per General Staff report, in date order; a report dated D counts " +
    "losses up to the end of D-1, and `personnel_daily` (this report minus the one before) is " +
    "the losses of `counted_through`, empty on the first report",
  columns: {
    report_date: { type: "date", unit: null, description: "the date of the report" },
    counted_through: {
      type: "date",
      unit: null,
      description: "the last day the report counts (the day before report_date)",
    },
    war_day: { type: "integer", unit: "days", description: "the war day the report gives" },
    personnel_cumulative: {
      type: "integer",
      unit: "people",
      description: "Russian personnel losses claimed since 24 February 2022",
    },
    personnel_daily: {
      type: "integer?",
      unit: "people",
      description: "this report's figure minus the previous one's; empty on the first",
    },
  },
} as const satisfies DerivedSchema;
