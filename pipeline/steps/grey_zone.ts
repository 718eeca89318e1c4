/**
 * Step: the grey zone ("Unknown status") per unit from the labelled month-start snapshots
 * (rsparks3). Clipped to each of the 27 units (grey polygons reach into Russia), minus any overlap
 * with the occupied territory of the same date (the daily `deepstate/` file of that date, or where
 * there is none, the union of the file's own occupied categories). Saved as
 * `deepstate_grey_zone_monthly.csv`.
 *
 * @module
 */
import { DataError } from "../../lib/io/data_error.ts";
import { ellipsoidalArea } from "../../lib/geo/ellipsoidal_area.ts";
import { intersectionArea } from "../../lib/geo/intersection_area.ts";
import { prepare } from "../../lib/geo/prepare.ts";
import { parseFeatureCollection, toMultiPolygon } from "../../lib/geo/read_geojson.ts";
import { union } from "../../lib/geo/union.ts";
import type { MultiPolygon } from "../../lib/geo/types.ts";
import { addDays } from "../../lib/data/dates.ts";
import { DEEPSTATE_GREY_ZONE_MONTHLY } from "../../lib/schemas/deepstate_grey_zone_monthly.ts";
import { columnNames } from "../../lib/schemas/derived_schema.ts";
import { englishCategory } from "../deepstate_labels.ts";
import { OBLAST_FILES, type OblastUnit, oblastUnits } from "../oblast_units.ts";
import { checkedGeometry, UKRAINE_BOX } from "../checked_geometry.ts";
import { readRaw } from "../read_raw.ts";
import { perFileRows } from "../per_file_rows.ts";
import { km2 } from "../round.ts";
import { filesIn, type Step } from "../step.ts";
import { DAILY_FOLDER, fileDate, snapshotPolygon } from "./deepstate_daily.ts";

/** The raw folder of the labelled snapshots. */
export const LABELLED_FOLDER = "deepstate-polygons-rsparks3";

const NAME = /^deepstatemap_data_(\d{4})(\d{2})(\d{2})_polygons\.geojson$/;

/** The polygons of one labelled snapshot, by category. */
export interface LabelledSnapshot {
  grey: MultiPolygon[];
  occupied: MultiPolygon[];
}

/**
 * Splits a labelled snapshot's features into grey-zone and occupied polygons (others dropped).
 * A feature without a polygon or a label throws a {@link DataError} naming it.
 *
 * @example
 * ```ts
 * import { labelledPolygons } from "./grey_zone.ts";
 * const text = '{"type":"FeatureCollection","features":[{"type":"Feature",' +
 *   '"properties":{"name":"Unknown status"},' +
 *   '"geometry":{"type":"Polygon","coordinates":[[[37,47],[38,47],[38,48],[37,47]]]}}]}';
 * labelledPolygons(text, "x_polygons.geojson").grey.length; // 1
 * ```
 */
export function labelledPolygons(text: string, file: string): LabelledSnapshot {
  const snapshot: LabelledSnapshot = { grey: [], occupied: [] };
  parseFeatureCollection(text, file).forEach((feature, index) => {
    const name = feature.properties.name;
    if (typeof name !== "string") {
      throw new DataError(file, `feature ${index}`, "a string property 'name'", String(name));
    }
    const category = englishCategory(name);
    if (category === "other") return;
    const where = `feature ${index} (${name})`;
    const geometry = toMultiPolygon(feature.geometry, file, where);
    snapshot[category].push(checkedGeometry(geometry, file, where, UKRAINE_BOX));
  });
  if (snapshot.occupied.length === 0) {
    throw new DataError(file, "the features", "occupied polygons ('Occupied', ...)", "none");
  }
  return snapshot;
}

/** Columns of `deepstate_grey_zone_monthly.csv`, from its schema (`lib/schemas/`). */
export function greyColumns(units: readonly { pcode: string }[]): string[] {
  return columnNames(DEEPSTATE_GREY_ZONE_MONTHLY, units);
}

/**
 * Grey-zone areas of one snapshot: unclipped, and per unit clipped and without the occupied part
 * (km², rounded to 0.001); `grey_km2` is the sum over units.
 *
 * @example
 * ```ts
 * import { greyRow } from "./grey_zone.ts";
 * import type { OblastUnit } from "../oblast_units.ts";
 * declare const units: OblastUnit[];
 * greyRow([[[[[37, 47], [38, 47], [38, 48], [37, 47]]]]], [], units).grey_unclipped_km2;
 * ```
 */
export function greyRow(
  grey: MultiPolygon[],
  occupied: MultiPolygon,
  units: readonly OblastUnit[],
): Record<string, number> {
  const greyArea = grey.length === 0 ? [] : union(grey);
  const row: Record<string, number> = { grey_unclipped_km2: km2(ellipsoidalArea(greyArea)) };
  const greyPrepared = greyArea.length === 0 ? undefined : prepare(greyArea);
  const occupiedPrepared = prepare(occupied);
  let total = 0;
  for (const unit of units) {
    const inUnit = greyPrepared === undefined ? 0 : intersectionArea(greyPrepared, unit.prepared);
    // The three-way intersection is the slow part: skip it for units without grey zone.
    const m2 = inUnit === 0
      ? 0
      : inUnit - intersectionArea(greyPrepared!, unit.prepared, occupiedPrepared);
    total += Math.max(0, m2);
    row[unit.pcode] = km2(Math.max(0, m2));
  }
  row.grey_km2 = km2(total);
  return row;
}

/**
 * The step that writes `deepstate_grey_zone_monthly.csv`.
 *
 * @example
 * ```ts
 * import { greyZoneStep } from "./grey_zone.ts";
 * greyZoneStep.output; // "deepstate_grey_zone_monthly.csv"
 * ```
 */
export const greyZoneStep: Step = {
  output: "deepstate_grey_zone_monthly.csv",
  inputs(rawHashes) {
    const labelled = filesIn(rawHashes, LABELLED_FOLDER, ".geojson");
    const daily = labelled.map((path) =>
      `${DAILY_FOLDER}/deepstatemap_data_${
        fileDate(path.slice(LABELLED_FOLDER.length + 1), NAME).replaceAll("-", "")
      }.geojson`
    ).filter((path) => rawHashes.has(path));
    return [...labelled, ...daily, ...OBLAST_FILES].sort();
  },
  // A changed daily file or boundary recomputes every row; a new labelled file only its own.
  sharedInputs(rawHashes) {
    return this.inputs(rawHashes).filter((path) => !path.startsWith(`${LABELLED_FOLDER}/`));
  },
  async run(context) {
    const units = await oblastUnits(context);
    return await perFileRows(context, {
      output: "deepstate_grey_zone_monthly.csv",
      folder: LABELLED_FOLDER,
      files: filesIn(context.rawHashes, LABELLED_FOLDER, ".geojson"),
      columns: greyColumns(units),
      item: "snapshot",
      async row(path, name) {
        const date = fileDate(name, NAME);
        const snapshot = labelledPolygons(await readRaw(`${context.rawDir}/${path}`), path);
        const dailyPath = `${DAILY_FOLDER}/deepstatemap_data_${date.replaceAll("-", "")}.geojson`;
        const occupied = context.rawHashes.has(dailyPath)
          ? snapshotPolygon(await readRaw(`${context.rawDir}/${dailyPath}`), dailyPath)
          : union(snapshot.occupied);
        return {
          file_date: date,
          map_date: addDays(date, -1),
          file: name,
          sha256: context.rawHashes.get(path)!,
          ...greyRow(snapshot.grey, occupied, units),
        };
      },
    });
  },
};
