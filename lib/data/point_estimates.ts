/**
 * Hand-compiled point estimates of soldiers killed or wounded, by source, as compiled by The
 * Economist (`data/derived/casualty_point_estimates.csv`), context only. `warring_party` is `yes`
 * for a belligerent's own claim.
 *
 * @module
 */
import { readCsv, type Row } from "../io/csv.ts";
import { cached } from "./cache.ts";
import { DEFAULT_DATA_DIR, derivedPath } from "./data_dir.ts";
import { csvSchema } from "../schemas/derived_schema.ts";
import { CASUALTY_POINT_ESTIMATES } from "../schemas/casualty_point_estimates.ts";

/** The derived file's name. */
export const POINT_ESTIMATES_FILE = CASUALTY_POINT_ESTIMATES.file;

/** Its columns and types, from the file's schema (`lib/schemas/`, written once). */
const SCHEMA = csvSchema(CASUALTY_POINT_ESTIMATES);

/** One estimate. */
export type PointEstimate = Row<typeof SCHEMA>;

/**
 * Loads the table (sorted by date).
 *
 * @example
 * ```ts
 * import { loadPointEstimates } from "./point_estimates.ts";
 * (await loadPointEstimates()).filter((row) => row.warring_party === "no").length;
 * ```
 */
export function loadPointEstimates(dataDir: string = DEFAULT_DATA_DIR): Promise<PointEstimate[]> {
  const path = derivedPath(dataDir, POINT_ESTIMATES_FILE);
  return cached(path, () => readCsv(path, SCHEMA));
}
