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

/** The derived file's name. */
export const POINT_ESTIMATES_FILE = "casualty_point_estimates.csv";

const SCHEMA = {
  date: "date",
  country: "string",
  type: "string",
  estimate: "number?",
  estimate_low: "number?",
  estimate_high: "number?",
  source: "string",
  source_url: "string",
  warring_party: "string",
} as const;

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
