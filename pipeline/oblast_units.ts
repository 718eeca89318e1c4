/**
 * The 27 OCHA ADM1 units of Ukraine (oblasts, AR Crimea, Kyiv and Sevastopol cities), loaded once
 * per build from the shapefile and prepared for fast intersection areas. Joined on `ADM1_PCODE`
 * (Kyiv city and Kyiv oblast share the English name).
 *
 * @module
 */
import { DataError } from "../lib/io/data_error.ts";
import { prepare, type PreparedArea } from "../lib/geo/prepare.ts";
import { readShapefile } from "../lib/geo/read_shapefile.ts";
import type { MultiPolygon } from "../lib/geo/types.ts";
import { checkedGeometry, UKRAINE_BOX } from "./checked_geometry.ts";
import { readRaw } from "./read_raw.ts";
import { memoized, type StepContext } from "./step.ts";

const BASE = "boundaries/ukr_admbnda_adm1_q2_sspe_20171221";

/** The shapefile's parts, relative to the raw folder (all are inputs of the steps using units). */
export const OBLAST_FILES: readonly string[] = [".dbf", ".prj", ".shp", ".shx"].map((ext) =>
  `${BASE}${ext}`
);

/** How many units the file must hold. */
export const UNIT_COUNT = 27;

/** One ADM1 unit. */
export interface OblastUnit {
  pcode: string;
  nameEn: string;
  nameUa: string;
  geometry: MultiPolygon;
  prepared: PreparedArea;
}

/**
 * Loads and checks the units (27, unique `UA..` P-codes, WGS84 geographic `.prj`), sorted by
 * P-code. Throws a {@link DataError} naming the file and feature otherwise.
 *
 * @example
 * ```ts
 * import { loadOblastUnits } from "./oblast_units.ts";
 * const units = await loadOblastUnits("../shared/data/raw");
 * units.find((u) => u.pcode === "UA14")?.nameEn; // "Donetska"
 * ```
 */
export async function loadOblastUnits(rawDir: string): Promise<OblastUnit[]> {
  const prj = await readRaw(`${rawDir}/${BASE}.prj`);
  if (!/GEOGCS\[[^\]]*WGS[ _]?(19)?84/i.test(prj)) {
    throw new DataError(
      `${BASE}.prj`,
      "the projection",
      "geographic WGS84 (GEOGCS ... WGS 84)",
      prj,
    );
  }
  const file = `${BASE}.shp`;
  const features = await readShapefile(`${rawDir}/${file}`);
  if (features.length !== UNIT_COUNT) {
    throw new DataError(file, "the features", `${UNIT_COUNT} units`, String(features.length));
  }
  const seen = new Set<string>();
  const units = features.map((feature, index): OblastUnit => {
    const { ADM1_PCODE: pcode, ADM1_EN: nameEn, ADM1_UA: nameUa } = feature.properties;
    const where = `feature ${index}`;
    if (typeof pcode !== "string" || !/^UA\d{2}$/.test(pcode)) {
      throw new DataError(file, `${where}, ADM1_PCODE`, "a P-code UA + 2 digits", String(pcode));
    }
    if (seen.has(pcode)) {
      throw new DataError(file, `${where}, ADM1_PCODE`, "a unique P-code", pcode);
    }
    seen.add(pcode);
    if (typeof nameEn !== "string" || typeof nameUa !== "string") {
      throw new DataError(file, `${where} (${pcode})`, "ADM1_EN and ADM1_UA names");
    }
    if (feature.geometry.length === 0) {
      throw new DataError(file, `${where} (${pcode})`, "a polygon", "an empty geometry");
    }
    checkedGeometry(feature.geometry, file, `${where} (${pcode})`, UKRAINE_BOX);
    return {
      pcode,
      nameEn,
      nameUa,
      geometry: feature.geometry,
      prepared: prepare(feature.geometry),
    };
  });
  return units.sort((a, b) => a.pcode.localeCompare(b.pcode));
}

/**
 * The units, loaded once per build and shared by every step that needs them.
 *
 * @example
 * ```ts
 * import { oblastUnits } from "./oblast_units.ts";
 * import type { StepContext } from "./step.ts";
 * declare const context: StepContext;
 * const units = await oblastUnits(context);
 * ```
 */
export function oblastUnits(context: StepContext): Promise<OblastUnit[]> {
  return memoized(context, "oblast-units", () => loadOblastUnits(context.rawDir));
}
