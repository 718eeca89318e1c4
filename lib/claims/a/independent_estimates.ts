/**
 * The independent estimates beside a group-A claim's General Staff figure: the same computation
 * on The Economist's casualty meta-estimate and on UK Defence Intelligence's monthly casualties
 * (judged against the claim's band), and, as a different quantity, killed from The Economist's
 * death estimate and from Mediazona/Meduza (shown, not judged). Also the one line that says
 * whether they agree with the band.
 *
 * How an interval is shown: an alternative's verdict is that of its central value; its interval
 * is carried beside it, and the agreement line says whether the interval lies within the band,
 * outside it, or overlaps it (straddles an edge). A straddling interval never changes the
 * verdict: it is named, so a reader sees that the source cannot rule the band in or out.
 *
 * @module
 */
import type { Alternative, Hedge } from "../claim.ts";
import { bandFor, judge } from "../hedge.ts";
import { formatNumber } from "../format.ts";
import { DataError } from "../../io/data_error.ts";
import type { AreaSeries } from "./area_series.ts";
import {
  economistLosses,
  type IndependentInputs,
  loadIndependentInputs,
  meduzaLosses,
  type PeriodLosses,
  ukModLosses,
} from "./independent_losses.ts";

/** The computation on a period's losses, e.g. losses per km² gained. */
export interface IndependentComputation {
  /** The unit of the article's quantity, e.g. "troops/km²". */
  unit: string;
  /** The unit when the series counts killed only, e.g. "killed/km²". */
  killedUnit: string;
  /** The value from losses over the period from `from` to `to`; throws a `DataError` if the
   * data do not reach. */
  compute(losses: number, from: string, to: string): number;
  /** How the value is made, in a few words, e.g. "over DeepState's net gain". */
  how: string;
}

/**
 * Losses per km² of `area` gained over the same period (losses / gain), optionally times a
 * fixed area (`times`, e.g. the still-held part of Donetsk: then troops).
 *
 * @example
 * ```ts
 * import { perKm2Gained } from "./independent_estimates.ts";
 * import { loadGroupAInputs } from "./inputs.ts";
 * perKm2Gained((await loadGroupAInputs("data")).deepState).compute(430000, "2024-12-31", "2025-12-31");
 * ```
 */
export function perKm2Gained(
  area: AreaSeries,
  times?: { km2: number; what: string },
): IndependentComputation {
  return {
    unit: times ? "troops" : "troops/km²",
    killedUnit: times ? "killed" : "killed/km²",
    how: `over ${area.name}'s net gain in the same period${times ? `, times ${times.what}` : ""}`,
    compute(losses, from, to) {
      const gained = area.asOf(to).km2 - area.asOf(from).km2;
      if (!(gained > 0)) {
        throw new DataError(area.name, `${from} to ${to}`, "a net gain of area", `${gained} km²`);
      }
      return (losses / gained) * (times?.km2 ?? 1);
    },
  };
}

function alternativeFrom(
  losses: () => PeriodLosses,
  computation: IndependentComputation,
  hedge: Hedge,
  fallback: { label: string; counts: string; killed: boolean },
): Alternative {
  try {
    const period = losses();
    const killed = period.quantity === "killed";
    const value = computation.compute(period.value, period.from, period.to);
    const bounds = period.interval
      ? [period.interval.low, period.interval.high].map((v) =>
        computation.compute(v, period.from, period.to)
      )
      : undefined;
    const alternative: Alternative = {
      label: killed
        ? `${period.name}: KILLED, not casualties (a different quantity)`
        : `${period.name}: casualties`,
      value,
      unit: killed ? computation.killedUnit : computation.unit,
      verdict: killed ? "not-checkable" : judge(hedge, value),
      counts: period.counts,
      note:
        `Counts ${period.counts}. ${formatNumber(period.value)} from the end of ${period.from}` +
        ` to the end of ${period.to} ${computation.how}; ${period.detail}.` +
        (killed ? " Not judged against the band: the claim counts killed and wounded." : ""),
      sources: period.sources,
    };
    if (bounds && period.interval) {
      alternative.interval = {
        low: Math.min(...bounds),
        high: Math.max(...bounds),
        text: period.interval.text,
      };
    }
    return alternative;
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    return {
      label: fallback.label,
      value: null,
      unit: fallback.killed ? computation.killedUnit : computation.unit,
      verdict: "not-checkable",
      counts: fallback.counts,
      note: error.message,
    };
  }
}

