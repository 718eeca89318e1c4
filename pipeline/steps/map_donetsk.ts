/**
 * Step: the geometry of the Donetsk map, so that the figure needs no raw file: the OCHA outline
 * of Donetsk Oblast (UA14) and the area DeepState shows as occupied, clipped to a box around the
 * oblast (its bounding box plus {@link CLIP_MARGIN_DEGREES}), for every month-end map date of the
 * daily series (the latest map date on or before each month's last day) plus the first and the
 * last snapshot; for orientation, the neighbouring OCHA units clipped to the same box, and
 * DeepState's grey zone ("Unknown status", from the labelled rsparks3 snapshots, clipped to the box
 * and joined) at each of their map dates. Coordinates rounded to 1e-5° (about 1 m). Saved as
 * `map_donetsk.geojson`. Incremental: a snapshot whose file has the same sha256 as last time keeps
 * its line.
 *
 * @module
 */
import { DataError } from "../../lib/io/data_error.ts";
import { boundingBox, clipToBox, growBox } from "../../lib/geo/clip_to_box.ts";
import { union } from "../../lib/geo/union.ts";
import { addDays, lastDayOfMonth, monthsFrom } from "../../lib/data/dates.ts";
import { featureCollectionText, featureLine, roundGeometry } from "../geojson_text.ts";
import { OBLAST_FILES, oblastUnits } from "../oblast_units.ts";
import { readRaw } from "../read_raw.ts";
import { roundTo } from "../round.ts";
import { filesIn, type Step } from "../step.ts";
import { DAILY_FOLDER, fileDate, snapshotPolygon } from "./deepstate_daily.ts";
import { LABELLED_FOLDER, labelledPolygons } from "./grey_zone.ts";

const LABELLED_NAME = /^deepstatemap_data_(\d{4})(\d{2})(\d{2})_polygons\.geojson$/;

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

/** The previous output's snapshot lines (occupied or grey) whose file still has the same sha256,
 * by file name. */
function reusableLines(
  previousText: string | undefined,
  rawHashes: ReadonlyMap<string, string>,
): Map<string, string> {
  const folders: Record<string, string> = { occupied: DAILY_FOLDER, grey: LABELLED_FOLDER };
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
    const folder = folders[String(properties?.kind)];
    if (
      folder !== undefined && typeof file === "string" &&
      rawHashes.get(`${folder}/${file}`) === properties.sha256
    ) lines.set(file, text);
  }
  return lines;
}

/**
 * The step that writes `map_donetsk.geojson`: first the outline feature (`kind` "outline",
 * `pcode`, `name_en`, `file`, `sha256`), then each other OCHA unit reaching into the box
 * (`kind` "neighbour", `pcode`, `name_en`), one feature per kept snapshot in map-date order
 * (`kind` "occupied", `map_date`, `file_date`, `file`, `sha256`), then the grey zone of every
 * labelled snapshot in map-date order (`kind` "grey", same properties), all MultiPolygons; the
 * collection's `clip_box` member is the box everything but the outline was clipped to.
 *
 * @example
 * ```ts
 * import { mapDonetskStep } from "./map_donetsk.ts";
 * mapDonetskStep.output; // "map_donetsk.geojson"
 * ```
 */
export const mapDonetskStep: Step = {
  output: MAP_DONETSK_FILE,
  inputs: (rawHashes) =>
    [
      ...selectedPaths(rawHashes),
      ...filesIn(rawHashes, LABELLED_FOLDER, ".geojson"),
      ...OBLAST_FILES,
    ].sort(),
  sharedInputs: () => [...OBLAST_FILES],
  async run(context) {
    const paths = selectedPaths(context.rawHashes);
    if (paths.length === 0) {
      throw new DataError(`${context.rawDir}/${DAILY_FOLDER}`, "the folder", "snapshot files");
    }
    const units = await oblastUnits(context);
    const unit = units.find((u) => u.pcode === MAP_DONETSK_PCODE);
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
    const neighbours = units.filter((u) => u.pcode !== MAP_DONETSK_PCODE).flatMap((u) => {
      const inBox = roundGeometry(clipToBox(u.geometry, box));
      return inBox.length === 0
        ? []
        : [featureLine({ kind: "neighbour", pcode: u.pcode, name_en: u.nameEn }, inBox)];
    });
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
    const labelled = filesIn(context.rawHashes, LABELLED_FOLDER, ".geojson");
    const greyLines: string[] = [];
    for (const path of labelled) {
      const name = path.slice(LABELLED_FOLDER.length + 1);
      let line = reusable.get(name);
      if (line === undefined) {
        const date = fileDate(name, LABELLED_NAME);
        const { grey } = labelledPolygons(await readRaw(`${context.rawDir}/${path}`), path);
        // Clip each polygon first (cheap), then join what is left into one geometry.
        const inBox = grey.map((g) => clipToBox(g, box)).filter((g) => g.length > 0);
        line = featureLine({
          kind: "grey",
          map_date: addDays(date, -1),
          file_date: date,
          file: name,
          sha256: context.rawHashes.get(path)!,
        }, roundGeometry(union(inBox)));
        computed++;
      }
      greyLines.push(line);
    }
    // File names sort by date, so both lists are in map-date order.
    context.progress.done(
      `${paths.length} snapshots, ${labelled.length} grey zones, ${computed} computed`,
    );
    const all = [outline, ...neighbours, ...lines, ...greyLines];
    return {
      text: featureCollectionText(all, { clip_box: box }),
      rows: all.length,
      computed,
      reused: lines.length + greyLines.length - computed,
    };
  },
};
