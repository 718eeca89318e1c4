/**
 * `half-million-for-donetsk`: "Russia would need to sacrifice close to half a million
 * servicemen to occupy the remainder".
 *
 * @module
 */
import type { Claim, ClaimCheck } from "../claim.ts";
import { bandFor, judge } from "../hedge.ts";
import { verdictAcrossSources } from "../verdict.ts";
import { judgedAlternative } from "../alternative.ts";
import { formatNumber } from "../format.ts";
import { addYears } from "../../data/mod.ts";
import { costPerKm2 } from "./cost_per_km2.ts";
import { donetskRemainder, donetskStillHeld } from "./donetsk_still_held.ts";
import { loadGroupAInputs } from "./inputs.ts";
import { troopsPerKm2 } from "./troops_per_km2.ts";
import { ARTICLE_SOURCE, DEEPSTATE_DAILY, GENERAL_STAFF } from "./sources.ts";
import { independentCostEstimates, perKm2Gained } from "./independent_estimates.ts";

const UNIT = "troops";

/**
 * The claim: troops per km² times the still-held area of Donetsk Oblast, once with the computed
 * inputs (the value judged) and once with the article's own stated inputs (its arithmetic).
 *
 * @example
 * ```ts
 * import { halfMillion } from "./half_million.ts";
 * (await halfMillion.check({ asOf: "2025-12-31", dataDir: "data" })).valueText;
 * ```
 */
export const halfMillion: Claim = {
  id: "half-million-for-donetsk",
  group: "A",
  quote: "Russia would request to sacrifice close to half a million servicemen to occupy the " +
    "remainder.",
  plainReading: "At that cost per km², Russia would need to lose close to 500,000 troops to " +
    "take the rest of Donetsk Oblast.",
  stated: 500000,
  unit: UNIT,
  hedge: { kind: "nearly", value: 500000 },
  articleAsOf: "2025-12-31",
  sources: [ARTICLE_SOURCE, GENERAL_STAFF, DEEPSTATE_DAILY],
  notebook: "02-donetsk",
  async check({ asOf, dataDir }): Promise<ClaimCheck> {
    const inputs = await loadGroupAInputs(dataDir);
    const hedge = this.hedge;
    const cost = costPerKm2(inputs.personnel, inputs.deepState, addYears(asOf, -1), asOf);
    const remainder = donetskRemainder(inputs, asOf);
    const ratio = cost.troopsPerKm2;
    const value = ratio === null ? null : ratio * remainder.heldKm2;
    const statedRatio = troopsPerKm2.stated as number;
    const statedArea = donetskStillHeld.stated as number;
    const alternatives = [
      judgedAlternative(
        `the article's own inputs: ${statedRatio} troops/km² × ${formatNumber(statedArea)} km²`,
        UNIT,
        hedge,
        () => statedRatio * statedArea,
        "checks the article's arithmetic",
      ),
      judgedAlternative(
        "computed inputs, grey zone left out of the still-held area",
        UNIT,
        hedge,
        () =>
          ratio === null || remainder.heldWithoutGreyKm2 === null
            ? null
            : ratio * remainder.heldWithoutGreyKm2,
      ),
      judgedAlternative(
        "The Economist's ISW-based area for troops per km²",
        UNIT,
        hedge,
        () => {
          const r = costPerKm2(inputs.personnel, inputs.economist, addYears(asOf, -1), asOf)
            .troopsPerKm2;
          return r === null ? null : r * remainder.heldKm2;
        },
      ),
    ];
    const mainVerdict = judge(hedge, value);
    const economistVerdict = alternatives[2].verdict;
    // Independent estimates (issue 12): shown beside the main figure, never part of its verdict.
    const independent = await independentCostEstimates(
      dataDir,
      perKm2Gained(inputs.deepState, {
        km2: remainder.heldKm2,
        what: "the still-held part of Donetsk Oblast",
      }),
      hedge,
      addYears(asOf, -1),
      asOf,
    );
    alternatives.push(...independent.alternatives);
    return {
      id: this.id,
      asOf,
      value,
      unit: UNIT,
      valueText: value === null ? "no net gain" : `${formatNumber(value)} ${UNIT}`,
      verdict: verdictAcrossSources([mainVerdict, economistVerdict]),
      band: bandFor(hedge),
      method: "Troops per km² (General Staff losses over DeepState's net gain, 12 months to " +
        `${asOf}) times the part of Donetsk Oblast outside DeepState's occupied polygon.`,
      inputs: [
        {
          name: "troops per km² (computed, troops-per-km2-2025)",
          value: ratio ?? "-",
          unit: "troops/km²",
          from: `${cost.lossesEnd.from}; ${cost.areaEnd.from}`,
        },
        {
          name: "still-held Donetsk area (computed, donetsk-still-held-km2)",
          value: remainder.heldKm2,
          unit: "km²",
          from: remainder.occupied.from,
        },
      ],
      alternatives,
      notes: [
        "A projection, not a count: it assumes the cost per km² of the last 12 months holds for " +
        "the rest of the oblast, whose defended towns may cost more.",
        "Verdict: the computed (DeepState) figure against the band, or contested when the " +
        "ISW-based series puts it on the other side.",
        ...independent.notes,
      ],
      independentAgreement: independent.agreement,
    };
  },
};
