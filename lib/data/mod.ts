/**
 * Loaders of `data/derived/` and their "as of" helpers, in one import.
 *
 * @example
 * ```ts
 * import { loadDeepStateDaily, occupiedAsOf } from "./mod.ts";
 * occupiedAsOf(await loadDeepStateDaily(), "2025-12-31").row.occupied_km2;
 * ```
 *
 * @module
 */
export * from "./as_of.ts";
export * from "./azerbaijan_areas.ts";
export * from "./cache.ts";
export * from "./data_dir.ts";
export * from "./dates.ts";
export * from "./deepstate_daily.ts";
export * from "./deepstate_grey_zone.ts";
export * from "./deepstate_history.ts";
export * from "./economist_area.ts";
export * from "./economist_estimates.ts";
export * from "./general_staff.ts";
export * from "./map_geometry.ts";
export * from "./meduza_weekly.ts";
export * from "./oblasts.ts";
export * from "./point_estimates.ts";
export * from "./snapshot.ts";
export * from "./snapshot_table.ts";
export * from "./ukmod_monthly.ts";
export * from "./unit_columns.ts";
