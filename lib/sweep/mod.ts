/**
 * Claims through time: the sweep engine, its CSV, the verdict runs and the default range.
 *
 * @example
 * ```ts
 * import { sweepClaims, verdictHistories } from "./mod.ts";
 * verdictHistories(await sweepClaims({ from: "2026-01-01", to: "2026-01-31", dataDir: "data" }));
 * ```
 *
 * @module
 */
export * from "./sweep.ts";
export * from "./sweep_csv.ts";
export * from "./verdict_runs.ts";
export * from "./default_range.ts";
export * from "./held_since.ts";
export * from "./fall_date_fan_data.ts";
export * from "./forecast_through_time_data.ts";
