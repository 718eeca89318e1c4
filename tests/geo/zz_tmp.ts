import { readFeatureCollection, toMultiPolygon } from "../../lib/geo/read_geojson.ts";
import { readShapefile } from "../../lib/geo/read_shapefile.ts";
import { ellipsoidalArea, intersectionArea, prepare, union } from "../../lib/geo/mod.ts";
import * as polyclip from "polyclip-ts";
const R = "/work/shared/data/raw/";
const units = await readShapefile(R + "boundaries/ukr_admbnda_adm1_q2_sspe_20171221.shp");
let worst = 0;
for (
  const e of [...Deno.readDirSync(R + "deepstate-polygons-rsparks3")].filter((e) =>
    e.name.endsWith(".geojson")
  ).sort((a, b) => a.name < b.name ? -1 : 1)
) {
  const file = R + "deepstate-polygons-rsparks3/" + e.name;
  const fs = await readFeatureCollection(file);
  const pick = (ns: string[]) =>
    fs.filter((f) => ns.includes(String(f.properties.name))).map((f, i) =>
      toMultiPolygon(f.geometry, file, `f${i}`)
    );
  const grey = union(pick(["Unknown status"]));
  const occ = union(pick(["Occupied", "CADR and CALR", "Occupied Crimea"]));
  const gp = prepare(grey), op = prepare(occ);
  const go = intersectionArea(gp, op),
    goRef = ellipsoidalArea(polyclip.intersection(grey as any, occ as any) as any);
  let line = `${e.name.slice(18, 26)} grey ${(gp.area / 1e6).toFixed(3)} g∩o ${go.toFixed(1)} ref ${
    goRef.toFixed(1)
  } |`;
  for (const u of units) {
    const up = prepare(u.geometry);
    const ours = intersectionArea(gp, up, op), ours2 = intersectionArea(gp, up);
    if (ours2 === 0) continue;
    const ref = ellipsoidalArea(
      polyclip.intersection(grey as any, u.geometry as any, occ as any) as any,
    );
    const ref2 = ellipsoidalArea(polyclip.intersection(grey as any, u.geometry as any) as any);
    worst = Math.max(worst, Math.abs(ours - ref), Math.abs(ours2 - ref2));
    if (Math.abs(ours - ref) > 1 || Math.abs(ours2 - ref2) > 1) {
      line += ` ${u.properties.ADM1_PCODE}: ${ours.toFixed(1)}/${ref.toFixed(1)} ${
        ours2.toFixed(1)
      }/${ref2.toFixed(1)}`;
    }
  }
  console.log(line);
}
console.log("worst abs diff m2", worst);
