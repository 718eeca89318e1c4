/**
 * The schema of `data/derived/deepstate_grey_zone_monthly.csv`, written once: the pipeline step
 * (`pipeline/steps/grey_zone.ts`) writes these columns, the loader
 * (`lib/data/deepstate_grey_zone.ts`) reads them, and `docs/ARCHITECTURE.md` describes them.
 *
 * @module
 */
import type { DerivedSchema } from "./derived_schema.ts";

/** One row per rsparks3 file: the grey zone in total and inside each unit. */
export const DEEPSTATE_GREY_ZONE_MONTHLY = {
  file: "deepstate_grey_zone_monthly.csv",
  description: "one row per rsparks3 file (the first of each month plus 2024-12-31 and " +
    '2025-12-31): DeepState\'s "Unknown status" clipped to each unit, minus any overlap with ' +
    "the occupied area",
  columns: {
    file_date: { type: "date", unit: null, description: "the date in the file's name" },
    map_date: { type: "date", unit: null, description: "the day the map shows (file_date - 1)" },
    file: { type: "string", unit: null, description: "the raw file's path in the raw tree" },
    sha256: { type: "string", unit: null, description: "the raw file's sha256" },
    grey_km2: { type: "number", unit: "km²", description: "the grey zone summed over the units" },
    grey_unclipped_km2: {
      type: "number",
      unit: "km²",
      description: "the grey zone before clipping to the units",
    },
  },
  unitColumns: { unit: "km²", description: "grey-zone km² inside that unit" },
} as const satisfies DerivedSchema;
