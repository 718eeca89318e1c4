/**
 * `donetsk-by-august-2027`: per ISW, "at the current rate of advance, Russian forces would capture
 * the remainder of Donetsk only by August 2027".
 *
 * @module
 */
import type { Alternative, CheckWithSeries, Claim, Hedge } from "../claim.ts";
import { resolveOptions } from "../options.ts";
import { withSeries } from "../with_series.ts";
import { bandFor, judge } from "../hedge.ts";
import { verdictAcrossSources } from "../verdict.ts";
import { judgedAlternative } from "../alternative.ts";
import { formatNumber } from "../format.ts";
import { addDays, daysBetween } from "../../data/mod.ts";
import { type FactRow, loadFacts, rowBy } from "../../data/facts.ts";
import { DataError } from "../../io/data_error.ts";
import type { AreaSeries } from "./area_series.ts";
import {
  heldHistory,
  type HeldPoint,
  type Projection,
  projectRemainder,
  tryProjectRemainder,
} from "./donetsk_projections.ts";
import { donetskRemainder } from "./donetsk_still_held.ts";
import { loadGroupAInputs } from "./inputs.ts";
import { projectZeroDate } from "./projection.ts";
import { donetskFallForecast, type FallDatePoint } from "./donetsk_probability.ts";
import { ARTICLE_SOURCE, DEEPSTATE_DAILY, ECONOMIST_AREA, ISW_2025_11_26 } from "./sources.ts";

/** ISW's window (26 Nov 2025 assessment): the whole-front average from 15 Aug to 20 Nov 2025. */
export const ISW_WINDOW = { from: "2025-08-15", to: "2025-11-20" } as const;

/** The `data/facts/events.csv` row holding the rate ISW states for that window (a figure of the
 * source, shown beside the computed one): read from the facts table, with its address. */
export const ISW_RATE_EVENT = "isw-rate-2025-08-15-to-11-20";

/** The trailing windows, in days, the projection is also shown for. */
export const RATE_WINDOWS = [30, 90, 180, 365] as const;

/**
 * The window the main projection uses as of `asOf`: ISW's own (15 Aug to 20 Nov 2025) when
 * `asOf` falls between its end and the article's as-of date; otherwise a window of the same
 * length (97 days) ending at `asOf`, so a later re-check uses "the current rate" of then.
 *
 * @example
 * ```ts
 * import { projectionWindow } from "./donetsk_by_august_2027.ts";
 * projectionWindow("2025-12-31"); // { from: "2025-08-15", to: "2025-11-20" }
 * projectionWindow("2026-03-31"); // { from: "2025-12-24", to: "2026-03-31" }
 * ```
 */
export function projectionWindow(asOf: string): { from: string; to: string } {
  if (asOf >= ISW_WINDOW.to && asOf <= "2025-12-31") return { ...ISW_WINDOW };
  const length = daysBetween(ISW_WINDOW.from, ISW_WINDOW.to);
  return { from: addDays(asOf, -length), to: asOf };
}

/** What an analyst may vary; the defaults are the claim's. */
export interface DonetskByAugust2027Options {
  /** The window of the main rate (default: `projectionWindow(asOf)`, ISW's own in 2025). */
  window?: { from: string; to: string };
  /** Trailing windows, in days to the as-of date (default {@link RATE_WINDOWS}). */
  trailingDays?: readonly number[];
}

/** A projection line of the figure: from the window's end and its held area to the zero date. */
export interface ProjectionLine {
  label: string;
  startDate: string;
  startKm2: number;
  zeroDate: string;
}

/** What the projection figure draws, from the claim's own computations. */
export interface DonetskProjectionSeries {
  /** The still-held area on every daily map up to the as-of date. */
  history: HeldPoint[];
  /** The figure's variants the data reach: ISW's method on DeepState's and The Economist's
   * areas, the Donetsk-only rate over the same window, the whole-front rate over each trailing
   * window. */
  projections: Projection[];
  /** The projections that reach zero, as `donetskProjectionFigure` draws them. */
  lines: ProjectionLine[];
  /** The month the article states. */
  claimedMonth: string;
  /** The block-bootstrap fall date's quantiles and the chance by August 2027, one point per
   * rate the data reach: the same simulations as the probability alternatives (the fall-date
   * fan draws them through time, `lib/sweep/fall_date_fan_data.ts`). */
  fall: FallDatePoint[];
}

/** The claim's check, with the series of its projection figure. */
export type DonetskByAugust2027Check = CheckWithSeries<DonetskProjectionSeries>;

type Computed = ReturnType<typeof tryProjectRemainder>;

