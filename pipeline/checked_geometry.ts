/**
 * The pipeline's geometry check: every polygon it computes an area from goes through
 * {@link checkedGeometry} first, with the plausible box of its source, so that swapped coordinates
 * or an invalid ring stop the build (unless listed in `accepted.ts`).
 *
 * @module
 */
import { DataError } from "../lib/io/data_error.ts";
import type { Box } from "../lib/geo/clip_to_box.ts";
import type { MultiPolygon } from "../lib/geo/types.ts";
import { validateGeometry } from "../lib/geo/validate_rings.ts";
import { type AcceptedAnomaly, findAccepted } from "./accepted.ts";

/** A plausible box of a source, with its name for the message. */
export interface SourceBox {
  bounds: Box;
  name: string;
}

/** Ukraine with a margin (22.1–40.2° E, 44.4–52.4° N): DeepState's maps and the OCHA units. */
export const UKRAINE_BOX: SourceBox = { bounds: [22, 44, 41, 53], name: "Ukraine's box" };

/** Azerbaijan with a margin (44.8–50.6° E, 38.4–41.9° N): geoBoundaries and Natural Earth. */
export const AZERBAIJAN_BOX: SourceBox = {
  bounds: [44, 38, 51.5, 42.5],
  name: "Azerbaijan's box",
};

/**
 * Validates a geometry read from a raw file (see `lib/geo/validate_rings.ts`) and returns it;
 * with no `box`, the rings only. Throws a {@link DataError} naming the file, feature, polygon, ring and vertex, unless the
 * failure is an accepted anomaly of `accepted.ts`.
 *
 * @example
 * ```ts
 * import { checkedGeometry, UKRAINE_BOX } from "./checked_geometry.ts";
 * const square = [[[[30, 48], [31, 48], [31, 49], [30, 49], [30, 48]]]] as [number, number][][][];
 * checkedGeometry(square, "deepstate/x.geojson", "feature 0", UKRAINE_BOX).length; // 1
 * ```
 */
export function checkedGeometry(
  geometry: MultiPolygon,
  file: string,
  where: string,
  box: SourceBox | undefined,
  accepted?: readonly AcceptedAnomaly[],
): MultiPolygon {
  try {
    validateGeometry(geometry, { file, where, box });
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    if (findAccepted("geometry", file, error.where, accepted) === undefined) throw error;
  }
  return geometry;
}
