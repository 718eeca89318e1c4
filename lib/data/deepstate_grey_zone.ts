/**
 * DeepState's grey zone ("Unknown status") per monthly snapshot, clipped to each unit and minus
 * any overlap with the occupied area (`data/derived/deepstate_grey_zone_monthly.csv`).
 *
 * @module
 */
import { DEFAULT_DATA_DIR, derivedPath } from "./data_dir.ts";
import { type Snapshot, snapshotAsOf } from "./snapshot.ts";
import { loadSnapshotUnitTable } from "./snapshot_table.ts";
import type { UnitRow } from "./unit_columns.ts";
import { DEEPSTATE_GREY_ZONE_MONTHLY } from "../schemas/deepstate_grey_zone_monthly.ts";
import { csvSchema } from "../schemas/derived_schema.ts";

/** The derived file's name. */
export const GREY_ZONE_FILE = DEEPSTATE_GREY_ZONE_MONTHLY.file;

/** Its fixed columns and types, from the file's schema (`lib/schemas/`, written once). */
const SCHEMA = csvSchema(DEEPSTATE_GREY_ZONE_MONTHLY);

/** One monthly snapshot: grey-zone km² in total and inside each unit (`units.UA14` ...). */
export type GreyZoneRow = UnitRow<typeof SCHEMA>;

/**
 * Loads the grey-zone snapshots, sorted by map date with no date twice.
 *
 * @example
 * ```ts
 * import { loadGreyZoneMonthly } from "./deepstate_grey_zone.ts";
 * (await loadGreyZoneMonthly()).map((row) => row.units.UA14);
 * ```
 */
export function loadGreyZoneMonthly(dataDir: string = DEFAULT_DATA_DIR): Promise<GreyZoneRow[]> {
  return loadSnapshotUnitTable(derivedPath(dataDir, GREY_ZONE_FILE), SCHEMA);
}

/**
 * The grey-zone snapshot "as of" the end of `date` (latest map date on or before it). The files
 * are monthly, so a stand-in up to 31 days older is accepted by default; the note names it.
 *
 * @example
 * ```ts
 * import { greyZoneAsOf, loadGreyZoneMonthly } from "./deepstate_grey_zone.ts";
 * greyZoneAsOf(await loadGreyZoneMonthly(), "2025-12-31").row.units.UA14;
 * ```
 */
export function greyZoneAsOf(
  rows: readonly GreyZoneRow[],
  date: string,
  maxDays = 31,
): Snapshot<GreyZoneRow> {
  return snapshotAsOf(rows, date, GREY_ZONE_FILE, maxDays);
}