/** A computed variant as an alternative judged by `hedge`, its note naming rate and files. */
function projectionAlternative(label: string, hedge: Hedge, computed: Computed): Alternative {
  if (computed instanceof DataError) {
    return { label, value: null, unit: "", verdict: "not-checkable", note: computed.message };
  }
  const { projection, rate } = computed;
  let note = `${formatNumber(projection.km2PerDay, 2)} km²/day from ${projection.from} to ` +
    `${projection.to}; ${formatNumber(projection.startKm2)} km² left on ${projection.to}`;
  // Say which file stands in where no map shows the window's end day (e.g. 2024-12-31).
  for (const end of [rate.start, rate.end]) if (end.standIn) note += `; ${end.note}`;
  const alternative = judgedAlternative(label, "", hedge, () => projection.zeroDate);
  alternative.note = alternative.value === null && alternative.verdict === "not-checkable"
    ? `${note}; the rate is not positive, so the area never runs out`
    : note;
  return alternative;
}

/**
 * The events row of ISW's stated rate, or the `DataError` saying why it cannot be read (a data
 * folder without facts still checks the claim; that alternative then says why it is missing).
 *
 * @example
 * ```ts
 * import { iswStatedRate } from "./donetsk_by_august_2027.ts";
 * const row = await iswStatedRate("data");
 * row instanceof Error ? row.message : row.value; // 9.3
 * ```
 */
