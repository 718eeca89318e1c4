/**
 * Every derived file's schema (`lib/schemas/<file>.ts`), in the order of the docs' table.
 * Files without one yet are described in `docs/ARCHITECTURE.md` by hand.
 *
 * @module
 */
import type { DerivedSchema } from "./derived_schema.ts";
import { GENERAL_STAFF_PERSONNEL } from "./general_staff_personnel.ts";

export * from "./derived_schema.ts";
export { GENERAL_STAFF_PERSONNEL };

/** The schemas, one per derived CSV that has one. */
export const DERIVED_SCHEMAS: readonly DerivedSchema[] = [GENERAL_STAFF_PERSONNEL];
