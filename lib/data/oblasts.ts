/**
 * The 27 OCHA ADM1 units of Ukraine with their geodesic areas (`data/derived/oblasts.csv`).
 *
 * @module
 */
import { readCsv, type Row } from "../io/csv.ts";
import { DataError } from "../io/data_error.ts";
import { cached } from "./cache.ts";
import { DEFAULT_DATA_DIR, derivedPath } from "./data_dir.ts";
import { csvSchema } from "../schemas/derived_schema.ts";
import { OBLASTS } from "../schemas/oblasts.ts";

/** The derived file's name. */
export const OBLASTS_FILE = OBLASTS.file;

/** Donetsk Oblast's P-code in the 2017 OCHA scheme. */
export const DONETSK_PCODE = "UA14";

/** Its columns and types, from the file's schema (`lib/schemas/`, written once). */
const SCHEMA = csvSchema(OBLASTS);

/** One unit and its area. */
export type OblastRow = Row<typeof SCHEMA>;

/**
 * Loads the units and their areas; each P-code once.
 *
 * @example
 * ```ts
 * import { loadOblasts } from "./oblasts.ts";
 * (await loadOblasts()).length; // 27
 * ```
 */
export function loadOblasts(dataDir: string = DEFAULT_DATA_DIR): Promise<OblastRow[]> {
  const path = derivedPath(dataDir, OBLASTS_FILE);
  return cached(path, async () => {
    const rows = await readCsv(path, SCHEMA);
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      if (seen.has(row.pcode)) {
        throw new DataError(path, `row ${i + 2}, column pcode`, "each P-code once", row.pcode);
      }
      seen.add(row.pcode);
    });
    return rows;
  });
}

/**
 * The unit with this P-code; throws a `DataError` if it is not there.
 *
 * @example
 * ```ts
 * import { loadOblasts, oblastByPcode } from "./oblasts.ts";
 * oblastByPcode(await loadOblasts(), "UA14").area_km2; // about 26,506
 * ```
 */
export function oblastByPcode(rows: readonly OblastRow[], pcode: string): OblastRow {
  const row = rows.find((r) => r.pcode === pcode);
  if (!row) throw new DataError(OBLASTS_FILE, `pcode ${pcode}`, "a row for this unit", "none");
  return row;
}