/**
 * The four independent alternatives of a computation over the period from the end of `from` to
 * the end of `to`: The Economist's casualties and UK MoD's (judged by `hedge`), then The
 * Economist's deaths and Mediazona/Meduza's killed (not judged).
 *
 * @example
 * ```ts
 * import { independentAlternatives, perKm2Gained } from "./independent_estimates.ts";
 * import { loadIndependentInputs } from "./independent_losses.ts";
 * import { loadGroupAInputs } from "./inputs.ts";
 * const area = (await loadGroupAInputs("data")).deepState;
 * independentAlternatives(await loadIndependentInputs("data"), perKm2Gained(area), { kind: "about", value: 96 }, "2024-12-31", "2025-12-31");
 * ```
 */
export function independentAlternatives(
  inputs: IndependentInputs,
  computation: IndependentComputation,
  hedge: Hedge,
  from: string,
  to: string,
): Alternative[] {
  return [
    alternativeFrom(
      () => economistLosses(inputs.casualties, "casualties", from, to),
      computation,
      hedge,
      { label: "The Economist: casualties", counts: "killed and wounded", killed: false },
    ),
    alternativeFrom(
      () => ukModLosses(inputs.ukMod, from, to),
      computation,
      hedge,
      { label: "UK MoD: casualties", counts: "killed and wounded", killed: false },
    ),
    alternativeFrom(
      () => economistLosses(inputs.deaths, "deaths", from, to),
      computation,
      hedge,
      { label: "The Economist (deaths): KILLED", counts: "killed only", killed: true },
    ),
    alternativeFrom(
      () => meduzaLosses(inputs.meduza, from, to),
      computation,
      hedge,
      { label: "Mediazona/Meduza: KILLED", counts: "killed only", killed: true },
    ),
  ];
}

/** Whole numbers from 1,000 up, one decimal from 1, three below (shares). */
function show(value: number): string {
  const size = Math.abs(value);
  return formatNumber(value, size >= 1000 ? 0 : size >= 1 ? 1 : 3);
}

const WHERE: Partial<Record<Alternative["verdict"], string>> = {
  reproduced: "within the band",
  understated: "above the band",
  overstated: "below the band",
};

function intervalWords(alternative: Alternative, hedge: Hedge): string {
  const band = bandFor(hedge);
  const interval = alternative.interval;
  if (!interval || !band) return "";
  const low = typeof band.low === "number" ? band.low : -Infinity;
  const high = typeof band.high === "number" ? band.high : Infinity;
  const relation = interval.high < low || interval.low > high
    ? "lies outside the band"
    : interval.low >= low && interval.high <= high
    ? "lies within the band"
    : "overlaps the band";
  return `; its interval ${show(interval.low)} to ${show(interval.high)} ${relation}`;
}

/**
 * One line on whether the judged independent alternatives (casualties, not killed) put the
 * figure within the band, e.g. "Independent estimates: UK MoD and The Economist put it within
 * the band." Each source's interval, when it has one, is said to lie within, outside or overlap
 * the band.
 *
 * @example
 * ```ts
 * import { independentAgreement } from "./independent_estimates.ts";
 * independentAgreement([
 *   { label: "UK MoD: casualties", value: 95, unit: "troops/km²", verdict: "reproduced" },
 * ], { kind: "about", value: 96 }); // "Independent estimates: UK MoD puts it within the band (95)."
 * ```
 */
