/**
 * Areas of Azerbaijan's ADM2 units (geoBoundaries) and of its national outline (Natural Earth)
 * (`data/derived/azerbaijan_areas.csv`).
 *
 * @module
 */
import { readCsv, type Row } from "../io/csv.ts";
import { DataError } from "../io/data_error.ts";
import { cached } from "./cache.ts";
import { DEFAULT_DATA_DIR, derivedPath } from "./data_dir.ts";
import { AZERBAIJAN_AREAS } from "../schemas/azerbaijan_areas.ts";
import { csvSchema } from "../schemas/derived_schema.ts";

/** The derived file's name. */
export const AZERBAIJAN_AREAS_FILE = AZERBAIJAN_AREAS.file;

/** Its columns and types, from the file's schema (`lib/schemas/`, written once). */
const SCHEMA = csvSchema(AZERBAIJAN_AREAS);

/** One unit or outline and its geodesic area. */
export type AzerbaijanAreaRow = Row<typeof SCHEMA>;

/**
 * Loads the areas. Names may repeat (geoBoundaries has "Lankaran District" twice): sum them with
 * {@link azerbaijanArea}.
 *
 * @example
 * ```ts
 * import { loadAzerbaijanAreas } from "./azerbaijan_areas.ts";
 * (await loadAzerbaijanAreas()).filter((row) => row.source.includes("geoBoundaries")).length;
 * ```
 */
export function loadAzerbaijanAreas(
  dataDir: string = DEFAULT_DATA_DIR,
): Promise<AzerbaijanAreaRow[]> {
  const path = derivedPath(dataDir, AZERBAIJAN_AREAS_FILE);
  return cached(path, () => readCsv(path, SCHEMA));
}

/**
 * The total area of the rows with this name (and source, if given); throws if there are none.
 *
 * @example
 * ```ts
 * import { azerbaijanArea, loadAzerbaijanAreas } from "./azerbaijan_areas.ts";
 * azerbaijanArea(await loadAzerbaijanAreas(), "Kalbajar District"); // about 2,861
 * ```
 */
export function azerbaijanArea(
  rows: readonly AzerbaijanAreaRow[],
  name: string,
  source?: string,
): number {
  const matches = rows.filter((row) =>
    row.name === name && (source === undefined || row.source === source)
  );
  if (matches.length === 0) {
    throw new DataError(AZERBAIJAN_AREAS_FILE, `name ${name}`, "a row with this name", "none");
  }
  return matches.reduce((sum, row) => sum + row.area_km2, 0);
}
