/**
 * Every derived file's schema (`lib/schemas/<file>.ts`), in the order of the docs' table.
 * Files without one yet are described in `docs/ARCHITECTURE.md` by hand.
 *
 * @module
 */
import type { DerivedSchema } from "./derived_schema.ts";
import { AZERBAIJAN_AREAS } from "./azerbaijan_areas.ts";
import { ECONOMIST_ISW_AREA } from "./economist_isw_area.ts";
import { GENERAL_STAFF_PERSONNEL } from "./general_staff_personnel.ts";
import { OBLASTS } from "./oblasts.ts";

export * from "./derived_schema.ts";
export { AZERBAIJAN_AREAS, ECONOMIST_ISW_AREA, GENERAL_STAFF_PERSONNEL, OBLASTS };

/** The schemas, one per derived CSV that has one. */
export const DERIVED_SCHEMAS: readonly DerivedSchema[] = [
  GENERAL_STAFF_PERSONNEL,
  OBLASTS,
  ECONOMIST_ISW_AREA,
  AZERBAIJAN_AREAS,
];
