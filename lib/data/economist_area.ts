/**
 * The Economist's daily area of Ukraine assessed as Russian-controlled from ISW maps
 * (`data/derived/economist_isw_area.csv`, km²). Its level runs several thousand km² above
 * DeepState's (see its SOURCE.md): use it for changes over time, not for levels.
 *
 * @module
 */
import { readCsv, type Row } from "../io/csv.ts";
import { DataError } from "../io/data_error.ts";
import { assertAscending, latestOnOrBefore } from "./as_of.ts";
import { cached } from "./cache.ts";
import { DEFAULT_DATA_DIR, derivedPath } from "./data_dir.ts";
import { daysBetween } from "./dates.ts";
import { csvSchema } from "../schemas/derived_schema.ts";
import { ECONOMIST_ISW_AREA } from "../schemas/economist_isw_area.ts";

/** The derived file's name. */
export const ECONOMIST_AREA_FILE = ECONOMIST_ISW_AREA.file;

/** Its columns and types, from the file's schema (`lib/schemas/`, written once). */
const SCHEMA = csvSchema(ECONOMIST_ISW_AREA);

/** One day of the series. */
export type EconomistAreaRow = Row<typeof SCHEMA>;

/**
 * Loads the series, sorted by date with no date twice.
 *
 * @example
 * ```ts
 * import { loadEconomistArea } from "./economist_area.ts";
 * (await loadEconomistArea()).length; // about 1,640 days
 * ```
 */
export function loadEconomistArea(
  dataDir: string = DEFAULT_DATA_DIR,
): Promise<EconomistAreaRow[]> {
  const path = derivedPath(dataDir, ECONOMIST_AREA_FILE);
  return cached(path, async () => {
    const rows = await readCsv(path, SCHEMA);
    assertAscending(rows, "date", path);
    return rows;
  });
}

/**
 * The row for `date`, or the latest earlier one within `maxDays` (default 3); throws a
 * `DataError` otherwise. The row dated D is read as the assessed area at the end of D.
 *
 * @example
 * ```ts
 * import { economistAreaAsOf, loadEconomistArea } from "./economist_area.ts";
 * economistAreaAsOf(await loadEconomistArea(), "2025-12-31").controlled_km2;
 * ```
 */
export function economistAreaAsOf(
  rows: readonly EconomistAreaRow[],
  date: string,
  maxDays = 3,
): EconomistAreaRow {
  const index = latestOnOrBefore(rows, (row) => row.date, date);
  if (index < 0 || daysBetween(rows[index].date, date) > maxDays) {
    const span = rows.length ? `${rows[0].date} to ${rows.at(-1)!.date}` : "no rows";
    throw new DataError(ECONOMIST_AREA_FILE, `as of ${date}`, "a row on or just before", span);
  }
  return rows[index];
}
