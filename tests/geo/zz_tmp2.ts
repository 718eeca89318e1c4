import { readFeatureCollection, toMultiPolygon } from "../../lib/geo/read_geojson.ts";
import { union } from "../../lib/geo/mod.ts";
import { intersectionArea as rawIA } from "./zz_dbg_ia.ts";
const R = "/work/shared/data/raw/";
const file = R + `deepstate-polygons-rsparks3/deepstatemap_data_20250601_polygons.geojson`;
const fs = await readFeatureCollection(file);
const pick = (ns: string[]) =>
  fs.filter((f) => ns.includes(String(f.properties.name))).map((f, i) =>
    toMultiPolygon(f.geometry, file, `f${i}`)
  );
const grey = union(pick(["Unknown status"]));
const occ = union(pick(["Occupied", "CADR and CALR", "Occupied Crimea"]));
await Deno.writeTextFile("/tmp/p8.json", JSON.stringify([grey[8]]));
await Deno.writeTextFile("/tmp/occ0.json", JSON.stringify([occ[0]]));
(globalThis as any).DBG = true;
console.log(rawIA([grey[8]] as any, [occ[0]] as any));