export async function iswStatedRate(dataDir: string): Promise<FactRow<"events"> | DataError> {
  try {
    return rowBy(await loadFacts("events", dataDir), "id", ISW_RATE_EVENT, "events.csv");
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
}

function statedRateAlternative(
  row: FactRow<"events"> | DataError,
  hedge: Hedge,
  remaining: number,
  start: string,
): Alternative {
  const label = "ISW's stated rate on DeepState's remainder";
  if (row instanceof DataError || row.value === null) {
    const note = row instanceof DataError
      ? row.message
      : `events.csv, row ${row.id}: no rate in column value`;
    return { label, value: null, unit: "", verdict: "not-checkable", note };
  }
  const rate = row.value;
  return judgedAlternative(
    `ISW's stated rate (${formatNumber(rate, 1)} km²/day) on DeepState's remainder`,
    "",
    hedge,
    () => projectZeroDate(remaining, rate, start),
    `the assessment's own rate (events.csv, ${row.id}, ${row.publisher}), not computed`,
  );
}

/**
 * The claim: the date the still-held part of Donetsk Oblast reaches zero at ISW's whole-front
 * rate (DeepState's area, window 15 Aug to 20 Nov 2025, remainder on 20 Nov 2025), with the same
 * projection from The Economist's ISW-based series, trailing windows of 30/90/180/365 days, and a
 * Donetsk-only rate beside it.
 *
 * @example
 * ```ts
 * import { donetskByAugust2027 } from "./donetsk_by_august_2027.ts";
 * (await donetskByAugust2027.check({ asOf: "2025-12-31", dataDir: "data" })).value; // an ISO date
 * ```
 */
export const donetskByAugust2027: Claim<DonetskByAugust2027Options, DonetskByAugust2027Check> = {
  id: "donetsk-by-august-2027",
  group: "A",
  quote: "According to a fresh estimation by the Institute for the survey of War, at the current " +
    "rate of advance, Russian forces would capture the remainder of Donetsk only by August 2027.",
  plainReading: "ISW estimated that, at the current rate of advance, Russia would take the rest " +
    "of Donetsk Oblast no sooner than August 2027.",
  stated: "2027-08",
  unit: "",
  hedge: { kind: "by-month", month: "2027-08" },
  articleAsOf: "2025-12-31",
  sources: [ARTICLE_SOURCE, ISW_2025_11_26, DEEPSTATE_DAILY, ECONOMIST_AREA],
  notebook: "02-donetsk",
  async check({ asOf, dataDir, ...options }): Promise<DonetskByAugust2027Check> {
    const inputs = await loadGroupAInputs(dataDir);
    const hedge = this.hedge;
    const variation = resolveOptions(
      { window: projectionWindow(asOf), trailingDays: RATE_WINDOWS as readonly number[] },
      options,
    );
    const { window, trailingDays } = variation.resolved;
    // Every variant once: the alternatives judge them, the figure draws those it labels.
    const main = projectRemainder(inputs, {
      label: "ISW method, DeepState",
      area: inputs.deepState,
      ...window,
    });
    const { rate } = main;
    const remaining = main.projection.startKm2;
    const value = main.projection.zeroDate;
    const sameWindow = (label: string, area: AreaSeries) =>
      tryProjectRemainder(inputs, { label, area, ...window });
    const trailing = (label: string, area: AreaSeries) =>
      trailingDays.map((days) =>
        tryProjectRemainder(inputs, {
          label: `${label}, last ${days} days`,
          area,
          from: addDays(asOf, -days),
          to: asOf,
        })
      );
    const economist = sameWindow("ISW method, The Economist", inputs.economist);
    const donetskOnly = sameWindow("Donetsk-only rate, same window", inputs.deepStateDonetsk);
    const wholeFrontTrailing = trailing("whole front", inputs.deepState);
    const donetskOnlyTrailing = trailing("Donetsk only", inputs.deepStateDonetsk);
    const alternatives: Alternative[] = [
      projectionAlternative(
        "The Economist's ISW-based whole-front rate, same window",
        hedge,
        economist,
      ),
      statedRateAlternative(await iswStatedRate(dataDir), hedge, remaining, window.to),
      projectionAlternative("Donetsk-only rate (DeepState), same window", hedge, donetskOnly),
      // Every trailing window of the whole-front rate, then every one of the Donetsk-only rate.
      ...[
        ["whole-front rate (DeepState)", wholeFrontTrailing] as const,
        ["Donetsk-only rate (DeepState)", donetskOnlyTrailing] as const,
      ].flatMap(([label, computed]) =>
        computed.map((one, i) =>
          projectionAlternative(
            `${label}, last ${trailingDays[i]} days to ${asOf}`,
            hedge,
            one,
          )
        )
      ),
    ];
    // The forecast as a probability (block bootstrap), one per rate (donetsk_probability.ts).
    const fall = donetskFallForecast(inputs, asOf, hedge);
    alternatives.push(...fall.alternatives);
    // A window the series do not reach (early as-of dates: the Donetsk-only series starts with
    // the daily maps in July 2024) has no line to draw.
    const projections = [main, economist, donetskOnly, ...wholeFrontTrailing]
      .flatMap((computed) => computed instanceof DataError ? [] : [computed.projection]);
    const series: DonetskProjectionSeries = {
      history: heldHistory(inputs, asOf),
      projections,
      lines: projections.flatMap(({ label, to, startKm2, zeroDate }) =>
        zeroDate === null ? [] : [{ label, startDate: to, startKm2, zeroDate }]
      ),
      claimedMonth: hedge.kind === "by-month" ? hedge.month : String(this.stated),
      fall: fall.points,
    };
    return withSeries({
      id: this.id,
      asOf,
      value,
      unit: "",
      valueText: value ?? "never (no net advance)",
      // DeepState's verdict, or `contested` when The Economist's ISW-based series falls on the
      // other side of the band.
      verdict: verdictAcrossSources([judge(hedge, value), alternatives[0].verdict]),
      band: bandFor(hedge),
      method: `Donetsk Oblast's still-held area on ${window.to} divided by DeepState's ` +
        `whole-front average advance from ${window.from} to ${window.to}, counted forward from ` +
        `${window.to}.`,
      inputs: [
        {
          name: `whole-front occupied area at the end of ${window.from}`,
          value: rate.start.km2,
          unit: "km²",
          from: rate.start.from,
        },
        {
          name: `whole-front occupied area at the end of ${window.to}`,
          value: rate.end.km2,
          unit: "km²",
          from: rate.end.from,
        },
        {
          name: "average advance",
          value: Number(rate.km2PerDay.toFixed(3)),
          unit: "km²/day",
          from: `${rate.days} days`,
        },
        {
          name: `still-held Donetsk area at the end of ${window.to}`,
          value: remaining,
          unit: "km²",
          from: `oblasts.csv UA14 minus ${donetskRemainder(inputs, window.to).occupied.from}`,
        },
      ],
      alternatives,
      notes: [
        "ISW's method applies a whole-front rate to Donetsk alone, as if every km² taken " +
        "anywhere were taken in Donetsk; a Donetsk-only rate gives a later date.",
        !variation.fields.defaultOptions
          ? `The main figure uses the window ${window.from} to ${window.to} (${
            daysBetween(window.from, window.to)
          } days), an option.`
          : window.to === ISW_WINDOW.to
          ? "The main figure uses ISW's own window (15 Aug to 20 Nov 2025) and its start date."
          : `As of ${asOf} the main figure uses the ${
            daysBetween(window.from, window.to)
          } days before it, the length of ISW's window.`,
        "Verdict: DeepState's date against the band, or contested when The Economist's " +
        "ISW-based series puts the date on the other side of it.",
        "The grey zone is counted as still held (not occupied). An earlier date than the band " +
        "counts as overstated (the data give less time than the article), a later one as " +
        "understated.",
        ...variation.notes,
      ],
      ...variation.fields,
    }, series);
  },
};
