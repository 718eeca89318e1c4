/**
 * DeepState's occupied area and grey zone at month starts back to 2022, from the full map history
 * (`data/derived/deepstate_history_monthly.csv`), and a merged occupied series that prefers the
 * daily snapshots where they exist.
 *
 * @module
 */
import { readCsv, type Row } from "../io/csv.ts";
import { assertAscending } from "./as_of.ts";
import { cached } from "./cache.ts";
import { DEFAULT_DATA_DIR, derivedPath } from "./data_dir.ts";
import type { DeepStateDailyRow } from "./deepstate_daily.ts";
import { DEEPSTATE_HISTORY_MONTHLY } from "../schemas/deepstate_history_monthly.ts";
import { csvSchema } from "../schemas/derived_schema.ts";

/** The derived file's name. */
export const DEEPSTATE_HISTORY_FILE = DEEPSTATE_HISTORY_MONTHLY.file;

/** Its columns and types, from the file's schema (`lib/schemas/`, written once). */
const SCHEMA = csvSchema(DEEPSTATE_HISTORY_MONTHLY);

/** One month-start version of the DeepState map. */
export type DeepStateHistoryRow = Row<typeof SCHEMA>;

/**
 * Loads the month-start versions, sorted by map date with no date twice.
 *
 * @example
 * ```ts
 * import { loadDeepStateHistory } from "./deepstate_history.ts";
 * (await loadDeepStateHistory())[0].map_date; // "2022-04-03" or so
 * ```
 */
export function loadDeepStateHistory(
  dataDir: string = DEFAULT_DATA_DIR,
): Promise<DeepStateHistoryRow[]> {
  const path = derivedPath(dataDir, DEEPSTATE_HISTORY_FILE);
  return cached(path, async () => {
    const rows = await readCsv(path, SCHEMA);
    assertAscending(rows, "map_date", path);
    return rows;
  });
}

/** One point of the merged occupied series. */
export interface OccupiedPoint {
  /** Occupied area at the end of this day. */
  map_date: string;
  /** The file name, kept so "as of" helpers can name it. */
  file: string;
  file_date: string;
  occupied_km2: number;
  source: "deepstate-daily" | "deepstate-history";
}

/**
 * DeepState's occupied area over time: the month-start history versions up to the first daily
 * snapshot, then the daily snapshots. Sorted by map date; usable with `snapshotAsOf`.
 *
 * @example
 * ```ts
 * import { loadDeepStateHistory, occupiedSeries } from "./deepstate_history.ts";
 * import { loadDeepStateDaily } from "./deepstate_daily.ts";
 * const series = occupiedSeries(await loadDeepStateDaily(), await loadDeepStateHistory());
 * ```
 */
export function occupiedSeries(
  daily: readonly DeepStateDailyRow[],
  history: readonly DeepStateHistoryRow[],
): OccupiedPoint[] {
  const firstDaily = daily[0]?.map_date ?? "9999-12-31";
  const early: OccupiedPoint[] = history
    .filter((row) => row.map_date < firstDaily)
    .map((row) => ({
      map_date: row.map_date,
      file: row.file,
      file_date: row.version_time.slice(0, 10),
      occupied_km2: row.occupied_km2,
      source: "deepstate-history",
    }));
  const late: OccupiedPoint[] = daily.map((row) => ({
    map_date: row.map_date,
    file: row.file,
    file_date: row.file_date,
    occupied_km2: row.occupied_km2,
    source: "deepstate-daily",
  }));
  return [...early, ...late];
}