export function independentAgreement(alternatives: readonly Alternative[], hedge: Hedge): string {
  // Judged: another source's alternative (it says what it counts) that is not killed-only.
  const judged = alternatives.filter((a) => a.counts !== undefined && !a.label.includes("KILLED"));
  const name = (a: Alternative) => a.label.slice(0, a.label.indexOf(":"));
  const placed = judged.filter((a) =>
    WHERE[a.verdict] !== undefined && typeof a.value === "number"
  );
  const missing = judged.filter((a) => !placed.includes(a));
  const parts: string[] = [];
  const positions = new Set(placed.map((a) => a.verdict));
  if (placed.length > 1 && positions.size === 1) {
    parts.push(
      `${placed.map(name).join(" and ")} put it ${WHERE[placed[0].verdict]} (${
        placed.map((a) => show(a.value as number)).join(", ")
      })`,
    );
    for (const a of placed.filter((a) => a.interval)) {
      parts.push(`${name(a)}'s${intervalWords(a, hedge).slice(5)}`);
    }
  } else {
    for (const a of placed) {
      parts.push(
        `${name(a)} puts it ${WHERE[a.verdict]} (${show(a.value as number)}${
          intervalWords(a, hedge)
        })`,
      );
    }
  }
  for (const a of missing) parts.push(`${name(a)} cannot say (${a.note ?? a.verdict})`);
  return `Independent estimates: ${parts.join("; ")}.`;
}

/** What a claim adds to its check from the independent estimates. */
export interface IndependentEstimates {
  alternatives: Alternative[];
  notes: string[];
  /** The one line for the card and the report. */
  agreement: string;
}

const CAUTIONS = [
  "Independent estimates: The Economist's casualty figure is a model pooling many sources' " +
  "estimates (a 95 % interval beside it); UK MoD's monthly figures for 2024 onward are built on " +
  "the General Staff's daily claims (the Defence Intelligence posts say so), so they are not " +
  "independent of the main figure; killed-only series (The Economist's deaths, Mediazona/Meduza) " +
  "count a different quantity and are shown, not judged.",
  "An independent alternative's verdict is that of its central value; its interval is shown " +
  "beside it, and an interval that straddles an edge of the band is said to overlap it (the " +
  "source cannot rule the band in or out) without changing the verdict.",
];

/**
 * The independent inputs, or, when `data/` lacks them (a `DataError`, e.g. an older data folder),
 * the estimates to show instead: one not-checkable row and a line saying why. Any other error is
 * thrown.
 *
 * @example
 * ```ts
 * import { loadIndependentOrExplain } from "./independent_estimates.ts";
 * import { ok as assert } from "node:assert/strict";
 * const loaded = await loadIndependentOrExplain("no-such-folder", "troops/km²");
 * assert("unavailable" in loaded && loaded.unavailable.alternatives[0].verdict === "not-checkable");
 * ```
 */
export async function loadIndependentOrExplain(
  dataDir: string,
  unit: string,
): Promise<{ inputs: IndependentInputs } | { unavailable: IndependentEstimates }> {
  try {
    return { inputs: await loadIndependentInputs(dataDir) };
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    return {
      unavailable: {
        alternatives: [{
          label: "independent estimates",
          value: null,
          unit,
          verdict: "not-checkable",
          note: error.message,
        }],
        notes: [],
        agreement: `Independent estimates: not available (${error.message}).`,
      },
    };
  }
}

/**
 * Loads the independent series from `dataDir` and computes a claim's independent alternatives
 * over the period from the end of `from` to the end of `to`, its notes and its agreement line.
 * If the series are not in `dataDir`, the alternatives say so (`not-checkable`).
 *
 * @example
 * ```ts
 * import { independentCostEstimates, perKm2Gained } from "./independent_estimates.ts";
 * import { loadGroupAInputs } from "./inputs.ts";
 * const area = (await loadGroupAInputs("data")).deepState;
 * (await independentCostEstimates("data", perKm2Gained(area), { kind: "about", value: 96 }, "2024-12-31", "2025-12-31")).agreement;
 * ```
 */
export async function independentCostEstimates(
  dataDir: string,
  computation: IndependentComputation,
  hedge: Hedge,
  from: string,
  to: string,
): Promise<IndependentEstimates> {
  const loaded = await loadIndependentOrExplain(dataDir, computation.unit);
  if ("unavailable" in loaded) return loaded.unavailable;
  const { inputs } = loaded;
  const alternatives = independentAlternatives(inputs, computation, hedge, from, to);
  return { alternatives, notes: CAUTIONS, agreement: independentAgreement(alternatives, hedge) };
}
