/**
 * The areas of `data/derived/azerbaijan_areas.csv` (every geoBoundaries AZE ADM2 unit by name and
 * Natural Earth's national outline, geodesic km²) and the Karabakh shares computed from them.
 *
 * @module
 */
import { DataError } from "../../io/data_error.ts";
import {
  AZERBAIJAN_AREAS_FILE,
  type AzerbaijanAreaRow,
  loadAzerbaijanAreas,
} from "../../data/azerbaijan_areas.ts";
import type { FactRow } from "../../data/facts.ts";

/**
 * The derived file's name (the loader's, `lib/data/azerbaijan_areas.ts`).
 *
 * @example
 * ```ts
 * import { AZERBAIJAN_FILE } from "./azerbaijan_areas.ts";
 * import { derivedPath } from "../../data/data_dir.ts";
 * derivedPath("data", AZERBAIJAN_FILE); // "data/derived/azerbaijan_areas.csv"
 * ```
 */
export const AZERBAIJAN_FILE = AZERBAIJAN_AREAS_FILE;

/** One row of the derived file. */
export type AreaRow = AzerbaijanAreaRow;

/**
 * The derived areas' loader, re-exported from `lib/data/azerbaijan_areas.ts` (cached per file
 * modification time) so that the Karabakh claims and notebook import it with the shares.
 *
 * @example
 * ```ts
 * import { loadAzerbaijanAreas } from "./azerbaijan_areas.ts";
 * const rows = await loadAzerbaijanAreas("data");
 * rows.find((row) => row.name === "Agdam District")?.area_km2;
 * ```
 */
export { loadAzerbaijanAreas };

/** One unit of the Karabakh computation. */
export interface UnitArea {
  unit: string;
  role: string;
  areaKm2: number;
  heldShare: number;
  heldKm2: number;
}

/** The Karabakh shares of Azerbaijan's area. */
export interface KarabakhShares {
  units: UnitArea[];
  /** The national outline (Natural Earth), km². */
  outlineKm2: number;
  /** The sum of every ADM2 unit, km². */
  adm2TotalKm2: number;
  /** The former NKAO's stand-in units, km². */
  nkaoKm2: number;
  /** Every unit whole (the seven districts counted whole), km². */
  wholeKm2: number;
  /** As held: each unit times its held share, km². */
  heldKm2: number;
  /** `heldKm2 / outlineKm2`, per cent. */
  heldPct: number;
  /** `wholeKm2 / outlineKm2`, per cent. */
  wholePct: number;
}

function isOutline(row: AreaRow): boolean {
  return row.source.toLowerCase().startsWith("natural earth");
}

/**
 * The shares of Azerbaijan's area taken by the units of `data/facts/karabakh_units.csv`, whole
 * and as held. Throws a `DataError` if a unit or the outline is missing from the areas file.
 *
 * @example
 * ```ts
 * import { karabakhShares } from "./azerbaijan_areas.ts";
 * const areas = [{ name: "A District", source: "geoBoundaries AZE ADM2", area_km2: 100 },
 *   { name: "Azerbaijan", source: "Natural Earth 1:10m admin-0", area_km2: 1000 }];
 * const units = [{ unit: "A District", role: "district", held_share: 0.5, source_title: "t",
 *   publisher: "p", published: "", url: "https://x.org", note: "" }];
 * karabakhShares(units, areas).heldPct; // 5
 * ```
 */
export function karabakhShares(
  units: readonly FactRow<"karabakh_units">[],
  areas: readonly AreaRow[],
): KarabakhShares {
  const outline = areas.find(isOutline);
  if (!outline) {
    throw new DataError(AZERBAIJAN_FILE, "rows", "a Natural Earth outline row", "none");
  }
  const adm2 = areas.filter((row) => !isOutline(row));
  const rows: UnitArea[] = units.map((unit) => {
    const found = adm2.find((row) => row.name === unit.unit);
    if (!found) {
      throw new DataError(
        AZERBAIJAN_FILE,
        `the unit '${unit.unit}' (named in karabakh_units.csv)`,
        "a row with that name",
        "none",
      );
    }
    return {
      unit: unit.unit,
      role: unit.role,
      areaKm2: found.area_km2,
      heldShare: unit.held_share,
      heldKm2: found.area_km2 * unit.held_share,
    };
  });
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const wholeKm2 = sum(rows.map((r) => r.areaKm2));
  const heldKm2 = sum(rows.map((r) => r.heldKm2));
  return {
    units: rows,
    outlineKm2: outline.area_km2,
    adm2TotalKm2: sum(adm2.map((r) => r.area_km2)),
    nkaoKm2: sum(rows.filter((r) => r.role === "nkao").map((r) => r.areaKm2)),
    wholeKm2,
    heldKm2,
    heldPct: (100 * heldKm2) / outline.area_km2,
    wholePct: (100 * wholeKm2) / outline.area_km2,
  };
}

/**
 * "1 in N": the population over the number displaced.
 *
 * @example
 * ```ts
 * import { oneInN } from "./azerbaijan_areas.ts";
 * oneInN(7680000, 1000000); // 7.68
 * ```
 */
export function oneInN(population: number, displaced: number): number {
  if (!(displaced > 0)) {
    throw new RangeError(`oneInN: displaced must be positive, found ${displaced}`);
  }
  return population / displaced;
}
