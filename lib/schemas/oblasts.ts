/**
 * The schema of `data/derived/oblasts.csv`, written once: the pipeline step
 * (`pipeline/steps/oblasts.ts`) writes these columns, the loader (`lib/data/oblasts.ts`) reads
 * them, and `docs/ARCHITECTURE.md` describes them.
 *
 * @module
 */
import type { DerivedSchema } from "./derived_schema.ts";

/** One row per OCHA ADM1 unit of Ukraine. */
export const OBLASTS = {
  file: "oblasts.csv",
  description: "one row per OCHA ADM1 unit of Ukraine (27), its area geodesic on WGS84",
  columns: {
    pcode: { type: "string", unit: null, description: "the unit's P-code, e.g. UA14" },
    name_en: { type: "string", unit: null, description: "the unit's English name" },
    name_ua: { type: "string", unit: null, description: "the unit's Ukrainian name" },
    area_km2: {
      type: "number",
      unit: "km²",
      description: "the unit's geodesic area, rounded to 0.001 km²",
    },
  },
} as const satisfies DerivedSchema;
