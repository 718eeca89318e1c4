/**
 * Everything group A reads, loaded once per data folder: the loss series, DeepState's snapshots,
 * the grey zone, The Economist's series and the oblast areas, with the area series built on them.
 *
 * @module
 */
import {
  DEEPSTATE_HISTORY_FILE,
  type DeepStateDailyRow,
  type DeepStateHistoryRow,
  derivedPath,
  DONETSK_PCODE,
  type GreyZoneRow,
  loadDeepStateDaily,
  loadDeepStateHistory,
  loadEconomistArea,
  loadGeneralStaffPersonnel,
  loadGreyZoneMonthly,
  loadOblasts,
  oblastByPcode,
  occupiedSeries,
  type PersonnelRow,
} from "../../data/mod.ts";
import { type AreaSeries, deepStateArea, deepStateUnitArea, economistArea } from "./area_series.ts";

/** The loaded inputs of group A. */
export interface GroupAInputs {
  personnel: PersonnelRow[];
  daily: DeepStateDailyRow[];
  /** Empty when `deepstate_history_monthly.csv` is not there (only pre-July-2024 dates need it). */
  history: DeepStateHistoryRow[];
  grey: GreyZoneRow[];
  /** Geodesic area of Donetsk Oblast (UA14), km². */
  donetskAreaKm2: number;
  /** DeepState's occupied area, whole country (history months, then daily snapshots). */
  deepState: AreaSeries;
  /** DeepState's occupied area inside Donetsk Oblast. */
  deepStateDonetsk: AreaSeries;
  /** The Economist's ISW-based area. */
  economist: AreaSeries;
}

async function exists(path: string): Promise<boolean> {
  try {
    await Deno.stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Loads the inputs of group A from `dataDir` (the loaders cache each file).
 *
 * @example
 * ```ts
 * import { loadGroupAInputs } from "./inputs.ts";
 * const inputs = await loadGroupAInputs("data");
 * inputs.deepState.asOf("2025-12-31").km2;
 * ```
 */
export async function loadGroupAInputs(dataDir: string): Promise<GroupAInputs> {
  const [personnel, daily, grey, economistRows, oblasts] = await Promise.all([
    loadGeneralStaffPersonnel(dataDir),
    loadDeepStateDaily(dataDir),
    loadGreyZoneMonthly(dataDir),
    loadEconomistArea(dataDir),
    loadOblasts(dataDir),
  ]);
  const history = await exists(derivedPath(dataDir, DEEPSTATE_HISTORY_FILE))
    ? await loadDeepStateHistory(dataDir)
    : [];
  // The same loaded files give the same inputs: reuse them and their series rather than
  // rebuilding the merged series on every check (a sweep checks every claim on every day).
  const loaded = [personnel, daily, history, grey, economistRows, oblasts];
  const memo = memoByDaily.get(daily);
  if (memo && memo.loaded.every((file, i) => file === loaded[i])) return memo.inputs;
  const inputs: GroupAInputs = {
    personnel,
    daily,
    history,
    grey,
    donetskAreaKm2: oblastByPcode(oblasts, DONETSK_PCODE).area_km2,
    deepState: deepStateArea(occupiedSeries(daily, history)),
    deepStateDonetsk: deepStateUnitArea(daily, DONETSK_PCODE, "Donetsk Oblast"),
    economist: economistArea(economistRows),
  };
  memoByDaily.set(daily, { loaded, inputs });
  return inputs;
}

const memoByDaily = new WeakMap<object, { loaded: unknown[]; inputs: GroupAInputs }>();
