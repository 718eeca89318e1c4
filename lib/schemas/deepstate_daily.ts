/**
 * The schema of `data/derived/deepstate_daily.csv`, written once: the pipeline step
 * (`pipeline/steps/deepstate_daily.ts`) writes these columns, the loader
 * (`lib/data/deepstate_daily.ts`) reads them, and `docs/ARCHITECTURE.md` describes them.
 *
 * @module
 */
import type { DerivedSchema } from "./derived_schema.ts";

/** One row per daily DeepState snapshot. */
export const DEEPSTATE_DAILY = {
  file: "deepstate_daily.csv",
  description: "one row per daily DeepState file (cyterat), in date order; a file dated D " +
    "shows the map at the end of D-1",
  columns: {
    file_date: { type: "date", unit: null, description: "the date in the file's name" },
    map_date: { type: "date", unit: null, description: "the day the map shows (file_date - 1)" },
    file: { type: "string", unit: null, description: "the raw file's path in the raw tree" },
    sha256: { type: "string", unit: null, description: "the raw file's sha256" },
    occupied_km2: {
      type: "number",
      unit: "km²",
      description: "the occupied area in total, geodesic",
    },
    occupied_in_units_km2: {
      type: "number",
      unit: "km²",
      description: "the part of it inside the 27 units",
    },
  },
  unitColumns: { unit: "km²", description: "occupied km² inside that unit" },
} as const satisfies DerivedSchema;
