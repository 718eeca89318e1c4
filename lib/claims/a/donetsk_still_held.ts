/**
 * `donetsk-still-held-km2`: "about 5,000 square km of Donetsk Oblast still under Ukrainian
 * control".
 *
 * @module
 */
import type { Claim, ClaimCheck } from "../claim.ts";
import { bandFor, judge } from "../hedge.ts";
import { judgedAlternative } from "../alternative.ts";
import { formatNumber, roundKm2 } from "../format.ts";
import { DONETSK_PCODE, greyZoneAsOf, type GreyZoneRow, type Snapshot } from "../../data/mod.ts";
import { DataError } from "../../io/data_error.ts";
import type { AreaReading } from "./area_series.ts";
import type { GroupAInputs } from "./inputs.ts";
import { loadGroupAInputs } from "./inputs.ts";
import { ARTICLE_SOURCE, DEEPSTATE_DAILY, DEEPSTATE_POLYGONS, OCHA_BOUNDARIES } from "./sources.ts";

/** Donetsk Oblast's area split by DeepState's map at the end of one day. */
export interface DonetskRemainder {
  date: string;
  /** Geodesic area of the oblast. */
  oblastKm2: number;
  /** Inside DeepState's occupied polygon. */
  occupied: AreaReading;
  /** Oblast minus occupied: the grey zone counted as Ukrainian-held. */
  heldKm2: number;
  /** DeepState's grey zone inside the oblast (monthly snapshot), or `null` if none reaches. */
  greyKm2: number | null;
  greySnapshot: Snapshot<GreyZoneRow> | null;
  /** Oblast minus occupied minus grey zone, or `null` without a grey-zone snapshot. */
  heldWithoutGreyKm2: number | null;
}

/**
 * The part of Donetsk Oblast not inside DeepState's occupied polygon at the end of `date`, with
 * and without DeepState's grey zone.
 *
 * @example
 * ```ts
 * import { donetskRemainder } from "./donetsk_still_held.ts";
 * import { loadGroupAInputs } from "./inputs.ts";
 * donetskRemainder(await loadGroupAInputs("data"), "2025-12-31").heldKm2;
 * ```
 */
export function donetskRemainder(inputs: GroupAInputs, date: string): DonetskRemainder {
  const occupied = inputs.deepStateDonetsk.asOf(date);
  const heldKm2 = roundKm2(inputs.donetskAreaKm2 - occupied.km2);
  let greySnapshot: Snapshot<GreyZoneRow> | null = null;
  try {
    greySnapshot = greyZoneAsOf(inputs.grey, date);
  } catch (error) {
    // Only "the monthly grey-zone maps do not reach this date" leaves the alternative empty.
    if (!(error instanceof DataError)) throw error;
    greySnapshot = null;
  }
  const greyKm2 = greySnapshot?.row.units[DONETSK_PCODE] ?? null;
  return {
    date,
    oblastKm2: inputs.donetskAreaKm2,
    occupied,
    heldKm2,
    greyKm2,
    greySnapshot,
    heldWithoutGreyKm2: greyKm2 === null ? null : roundKm2(heldKm2 - greyKm2),
  };
}

/**
 * The claim: Donetsk Oblast's geodesic area minus its part inside DeepState's occupied polygon
 * at the end of the as-of date (grey zone counted as Ukrainian-held); the alternative leaves the
 * grey zone out.
 *
 * @example
 * ```ts
 * import { donetskStillHeld } from "./donetsk_still_held.ts";
 * (await donetskStillHeld.check({ asOf: "2025-12-31", dataDir: "data" })).verdict;
 * ```
 */
export const donetskStillHeld: Claim = {
  id: "donetsk-still-held-km2",
  group: "A",
  quote: "With about 5,000 square km of Donetsk Oblast inactive under Ukrainian control",
  plainReading: "About 5,000 km² of Donetsk Oblast is still under Ukrainian control.",
  stated: 5000,
  unit: "km²",
  hedge: { kind: "about", value: 5000 },
  articleAsOf: "2025-12-31",
  sources: [ARTICLE_SOURCE, DEEPSTATE_DAILY, DEEPSTATE_POLYGONS, OCHA_BOUNDARIES],
  notebook: "02-donetsk",
  async check({ asOf, dataDir }): Promise<ClaimCheck> {
    const inputs = await loadGroupAInputs(dataDir);
    const r = donetskRemainder(inputs, asOf);
    const hedge = this.hedge;
    const notes = [
      `DeepState: ${r.occupied.note} (a file dated D shows the map at the end of D-1).`,
      "DeepState's grey zone ('Unknown status') is neither side's: the main figure counts it " +
      "as Ukrainian-held (not occupied); the alternative leaves it out.",
    ];
    if (r.greySnapshot) notes.push(`Grey zone: ${r.greySnapshot.note}.`);
    const inputsList = [
      {
        name: "area of Donetsk Oblast (UA14, geodesic WGS84)",
        value: r.oblastKm2,
        unit: "km²",
        from: "oblasts.csv, pcode UA14",
      },
      {
        name: `occupied inside Donetsk Oblast at the end of ${asOf}`,
        value: r.occupied.km2,
        unit: "km²",
        from: r.occupied.from,
      },
    ];
    if (r.greyKm2 !== null && r.greySnapshot) {
      inputsList.push({
        name: "grey zone inside Donetsk Oblast",
        value: r.greyKm2,
        unit: "km²",
        from:
          `deepstate_grey_zone_monthly.csv, ${r.greySnapshot.row.file} (map of ${r.greySnapshot.row.map_date}), column UA14`,
      });
    }
    return {
      id: this.id,
      asOf,
      value: r.heldKm2,
      unit: "km²",
      valueText: `${formatNumber(r.heldKm2)} km²`,
      verdict: judge(hedge, r.heldKm2),
      band: bandFor(hedge),
      method: "Geodesic area of Donetsk Oblast minus its part inside DeepState's occupied " +
        `polygon at the end of ${asOf}.`,
      inputs: inputsList,
      alternatives: [
        r.heldWithoutGreyKm2 === null
          ? {
            label: "grey zone left out (not counted as Ukrainian-held)",
            value: null,
            unit: "km²",
            verdict: "not-checkable",
            note: `no grey-zone snapshot within a month before ${asOf}`,
          }
          : judgedAlternative(
            "grey zone left out (not counted as Ukrainian-held)",
            "km²",
            hedge,
            () => r.heldWithoutGreyKm2,
          ),
      ],
      notes,
    };
  },
};
