/**
 * The Economist's daily meta-estimates of cumulative Russian casualties (killed and wounded) and
 * deaths since 2022-02-24, with 95 % confidence (`ci_*`) and prediction (`pi_*`) bounds
 * (`data/derived/economist_casualties_daily.csv`, `economist_deaths_daily.csv`). A day without an
 * estimate (upstream's `NA`) has `null`s and is skipped by {@link metaEstimateAsOf}.
 *
 * @module
 */
import { readCsv, type Row } from "../io/csv.ts";
import { DataError } from "../io/data_error.ts";
import { assertAscending, latestOnOrBefore } from "./as_of.ts";
import { cached } from "./cache.ts";
import { DEFAULT_DATA_DIR, derivedPath } from "./data_dir.ts";
import { csvSchema } from "../schemas/derived_schema.ts";
import { ECONOMIST_CASUALTIES_DAILY } from "../schemas/economist_casualties_daily.ts";
import { ECONOMIST_DEATHS_DAILY } from "../schemas/economist_deaths_daily.ts";

/** The derived files, by quantity. */
export const ECONOMIST_ESTIMATE_FILES = {
  casualties: ECONOMIST_CASUALTIES_DAILY.file,
  deaths: ECONOMIST_DEATHS_DAILY.file,
} as const;

/** Their columns and types, from each file's schema (`lib/schemas/`, written once). */
const SCHEMAS = {
  casualties: csvSchema(ECONOMIST_CASUALTIES_DAILY),
  deaths: csvSchema(ECONOMIST_DEATHS_DAILY),
} as const;

/** One day: cumulative people, `null` on a day without an estimate. */
export type MetaEstimateDay = Row<typeof SCHEMAS.casualties>;

/** A day with an estimate. */
export type MetaEstimateReading = { [K in keyof MetaEstimateDay]: NonNullable<MetaEstimateDay[K]> };

/**
 * Loads one meta-estimate, sorted by date with no date twice.
 *
 * @example
 * ```ts
 * import { loadMetaEstimate } from "./economist_estimates.ts";
 * (await loadMetaEstimate("casualties")).length; // 1,641 days with the data of 2026-08
 * ```
 */
export function loadMetaEstimate(
  quantity: "casualties" | "deaths",
  dataDir: string = DEFAULT_DATA_DIR,
): Promise<MetaEstimateDay[]> {
  const path = derivedPath(dataDir, ECONOMIST_ESTIMATE_FILES[quantity]);
  return cached(path, async () => {
    const rows: MetaEstimateDay[] = await readCsv(path, SCHEMAS[quantity]);
    assertAscending(rows, "date", path);
    return rows;
  });
}

/**
 * The estimate at the end of `date`: the row of that day, or (when that day is `NA` or missing)
 * the latest earlier day with an estimate within `maxDays` (default 3); otherwise a `DataError`
 * naming the file (`file`, default the casualty file).
 *
 * @example
 * ```ts
 * import { loadMetaEstimate, metaEstimateAsOf } from "./economist_estimates.ts";
 * metaEstimateAsOf(await loadMetaEstimate("casualties"), "2025-12-31").estimate; // 1201231.3
 * ```
 */
export function metaEstimateAsOf(
  rows: readonly MetaEstimateDay[],
  date: string,
  file: string = ECONOMIST_ESTIMATE_FILES.casualties,
  maxDays = 3,
): MetaEstimateReading {
  let index = latestOnOrBefore(rows, (row) => row.date, date);
  while (index >= 0 && rows[index].estimate === null) index--;
  const found = index >= 0 ? rows[index] : undefined;
  const days = found ? (Date.parse(date) - Date.parse(found.date)) / 86_400_000 : Infinity;
  if (!found || days > maxDays) {
    const known = rows.filter((row) => row.estimate !== null);
    const span = known.length
      ? `estimates ${known[0].date} to ${known.at(-1)!.date}`
      : "no estimate";
    throw new DataError(file, `as of ${date}`, "an estimate on or just before", span);
  }
  return found as MetaEstimateReading;
}
