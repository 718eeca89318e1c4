/**
 * The schema of `data/derived/economist_isw_area.csv`, written once: the pipeline step
 * (`pipeline/steps/economist_area.ts`) writes these columns, the loader
 * (`lib/data/economist_area.ts`) reads them, and `docs/ARCHITECTURE.md` describes them.
 *
 * @module
 */
import type { DerivedSchema } from "./derived_schema.ts";

/** One row per day of The Economist's ISW-based series. */
export const ECONOMIST_ISW_AREA = {
  file: "economist_isw_area.csv",
  description: "one row per day, in date order: The Economist's area of Ukraine assessed as " +
    "Russian-controlled from ISW maps (its level runs above DeepState's: use it for changes)",
  columns: {
    date: { type: "date", unit: null, description: "the day of the assessment" },
    controlled_km2: {
      type: "number",
      unit: "km²",
      description: "the area assessed as Russian-controlled (upstream m², rounded to 0.001 km²)",
    },
    percent_of_ukraine: {
      type: "number?",
      unit: "%",
      description: "the same area as a share of Ukraine, as upstream gives it",
    },
  },
} as const satisfies DerivedSchema;
