/**
 * The geometry the maps draw, derived by the pipeline so that no figure reads a raw file:
 * `data/derived/map_donetsk.geojson` (the OCHA outline of Donetsk Oblast and DeepState's occupied
 * area, clipped to a box around it, at every month-end map date plus the first and last) and
 * `data/derived/map_azerbaijan.geojson` (geoBoundaries AZE ADM2 units by name). Every feature is
 * checked; a bad one throws a `DataError` naming the file and the feature.
 *
 * @module
 */
import type { Box } from "../geo/clip_to_box.ts";
import { toMultiPolygon } from "../geo/read_geojson.ts";
import type { MultiPolygon } from "../geo/types.ts";
import { DataError } from "../io/data_error.ts";
import { parseJson } from "../io/parse_json.ts";
import { readText } from "../io/read_text.ts";
import { latestOnOrBefore } from "./as_of.ts";
import { cached } from "./cache.ts";
import { DEFAULT_DATA_DIR, derivedPath } from "./data_dir.ts";
import { addDays, daysBetween } from "./dates.ts";
import { MAX_STAND_IN_DAYS } from "./snapshot.ts";

/** The Donetsk map's derived file. */
export const MAP_DONETSK_FILE = "map_donetsk.geojson";
/** The Azerbaijan map's derived file. */
export const MAP_AZERBAIJAN_FILE = "map_azerbaijan.geojson";

/** The outline of the unit a map shows, with the raw file it comes from. */
export interface MapOutline {
  pcode: string;
  name_en: string;
  file: string;
  sha256: string;
  geometry: MultiPolygon;
}

/** The occupied area of one DeepState snapshot, clipped to the map's box. */
export interface MapSnapshot {
  /** The map shows the end of this day (`file_date` - 1). */
  map_date: string;
  file_date: string;
  file: string;
  sha256: string;
  geometry: MultiPolygon;
}

/** A neighbouring OCHA unit, clipped to the map's box (for orientation only). */
export interface MapNeighbour {
  pcode: string;
  name_en: string;
  geometry: MultiPolygon;
}

/** A neighbouring country of `map_azerbaijan.geojson` (Natural Earth), clipped to a box. */
export interface MapCountry {
  name: string;
  /** ISO 3166-1 numeric, as Natural Earth gives it. */
  id: string;
  geometry: MultiPolygon;
}

/** The contents of `map_donetsk.geojson`. */
export interface DonetskMapGeometry {
  /** The box `[west, south, east, north]` the occupied areas are clipped to. */
  clipBox: Box;
  outline: MapOutline;
  /** The other OCHA units reaching into the box, by P-code. */
  neighbours: MapNeighbour[];
  /** Sorted by `map_date`, no date twice. */
  snapshots: MapSnapshot[];
  /** DeepState's grey zone ("Unknown status", rsparks3) clipped to the box, by `map_date`, no
   * date twice; the geometry may be empty (no grey zone inside the box). */
  greyZones: MapSnapshot[];
}

