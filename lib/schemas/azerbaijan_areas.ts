/**
 * The schema of `data/derived/azerbaijan_areas.csv`, written once: the pipeline step
 * (`pipeline/steps/azerbaijan.ts`) writes these columns, the loader
 * (`lib/data/azerbaijan_areas.ts`) reads them, and `docs/ARCHITECTURE.md` describes them.
 *
 * @module
 */
import type { DerivedSchema } from "./derived_schema.ts";

/** One row per Azerbaijani ADM2 unit, and one for the national outline. */
export const AZERBAIJAN_AREAS = {
  file: "azerbaijan_areas.csv",
  description: "one row per geoBoundaries AZE ADM2 unit by `shapeName` (Lankaran's two " +
    "features summed) and one for Natural Earth's national outline",
  columns: {
    name: { type: "string", unit: null, description: "the unit's shapeName, or the country" },
    source: {
      type: "string",
      unit: null,
      description: "geoBoundaries AZE ADM2 or Natural Earth 1:10m admin-0",
    },
    area_km2: {
      type: "number",
      unit: "km²",
      description: "the geodesic area, rounded to 0.001 km²",
    },
  },
} as const satisfies DerivedSchema;
