/**
 * Step: the areas of the 27 OCHA ADM1 units (geodesic, WGS84 ellipsoid), saved as `oblasts.csv`.
 *
 * @module
 */
import { formatCsv } from "../../lib/io/csv.ts";
import { OBLAST_FILES, oblastUnits } from "../oblast_units.ts";
import { km2 } from "../round.ts";
import type { Step } from "../step.ts";

/** Columns of `oblasts.csv`. */
export const OBLAST_COLUMNS = ["pcode", "name_en", "name_ua", "area_km2"] as const;

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