/** One unit of `map_azerbaijan.geojson`. */
export interface AzerbaijanUnitGeometry {
  /** geoBoundaries `shapeName`. */
  name: string;
  /** How many source features were joined (2 for "Lankaran District"). */
  parts: number;
  file: string;
  sha256: string;
  geometry: MultiPolygon;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const SHA256 = /^[0-9a-f]{64}$/;

function featuresOf(
  text: string,
  file: string,
): { root: Record<string, unknown>; features: Record<string, unknown>[] } {
  const root = parseJson(text, file);
  const features = (root as { features?: unknown })?.features;
  if ((root as { type?: unknown })?.type !== "FeatureCollection" || !Array.isArray(features)) {
    throw new DataError(file, "the top level", "a FeatureCollection with a features array");
  }
  features.forEach((feature, index) => {
    const properties = (feature as { properties?: unknown })?.properties;
    if (typeof properties !== "object" || properties === null) {
      throw new DataError(file, `feature ${index}`, "a Feature with properties");
    }
  });
  return { root: root as Record<string, unknown>, features };
}

function text(
  properties: Record<string, unknown>,
  key: string,
  file: string,
  where: string,
  pattern?: RegExp,
): string {
  const value = properties[key];
  if (typeof value !== "string" || value === "" || (pattern && !pattern.test(value))) {
    const expected = pattern ? `'${key}' matching ${pattern.source}` : `a text '${key}'`;
    throw new DataError(file, where, expected, JSON.stringify(value) ?? "nothing");
  }
  return value;
}

/**
 * Parses and checks the text of `map_donetsk.geojson`: a `clip_box` of four numbers, first the
 * outline feature, then `neighbour` units, `occupied` and `grey` features with `map_date` =
 * `file_date` - 1, each kind strictly ascending. Anything else throws a `DataError` naming the file and the feature.
 *
 * @example
 * ```ts
 * import { parseDonetskMapGeometry } from "./map_geometry.ts";
 * const square = '{"type":"MultiPolygon","coordinates":[[[[37,47],[38,47],[38,48],[37,47]]]]}';
 * const sha = "0".repeat(64);
 * const map = parseDonetskMapGeometry(
 *   `{"type":"FeatureCollection","clip_box":[36,46,39,49],"features":[` +
 *     `{"type":"Feature","properties":{"kind":"outline","pcode":"UA14","name_en":"Donetska",` +
 *     `"file":"a.shp","sha256":"${sha}"},"geometry":${square}},` +
 *     `{"type":"Feature","properties":{"kind":"occupied","map_date":"2025-12-31",` +
 *     `"file_date":"2026-01-01","file":"b.geojson","sha256":"${sha}"},"geometry":${square}}]}`,
 *   "map_donetsk.geojson",
 * );
 * map.snapshots[0].map_date; // "2025-12-31"
 * ```
 */
export function parseDonetskMapGeometry(source: string, file: string): DonetskMapGeometry {
  const { root, features } = featuresOf(source, file);
  const box = root.clip_box;
  if (
    !Array.isArray(box) || box.length !== 4 || !box.every(Number.isFinite) ||
    !(box[0] < box[2] && box[1] < box[3])
  ) {
    throw new DataError(file, "clip_box", "[west, south, east, north]", JSON.stringify(box));
  }
  const [first, ...rest] = features;
  if (first === undefined || (first.properties as Record<string, unknown>).kind !== "outline") {
    throw new DataError(file, "feature 0", "the outline (kind 'outline')");
  }
  const p0 = first.properties as Record<string, unknown>;
  const outline: MapOutline = {
    pcode: text(p0, "pcode", file, "feature 0 (outline)", /^UA\d{2}$/),
    name_en: text(p0, "name_en", file, "feature 0 (outline)"),
    file: text(p0, "file", file, "feature 0 (outline)"),
    sha256: text(p0, "sha256", file, "feature 0 (outline)", SHA256),
    geometry: toMultiPolygon(first.geometry, file, "feature 0 (outline)"),
  };
  if (outline.geometry.length === 0) {
    throw new DataError(file, "feature 0 (outline)", "a polygon", "an empty geometry");
  }
  const neighbours: MapNeighbour[] = [];
  const snapshots: MapSnapshot[] = [];
  const greyZones: MapSnapshot[] = [];
  rest.forEach((feature, k) => {
    const index = k + 1;
    const p = feature.properties as Record<string, unknown>;
    const where = `feature ${index}`;
    if (p.kind === "neighbour") {
      const pcode = text(p, "pcode", file, where, /^UA\d{2}$/);
      const named = `${where} (neighbour ${pcode})`;
      neighbours.push({
        pcode,
        name_en: text(p, "name_en", file, named),
        geometry: toMultiPolygon(feature.geometry, file, named),
      });
      return;
    }
    if (p.kind !== "occupied" && p.kind !== "grey") {
      throw new DataError(
        file,
        where,
        "kind 'neighbour', 'occupied' or 'grey'",
        JSON.stringify(p.kind) ?? "nothing",
      );
    }
    const mapDate = text(p, "map_date", file, where, DATE);
    const named = p.kind === "occupied" ? `${where} (${mapDate})` : `${where} (grey ${mapDate})`;
    const fileDate = text(p, "file_date", file, named, DATE);
    if (addDays(fileDate, -1) !== mapDate) {
      throw new DataError(file, named, `map_date = file_date - 1 (${fileDate})`, mapDate);
    }
    const list = p.kind === "occupied" ? snapshots : greyZones;
    const previous = list.at(-1)?.map_date;
    if (previous !== undefined && mapDate <= previous) {
      throw new DataError(file, named, `a map_date later than ${previous}`);
    }
    list.push({
      map_date: mapDate,
      file_date: fileDate,
      file: text(p, "file", file, named),
      sha256: text(p, "sha256", file, named, SHA256),
      geometry: toMultiPolygon(feature.geometry, file, named),
    });
  });
  if (snapshots.length === 0) {
    throw new DataError(file, "the features", "at least one occupied snapshot", "none");
  }
  return { clipBox: box as Box, outline, neighbours, snapshots, greyZones };
}

/**
 * Parses and checks the text of `map_azerbaijan.geojson`: every feature a named unit (names
 * unique) with its geometry. Anything else throws a `DataError` naming the file and the feature.
 *
 * @example
 * ```ts
 * import { parseAzerbaijanMapGeometry } from "./map_geometry.ts";
 * const units = parseAzerbaijanMapGeometry(
 *   '{"type":"FeatureCollection","features":[{"type":"Feature","properties":' +
 *     `{"shapeName":"Agdam District","parts":1,"file":"aze.geojson","sha256":"${"0".repeat(64)}"},` +
 *     '"geometry":{"type":"MultiPolygon","coordinates":[[[[46,40],[47,40],[47,41],[46,40]]]]}}]}',
 *   "map_azerbaijan.geojson",
 * );
 * units[0].name; // "Agdam District"
 * ```
 */
export function parseAzerbaijanMapGeometry(
  source: string,
  file: string,
): AzerbaijanUnitGeometry[] {
  const { features } = featuresOf(source, file);
  const unitFeatures = features.filter((feature) =>
    (feature.properties as Record<string, unknown>).kind !== "neighbour"
  );
  if (unitFeatures.length === 0) throw new DataError(file, "the features", "units", "none");
  const seen = new Set<string>();
  return unitFeatures.map((feature, index) => {
    const p = feature.properties as Record<string, unknown>;
    const name = text(p, "shapeName", file, `feature ${index}`);
    const where = `feature ${index} (${name})`;
    if (seen.has(name)) throw new DataError(file, where, "a shapeName not seen before", name);
    seen.add(name);
    if (!Number.isInteger(p.parts) || (p.parts as number) < 1) {
      throw new DataError(file, where, "'parts', a positive integer", JSON.stringify(p.parts));
    }
    const geometry = toMultiPolygon(feature.geometry, file, where);
    if (geometry.length === 0) throw new DataError(file, where, "a polygon", "an empty geometry");
    return {
      name,
      parts: p.parts as number,
      file: text(p, "file", file, where),
      sha256: text(p, "sha256", file, where, SHA256),
      geometry,
    };
  });
}

/**
 * The neighbouring countries of the text of `map_azerbaijan.geojson` (features of `kind`
 * "neighbour", each with a `name`, an `id` and a geometry); none is not an error.
 *
 * @example
 * ```ts
 * import { parseAzerbaijanNeighbours } from "./map_geometry.ts";
 * const countries = parseAzerbaijanNeighbours(
 *   '{"type":"FeatureCollection","features":[{"type":"Feature","properties":' +
 *     '{"kind":"neighbour","name":"Armenia","id":"051"},' +
 *     '"geometry":{"type":"MultiPolygon","coordinates":[[[[44,40],[45,40],[45,41],[44,40]]]]}}]}',
 *   "map_azerbaijan.geojson",
 * );
 * countries[0].name; // "Armenia"
 * ```
 */
export function parseAzerbaijanNeighbours(source: string, file: string): MapCountry[] {
  const { features } = featuresOf(source, file);
  return features.flatMap((feature, index) => {
    const p = feature.properties as Record<string, unknown>;
    if (p.kind !== "neighbour") return [];
    const where = `feature ${index} (neighbour)`;
    const name = text(p, "name", file, where);
    return [{
      name,
      id: text(p, "id", file, `feature ${index} (${name})`),
      geometry: toMultiPolygon(feature.geometry, file, `feature ${index} (${name})`),
    }];
  });
}

/**
 * Loads the neighbouring countries of `map_azerbaijan.geojson` (read each time: the file is
 * small and the units' cache is keyed by its path).
 *
 * @example
 * ```ts
 * import { loadAzerbaijanNeighbours } from "./map_geometry.ts";
 * (await loadAzerbaijanNeighbours()).map((c) => c.name); // ["Armenia", "Georgia", "Iran", ...]
 * ```
 */
export function loadAzerbaijanNeighbours(
  dataDir: string = DEFAULT_DATA_DIR,
): Promise<MapCountry[]> {
  const path = derivedPath(dataDir, MAP_AZERBAIJAN_FILE);
  return readDerived(path).then((source) => parseAzerbaijanNeighbours(source, path));
}

function readDerived(path: string): Promise<string> {
  return readText(path, "a readable derived file (deno task data:build makes it)");
}

/**
 * Loads `map_donetsk.geojson` from a data folder (cached while the file is unchanged).
 *
 * @example
 * ```ts
 * import { loadDonetskMapGeometry } from "./map_geometry.ts";
 * const map = await loadDonetskMapGeometry();
 * map.outline.pcode; // "UA14"
 * map.snapshots.map((s) => s.map_date); // ["2024-07-07", "2024-07-31", ...]
 * ```
 */
export function loadDonetskMapGeometry(
  dataDir: string = DEFAULT_DATA_DIR,
): Promise<DonetskMapGeometry> {
  const path = derivedPath(dataDir, MAP_DONETSK_FILE);
  return cached(path, async () => parseDonetskMapGeometry(await readDerived(path), path));
}

/**
 * Loads `map_azerbaijan.geojson` from a data folder (cached while the file is unchanged).
 *
 * @example
 * ```ts
 * import { loadAzerbaijanMapGeometry } from "./map_geometry.ts";
 * const units = await loadAzerbaijanMapGeometry();
 * units.find((u) => u.name === "Lankaran District")?.parts; // 2
 * ```
 */
export function loadAzerbaijanMapGeometry(
  dataDir: string = DEFAULT_DATA_DIR,
): Promise<AzerbaijanUnitGeometry[]> {
  const path = derivedPath(dataDir, MAP_AZERBAIJAN_FILE);
  return cached(path, async () => parseAzerbaijanMapGeometry(await readDerived(path), path));
}

/**
 * The stored snapshot "as of" a date: the latest `map_date` on or before it. The file holds
 * month-end maps only, so a date between month-ends gets the previous month-end's map, with a
 * note naming it. A date before the first map, or more than {@link MAX_STAND_IN_DAYS} days after
 * the last (the data do not reach it), throws a `DataError`.
 *
 * @example
 * ```ts
 * import { loadDonetskMapGeometry, mapSnapshotAsOf } from "./map_geometry.ts";
 * const asOf = mapSnapshotAsOf(await loadDonetskMapGeometry(), "2024-12-31");
 * asOf.snapshot.map_date; // "2024-12-30"
 * asOf.note; // "... deepstatemap_data_20241231.geojson (dated 2024-12-31, map of 2024-12-30) stands in"
 * ```
 */
export function mapSnapshotAsOf(
  map: DonetskMapGeometry,
  date: string,
  file: string = MAP_DONETSK_FILE,
): { snapshot: MapSnapshot; standIn: boolean; note: string } {
  const { snapshots } = map;
  const span = `${snapshots[0].map_date} to ${snapshots.at(-1)!.map_date}`;
  const index = latestOnOrBefore(snapshots, (s) => s.map_date, date);
  if (index < 0) {
    throw new DataError(file, `as of ${date}`, "a map on or before that date", `maps ${span}`);
  }
  const snapshot = snapshots[index];
  if (index === snapshots.length - 1 && daysBetween(snapshot.map_date, date) > MAX_STAND_IN_DAYS) {
    throw new DataError(
      file,
      `as of ${date}`,
      `a map at most ${MAX_STAND_IN_DAYS} days older`,
      `the latest is of ${snapshot.map_date} (maps ${span})`,
    );
  }
  const standIn = snapshot.map_date !== date;
  const described = `${snapshot.file} (dated ${snapshot.file_date}, map of ${snapshot.map_date})`;
  return {
    snapshot,
    standIn,
    note: standIn
      ? `no stored map (${file} keeps month-end maps) shows the end of ${date}; ${described} ` +
        "stands in"
      : `map at the end of ${date}: ${snapshot.file} (dated ${snapshot.file_date})`,
  };
}
