/**
 * Step: the areas of the 27 OCHA ADM1 units (geodesic, WGS84 ellipsoid), saved as `oblasts.csv`.
 *
 * @module
 */
import { formatCsv } from "../../lib/io/csv.ts";
import { columnNames } from "../../lib/schemas/derived_schema.ts";
import { OBLASTS } from "../../lib/schemas/oblasts.ts";
import { OBLAST_FILES, oblastUnits } from "../oblast_units.ts";
import { km2 } from "../round.ts";
import type { Step } from "../step.ts";

/** Columns of `oblasts.csv`, from its schema (`lib/schemas/`). */
export const OBLAST_COLUMNS: readonly string[] = columnNames(OBLASTS);

/**
 * The step that writes `oblasts.csv`.
 *
 * @example
 * ```ts
 * import { oblastsStep } from "./oblasts.ts";
 * oblastsStep.output; // "oblasts.csv"
 * ```
 */
export const oblastsStep: Step = {
  output: "oblasts.csv",
  inputs: () => [...OBLAST_FILES],
  async run(context) {
    const units = await oblastUnits(context);
    const rows = units.map((unit) => ({
      pcode: unit.pcode,
      name_en: unit.nameEn,
      name_ua: unit.nameUa,
      area_km2: km2(unit.prepared.area),
    }));
    return { text: formatCsv(rows, OBLAST_COLUMNS), rows: rows.length, computed: 1, reused: 0 };
  },
};
