/**
 * The schema of `data/derived/deepstate_history_monthly.csv`, written once: the pipeline step
 * (`pipeline/steps/deepstate_history.ts`) writes these columns, the loader
 * (`lib/data/deepstate_history.ts`) reads them, and `docs/ARCHITECTURE.md` describes them.
 *
 * @module
 */
import type { DerivedSchema } from "./derived_schema.ts";

/** One row per month-start version of the DeepState map (DanielRose2310's archive). */
export const DEEPSTATE_HISTORY_MONTHLY = {
  file: "deepstate_history_monthly.csv",
  description: "one row per month-start version of the full DeepState map (DanielRose2310's " +
    "archive), in date order",
  columns: {
    version_id: { type: "string", unit: null, description: "the archive's version id" },
    version_time: { type: "string", unit: null, description: "the version's time (ISO, UTC)" },
    map_date: { type: "date", unit: null, description: "the day the version stands for" },
    file: { type: "string", unit: null, description: "the raw file's path in the raw tree" },
    sha256: { type: "string", unit: null, description: "the raw file's sha256" },
    occupied_km2: { type: "number", unit: "km²", description: "the occupied area, geodesic" },
    grey_km2: {
      type: "number?",
      unit: "km²",
      description: "the grey zone inside the units, where the version has one",
    },
  },
} as const satisfies DerivedSchema;
