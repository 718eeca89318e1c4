/**
 * The sweep's default range: from the first day on which every claim can be computed through
 * the last day the data reach.
 *
 * @module
 */
import type { Claim } from "../claims/claim.ts";
import { allClaims } from "../claims/registry.ts";
import { addDays } from "../data/dates.ts";
import { pinDataCache } from "../data/cache.ts";
import { MAX_STAND_IN_DAYS } from "../data/snapshot.ts";
import { loadDeepStateDaily } from "../data/deepstate_daily.ts";
import { loadGeneralStaffPersonnel } from "../data/general_staff.ts";
import { DataError } from "../io/data_error.ts";

async function allCompute(claims: readonly Claim[], asOf: string, dataDir: string) {
  for (const claim of claims) {
    try {
      await claim.check({ asOf, dataDir });
    } catch (error) {
      if (error instanceof DataError) return false;
      throw error;
    }
  }
  return true;
}

/**
 * The first and last day on which every claim computes: the search starts at the first daily
 * map (forward) and at the last map plus the stand-in allowance, or the last General Staff day if
 * earlier (backward). Throws a `DataError` when no day works.
 *
 * @example
 * ```ts
 * import { defaultSweepRange } from "./default_range.ts";
 * await defaultSweepRange("data"); // { from: "2024-07-07", to: "2026-07-02" }
 * ```
 */
export async function defaultSweepRange(
  dataDir: string,
  claims: readonly Claim[] = allClaims(),
): Promise<{ from: string; to: string }> {
  const [daily, personnel] = await Promise.all([
    loadDeepStateDaily(dataDir),
    loadGeneralStaffPersonnel(dataDir),
  ]);
  const first = daily[0]?.map_date;
  const lastMap = daily.at(-1)?.map_date;
  const lastReport = personnel.at(-1)?.counted_through;
  if (!first || !lastMap || !lastReport) {
    throw new DataError(
      dataDir,
      "deepstate_daily.csv and general_staff_personnel.csv",
      "rows",
      "none",
    );
  }
  const end = [addDays(lastMap, MAX_STAND_IN_DAYS), lastReport].sort()[0];
  pinDataCache(true);
  try {
    let from = first;
    while (from <= end && !(await allCompute(claims, from, dataDir))) from = addDays(from, 1);
    let to = end;
    while (to >= from && !(await allCompute(claims, to, dataDir))) to = addDays(to, -1);
    if (from > to) {
      throw new DataError(
        dataDir,
        `every day from ${first} to ${end}`,
        "a day every claim computes",
        "none",
      );
    }
    return { from, to };
  } finally {
    pinDataCache(false);
  }
}
