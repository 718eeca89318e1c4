/**
 * Step: the geometry of the Donetsk map, so that the figure needs no raw file: the OCHA outline
 * of Donetsk Oblast (UA14) and the area DeepState shows as occupied, clipped to a box around the
 * oblast (its bounding box plus {@link CLIP_MARGIN_DEGREES}), for every month-end map date of the
 * daily series (the latest map date on or before each month's last day) plus the first and the
 * last snapshot. Coordinates rounded to 1e-5° (about 1 m). Saved as `map_donetsk.geojson`.
 * Incremental: a snapshot whose file has the same sha256 as last time keeps its line.
 *
 * @module
 */
import { DataError } from "../../lib/io/data_error.ts";
import { boundingBox, clipToBox, growBox } from "../../lib/geo/clip_to_box.ts";
import { addDays, lastDayOfMonth, monthsFrom } from "../../lib/data/dates.ts";
import { featureCollectionText, featureLine, roundGeometry } from "../geojson_text.ts";
import { OBLAST_FILES, oblastUnits } from "../oblast_units.ts";
import { readRaw } from "../read_raw.ts";
import { roundTo } from "../round.ts";
import { filesIn, type Step } from "../step.ts";
import { DAILY_FOLDER, fileDate, snapshotPolygon } from "./deepstate_daily.ts";

/** The derived file's name. */
export const MAP_DONETSK_FILE = "map_donetsk.geojson";

/** The unit drawn. */
export const MAP_DONETSK_PCODE = "UA14";

/** Degrees added on every side of the oblast's bounding box before clipping (about 8–11 km). */
export const CLIP_MARGIN_DEGREES = 0.1;

/** The shapefile part named as the outline's `file` (its sha256 is recorded with it). */
const OUTLINE_FILE = OBLAST_FILES.find((path) => path.endsWith(".shp"))!;

/**
 * Which daily snapshot files the map keeps: for every month from the first map date's to the
 * last's, the file with the latest map date on or before the month's last day (a file dated D
 * shows the map of D-1), plus the first and the last file. Takes and returns file names (no
 * folder), sorted.
 *
 * @example
 * ```ts
 * import { monthEndFiles } from "./map_donetsk.ts";
 * monthEndFiles([
 *   "deepstatemap_data_20250115.geojson",
 *   "deepstatemap_data_20250131.geojson", // map of 2025-01-30
 *   "deepstatemap_data_20250201.geojson", // map of 2025-01-31
 *   "deepstatemap_data_20250210.geojson",
 * ]);
 * // ["deepstatemap_data_20250115.geojson", "deepstatemap_data_20250201.geojson",
 * //  "deepstatemap_data_20250210.geojson"]
 * ```
 */
export function monthEndFiles(names: readonly string[]): string[] {
  const byMapDate = names.map((name) => ({ name, mapDate: addDays(fileDate(name), -1) }))
    .sort((a, b) => a.mapDate < b.mapDate ? -1 : a.mapDate > b.mapDate ? 1 : 0);
  if (byMapDate.length === 0) return [];
  const kept = new Set([byMapDate[0].name, byMapDate.at(-1)!.name]);
  const months = monthsFrom(
    byMapDate[0].mapDate.slice(0, 7),
    byMapDate.at(-1)!.mapDate.slice(0, 7),
  );
  let index = 0;
  for (const month of months) {
    const end = lastDayOfMonth(month);
    while (index + 1 < byMapDate.length && byMapDate[index + 1].mapDate <= end) index++;
    kept.add(byMapDate[index].name);
  }
  return [...kept].sort();
}

function selectedPaths(rawHashes: ReadonlyMap<string, string>): string[] {
  const names = filesIn(rawHashes, DAILY_FOLDER, ".geojson")
    .map((path) => path.slice(DAILY_FOLDER.length + 1));
  return monthEndFiles(names).map((name) => `${DAILY_FOLDER}/${name}`);
}

/** The previous output's snapshot lines whose file still has the same sha256, by file name. */
function reusableLines(
  previousText: string | undefined,
  rawHashes: ReadonlyMap<string, string>,
): Map<string, string> {
  const lines = new Map<string, string>();
  for (const line of previousText?.split("\n") ?? []) {
    if (!line.startsWith('{"type":"Feature"')) continue;
    const text = line.endsWith(",") ? line.slice(0, -1) : line;
    let properties: Record<string, unknown>;
    try {
      properties = JSON.parse(text).properties;
    } catch {
      continue; // Not reusable: recompute.
    }
    const file = properties?.file;
    if (
      properties?.kind === "occupied" && typeof file === "string" &&
      rawHashes.get(`${DAILY_FOLDER}/${file}`) === properties.sha256
    ) lines.set(file, text);
  }
  return lines;
}

/**
 * The step that writes `map_donetsk.geojson`: first the outline feature (`kind` "outline",
 * `pcode`, `name_en`, `file`, `sha256`), then one feature per kept snapshot in map-date order
 * (`kind` "occupied", `map_date`, `file_date`, `file`, `sha256`), all MultiPolygons; the
 * collection's `clip_box` member is the box the occupied areas were clipped to.
 *
 * @example
 * ```ts
 * import { mapDonetskStep } from "./map_donetsk.ts";
 * mapDonetskStep.output; // "map_donetsk.geojson"
 * ```
 */
export const mapDonetskStep: Step = {
  output: MAP_DONETSK_FILE,
  inputs: (rawHashes) => [...selectedPaths(rawHashes), ...OBLAST_FILES].sort(),
  sharedInputs: () => [...OBLAST_FILES],
  async run(context) {
    const paths = selectedPaths(context.rawHashes);
    if (paths.length === 0) {
      throw new DataError(`${context.rawDir}/${DAILY_FOLDER}`, "the folder", "snapshot files");
    }
    const unit = (await oblastUnits(context)).find((u) => u.pcode === MAP_DONETSK_PCODE);
    if (!unit) {
      throw new DataError(OUTLINE_FILE, "ADM1_PCODE", `a unit ${MAP_DONETSK_PCODE}`, "none");
    }
    const box = growBox(boundingBox(unit.geometry), CLIP_MARGIN_DEGREES)
      .map((value) => roundTo(value, 5)) as [number, number, number, number];
    const outline = featureLine({
      kind: "outline",
      pcode: unit.pcode,
      name_en: unit.nameEn,
      file: OUTLINE_FILE.slice(OUTLINE_FILE.indexOf("/") + 1),
      sha256: context.rawHashes.get(OUTLINE_FILE)!,
    }, roundGeometry(unit.geometry));
    const reusable = reusableLines(context.previousText, context.rawHashes);
    const lines: string[] = [];
    let computed = 0;
    context.progress.start(MAP_DONETSK_FILE, paths.length);
    for (const path of paths) {
      const name = path.slice(DAILY_FOLDER.length + 1);
      let line = reusable.get(name);
      if (line === undefined) {
        const occupied = snapshotPolygon(await readRaw(`${context.rawDir}/${path}`), path);
        const date = fileDate(name);
        line = featureLine({
          kind: "occupied",
          map_date: addDays(date, -1),
          file_date: date,
          file: name,
          sha256: context.rawHashes.get(path)!,
        }, roundGeometry(clipToBox(occupied, box)));
        computed++;
      }
      lines.push(line);
      context.progress.tick();
    }
    context.progress.done(`${paths.length} snapshots, ${computed} computed`);
    return {
      text: featureCollectionText([outline, ...lines], { clip_box: box }),
      rows: lines.length + 1,
      computed,
      reused: lines.length - computed,
    };
  },
};
