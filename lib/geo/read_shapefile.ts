/**
 * Reading an ESRI shapefile (.shp geometry + .dbf attributes, UTF-8) with npm `shapefile`, into
 * checked MultiPolygon features.
 *
 * @module
 */
import shapefile from "shapefile";
import { DataError } from "../io/data_error.ts";
import { toMultiPolygon } from "./read_geojson.ts";
import { pinnedBytes } from "../io/pinned_files.ts";
import type { PolygonFeature } from "./types.ts";

/** The small part of npm `shapefile` used here (the package ships no types). */
interface ShapefileSource {
  read(): Promise<{ done: boolean; value: { properties: unknown; geometry: unknown } }>;
}
interface ShapefileModule {
  open(shp: Uint8Array, dbf: Uint8Array, options: { encoding: string }): Promise<ShapefileSource>;
}

async function readBytes(path: string, what: string): Promise<Uint8Array> {
  const pinned = pinnedBytes(path);
  if (pinned) return pinned;
  try {
    return await Deno.readFile(path);
  } catch (error) {
    throw new DataError(path, "the file", what, (error as Error).message);
  }
}

/**
 * Reads a polygon shapefile: `shpPath` and the `.dbf` beside it (same name), attributes decoded
 * as UTF-8. Returns one feature per record with its properties and a checked MultiPolygon.
 * A missing .shp or .dbf, a record without a polygon or a bad ring throws a {@link DataError}
 * naming the file and the record (0-based). Needs read permission on both files.
 *
 * @example
 * ```ts
 * import { readShapefile } from "./read_shapefile.ts";
 * const units = await readShapefile(
 *   "../shared/data/raw/boundaries/ukr_admbnda_adm1_q2_sspe_20171221.shp",
 * );
 * units.length; // 27
 * ```
 */
export async function readShapefile(shpPath: string): Promise<PolygonFeature[]> {
  if (!/\.shp$/i.test(shpPath)) {
    throw new DataError(shpPath, "the file name", "a path ending in .shp");
  }
  const dbfPath = shpPath.replace(/\.shp$/i, (ext) => ext === ".SHP" ? ".DBF" : ".dbf");
  const shp = await readBytes(shpPath, "a readable .shp file");
  const dbf = await readBytes(dbfPath, "a readable .dbf file (the shapefile's attributes)");
  let source: ShapefileSource;
  try {
    source = await (shapefile as ShapefileModule).open(shp, dbf, { encoding: "utf-8" });
  } catch (error) {
    throw new DataError(shpPath, "the header", "a valid shapefile", (error as Error).message);
  }
  const features: PolygonFeature[] = [];
  for (let record = 0;; record++) {
    let next;
    try {
      next = await source.read();
    } catch (error) {
      throw new DataError(
        shpPath,
        `record ${record}`,
        "a readable record",
        (error as Error).message,
      );
    }
    if (next.done) break;
    const { properties, geometry } = next.value;
    features.push({
      properties: (properties ?? {}) as Record<string, unknown>,
      geometry: toMultiPolygon(geometry, shpPath, `record ${record}`),
    });
  }
  return features;
}
