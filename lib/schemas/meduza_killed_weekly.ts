/**
 * The schema of `data/derived/meduza_killed_weekly.csv`, written once: the pipeline step
 * (`pipeline/steps/meduza_weekly.ts`) writes these columns, the loader
 * (`lib/data/meduza_weekly.ts`) reads them, and `docs/ARCHITECTURE.md` describes them.
 *
 * @module
 */
import type { DerivedSchema } from "./derived_schema.ts";

/** One row per ISO week of death of Mediazona and Meduza's estimates. */
export const MEDUZA_KILLED_WEEKLY = {
  file: "meduza_killed_weekly.csv",
  description: "one row per ISO week of death, in order, no gap: Mediazona and Meduza's " +
    "Russian soldiers killed (2026 release), the named-list count and the assembled " +
    "excess-death estimate (killed and missing in action) with its 95 % bounds",
  columns: {
    iso_week: { type: "string", unit: null, description: "the ISO week, `YYYY-Www`" },
    week_start: { type: "date", unit: null, description: "the Monday the week starts" },
    bmz_now: {
      type: "integer",
      unit: "people",
      description: "upstream's `BmzNow`: names in the named lists (incomplete for recent weeks)",
    },
    ed_assembled: {
      type: "number",
      unit: "people",
      description: "upstream's `EDAssembled`: the excess-death estimate, rounded to 0.1",
    },
    ed_assembled_low: {
      type: "number",
      unit: "people",
      description: "the lower 95 % bound (`EDAssembledLow`), rounded to 0.1",
    },
    ed_assembled_high: {
      type: "number",
      unit: "people",
      description: "the upper 95 % bound (`EDAssembledHigh`), rounded to 0.1",
    },
    note: {
      type: "string?",
      unit: null,
      description: "empty, or what the step changed (bounds given the wrong way round, swapped)",
    },
  },
} as const satisfies DerivedSchema;
