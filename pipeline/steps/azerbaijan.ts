/**
 * Step: areas for the Karabakh claims: every geoBoundaries AZE ADM2 unit by `shapeName` (the two
 * "Lankaran District" features are summed into one row) and Natural Earth's outline of Azerbaijan
 * (id "031" in `countries-10m.json`). Saved as `azerbaijan_areas.csv`.
 *
 * @module
 */
import { formatCsv } from "../../lib/io/csv.ts";
import { AZERBAIJAN_AREAS } from "../../lib/schemas/azerbaijan_areas.ts";
import { columnNames } from "../../lib/schemas/derived_schema.ts";
import { ellipsoidalArea } from "../../lib/geo/ellipsoidal_area.ts";
import { readTopoJsonFeature } from "../../lib/geo/read_topojson.ts";
import { AZERBAIJAN_BOX, checkedGeometry } from "../checked_geometry.ts";
import { featuresByShapeName } from "../features_by_shape_name.ts";
import { readRaw } from "../read_raw.ts";
import { km2 } from "../round.ts";
import type { Step } from "../step.ts";

/** The geoBoundaries file, relative to the raw folder. */
export const AZE_ADM2_FILE = "boundaries/geoBoundaries-AZE-ADM2.geojson";
/** The Natural Earth TopoJSON, relative to the raw folder. */
export const COUNTRIES_FILE = "boundaries/countries-10m.json";

/** Values of the `source` column. */
export const AZE_SOURCES = {
  adm2: "geoBoundaries AZE ADM2",
  outline: "Natural Earth 1:10m admin-0",
} as const;

/** Columns of `azerbaijan_areas.csv`, from its schema (`lib/schemas/`). */
export const AZERBAIJAN_COLUMNS: readonly string[] = columnNames(AZERBAIJAN_AREAS);

/**
 * Areas of the ADM2 features summed by `shapeName` (m²), sorted by name. A feature without a
 * `shapeName` throws a `DataError`.
 *
 * @example
 * ```ts
 * import { adm2Areas } from "./azerbaijan.ts";
 * const text = '{"type":"FeatureCollection","features":[{"type":"Feature",' +
 *   '"properties":{"shapeName":"Agdam District"},' +
 *   '"geometry":{"type":"Polygon","coordinates":[[[46,40],[47,40],[47,41],[46,40]]]}}]}';
 * adm2Areas(text, "aze.geojson").get("Agdam District"); // m²
 * ```
 */
export function adm2Areas(text: string, file: string): Map<string, number> {
  const areas = new Map<string, number>();
  for (const [name, features] of featuresByShapeName(text, file)) {
    let area = 0;
    for (const feature of features) area += ellipsoidalArea(feature.geometry);
    areas.set(name, area);
  }
  return new Map([...areas].sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * The step that writes `azerbaijan_areas.csv`.
 *
 * @example
 * ```ts
 * import { azerbaijanStep } from "./azerbaijan.ts";
 * azerbaijanStep.output; // "azerbaijan_areas.csv"
 * ```
 */
export const azerbaijanStep: Step = {
  output: "azerbaijan_areas.csv",
  inputs: () => [AZE_ADM2_FILE, COUNTRIES_FILE].sort(),
  async run(context) {
    const adm2 = adm2Areas(await readRaw(`${context.rawDir}/${AZE_ADM2_FILE}`), AZE_ADM2_FILE);
    const outline = await readTopoJsonFeature(
      `${context.rawDir}/${COUNTRIES_FILE}`,
      "countries",
      "031",
    );
    checkedGeometry(outline.geometry, COUNTRIES_FILE, "countries, id 031", AZERBAIJAN_BOX);
    const outlineName = typeof outline.properties.name === "string"
      ? outline.properties.name
      : "Azerbaijan";
    const rows = [
      ...[...adm2].map(([name, m2]) => ({ name, source: AZE_SOURCES.adm2, area_km2: km2(m2) })),
      {
        name: outlineName,
        source: AZE_SOURCES.outline,
        area_km2: km2(ellipsoidalArea(outline.geometry)),
      },
    ];
    return { text: formatCsv(rows, AZERBAIJAN_COLUMNS), rows: rows.length, computed: 1, reused: 0 };
  },
};
