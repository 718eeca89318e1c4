/**
 * An occupied-area series read "as of" a date, whatever its source (DeepState's snapshots, one
 * unit of them, or The Economist's ISW-based series), so the group-A computations can swap the
 * source and show the alternatives side by side.
 *
 * @module
 */
import {
  type DeepStateDailyRow,
  economistAreaAsOf,
  type EconomistAreaRow,
  latestOnOrBefore,
  occupiedAsOf,
  occupiedInUnit,
  type OccupiedPoint,
  snapshotAsOf,
} from "../../data/mod.ts";

/** The area of a series at the end of one day, with where it comes from. */
export interface AreaReading {
  km2: number;
  /** The file and row it comes from, e.g. "deepstate_daily.csv, deepstatemap_data_20260101.geojson (map of 2025-12-31)". */
  from: string;
  /** True when another day's map stands in for the date asked. */
  standIn: boolean;
  /** One sentence on the choice of row (which file stood in, and why). */
  note: string;
}

/** A named area series. */
export interface AreaSeries {
  /** e.g. "DeepState", "DeepState, Donetsk Oblast", "The Economist (ISW-based)". */
  name: string;
  /** The area at the end of `date`; throws a `DataError` if the data do not reach it. */
  asOf(date: string): AreaReading;
}

/**
 * DeepState's occupied area over the whole country, from the merged series (month-start history
 * versions before the daily snapshots begin).
 *
 * @example
 * ```ts
 * import { deepStateArea } from "./area_series.ts";
 * import { loadDeepStateDaily, loadDeepStateHistory, occupiedSeries } from "../../data/mod.ts";
 * const area = deepStateArea(occupiedSeries(await loadDeepStateDaily(), await loadDeepStateHistory()));
 * area.asOf("2025-12-31").km2;
 * ```
 */
export function deepStateArea(series: readonly OccupiedPoint[]): AreaSeries {
  return {
    name: "DeepState",
    asOf(date) {
      const source = series[latestOnOrBefore(series, (p) => p.map_date, date)]?.source;
      // Month-start history versions may stand in for up to a month; daily snapshots for 3 days.
      const snapshot = snapshotAsOf(
        series,
        date,
        source === "deepstate-history" ? "deepstate_history_monthly.csv" : "deepstate_daily.csv",
        source === "deepstate-history" ? 31 : 3,
      );
      const file = snapshot.row.source === "deepstate-history"
        ? "deepstate_history_monthly.csv"
        : "deepstate_daily.csv";
      return {
        km2: snapshot.row.occupied_km2,
        from: `${file}, ${snapshot.row.file} (map of ${snapshot.row.map_date})`,
        standIn: snapshot.standIn,
        note: snapshot.note,
      };
    },
  };
}

/**
 * DeepState's occupied area inside one unit (e.g. `UA14`, Donetsk Oblast), from the daily
 * snapshots.
 *
 * @example
 * ```ts
 * import { deepStateUnitArea } from "./area_series.ts";
 * import { loadDeepStateDaily } from "../../data/mod.ts";
 * deepStateUnitArea(await loadDeepStateDaily(), "UA14", "Donetsk Oblast").asOf("2025-12-31").km2;
 * ```
 */
export function deepStateUnitArea(
  rows: readonly DeepStateDailyRow[],
  pcode: string,
  label: string,
): AreaSeries {
  return {
    name: `DeepState, ${label}`,
    asOf(date) {
      const snapshot = occupiedAsOf(rows, date);
      return {
        km2: occupiedInUnit(snapshot.row, pcode),
        from: `deepstate_daily.csv, ${snapshot.row.file} (map of ${snapshot.row.map_date}), ` +
          `column ${pcode}`,
        standIn: snapshot.standIn,
        note: snapshot.note,
      };
    },
  };
}

/**
 * The Economist's ISW-based area assessed as Russian-controlled (use for changes, not levels).
 *
 * @example
 * ```ts
 * import { economistArea } from "./area_series.ts";
 * import { loadEconomistArea } from "../../data/mod.ts";
 * economistArea(await loadEconomistArea()).asOf("2025-12-31").km2;
 * ```
 */
export function economistArea(rows: readonly EconomistAreaRow[]): AreaSeries {
  return {
    name: "The Economist (ISW-based)",
    asOf(date) {
      const row = economistAreaAsOf(rows, date);
      const standIn = row.date !== date;
      return {
        km2: row.controlled_km2,
        from: `economist_isw_area.csv, row dated ${row.date}`,
        standIn,
        note: standIn
          ? `no row for ${date}; the row dated ${row.date} stands in`
          : `row dated ${date}`,
      };
    },
  };
}
