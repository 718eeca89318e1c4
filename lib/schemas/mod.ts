/**
 * Every derived CSV's schema (`lib/schemas/<file>.ts`), in the order of the docs' table. The
 * GeoJSON map files and the manifest have none yet: `docs/ARCHITECTURE.md` describes them by hand.
 *
 * @module
 */
import type { DerivedSchema } from "./derived_schema.ts";
import { AZERBAIJAN_AREAS } from "./azerbaijan_areas.ts";
import { CASUALTY_POINT_ESTIMATES } from "./casualty_point_estimates.ts";
import { DEEPSTATE_DAILY } from "./deepstate_daily.ts";
import { DEEPSTATE_GREY_ZONE_MONTHLY } from "./deepstate_grey_zone_monthly.ts";
import { DEEPSTATE_HISTORY_MONTHLY } from "./deepstate_history_monthly.ts";
import { ECONOMIST_CASUALTIES_DAILY } from "./economist_casualties_daily.ts";
import { ECONOMIST_DEATHS_DAILY } from "./economist_deaths_daily.ts";
import { ECONOMIST_ISW_AREA } from "./economist_isw_area.ts";
import { GENERAL_STAFF_PERSONNEL } from "./general_staff_personnel.ts";
import { MEDUZA_KILLED_WEEKLY } from "./meduza_killed_weekly.ts";
import { OBLASTS } from "./oblasts.ts";
import { UKMOD_CASUALTIES_MONTHLY } from "./ukmod_casualties_monthly.ts";

export * from "./derived_schema.ts";
export * from "./meta_estimate_columns.ts";
export {
  AZERBAIJAN_AREAS,
  CASUALTY_POINT_ESTIMATES,
  DEEPSTATE_DAILY,
  DEEPSTATE_GREY_ZONE_MONTHLY,
  DEEPSTATE_HISTORY_MONTHLY,
  ECONOMIST_CASUALTIES_DAILY,
  ECONOMIST_DEATHS_DAILY,
  ECONOMIST_ISW_AREA,
  GENERAL_STAFF_PERSONNEL,
  MEDUZA_KILLED_WEEKLY,
  OBLASTS,
  UKMOD_CASUALTIES_MONTHLY,
};

/** The schemas, one per derived CSV that has one. */
export const DERIVED_SCHEMAS: readonly DerivedSchema[] = [
  GENERAL_STAFF_PERSONNEL,
  OBLASTS,
  DEEPSTATE_DAILY,
  DEEPSTATE_GREY_ZONE_MONTHLY,
  DEEPSTATE_HISTORY_MONTHLY,
  ECONOMIST_ISW_AREA,
  ECONOMIST_CASUALTIES_DAILY,
  ECONOMIST_DEATHS_DAILY,
  UKMOD_CASUALTIES_MONTHLY,
  MEDUZA_KILLED_WEEKLY,
  CASUALTY_POINT_ESTIMATES,
  AZERBAIJAN_AREAS,
];
