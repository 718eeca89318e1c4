import {
  deepStrictEqual as assertEquals,
  ok as assert,
  rejects as assertRejects,
  throws as assertThrows,
} from "node:assert/strict";
import {
  azerbaijanArea,
  cumulativeLossesAsOf,
  dailyLossesBetween,
  derivedPath,
  economistAreaAsOf,
  greyZoneAsOf,
  loadAzerbaijanAreas,
  loadDeepStateDaily,
  loadDeepStateHistory,
  loadEconomistArea,
  loadGeneralStaffPersonnel,
  loadGreyZoneMonthly,
  loadOblasts,
  oblastByPcode,
  occupiedAsOf,
  occupiedInUnit,
  occupiedSeries,
  parseUnitTable,
  snapshotOnOrAfter,
} from "../../lib/data/mod.ts";
import { DataError } from "../../lib/io/data_error.ts";

const FIXTURES = new URL("../fixtures", import.meta.url).pathname;

Deno.test("cumulativeLossesAsOf: as of X is the report dated X+1", async () => {
  const rows = await loadGeneralStaffPersonnel(FIXTURES);
  const end2025 = cumulativeLossesAsOf(rows, "2025-12-31");
  assertEquals([end2025.reportDate, end2025.countedThrough], ["2026-01-01", "2025-12-31"]);
  const end2024 = cumulativeLossesAsOf(rows, "2024-12-31");
  assertEquals(end2025.value - end2024.value, 365 * 1_200);
});

Deno.test("cumulativeLossesAsOf: a date the series does not reach is a DataError", async () => {
  const rows = await loadGeneralStaffPersonnel(FIXTURES);
  assertThrows(
    () => cumulativeLossesAsOf(rows, "2027-01-01"),
    /general_staff_personnel\.csv: the report dated 2027-01-02: expected a report counting losses through 2027-01-01, found none/,
  );
});

Deno.test("dailyLossesBetween: the days after `from` through `to`, by counted_through", async () => {
  const days = dailyLossesBetween(
    await loadGeneralStaffPersonnel(FIXTURES),
    "2024-12-31",
    "2025-12-31",
  );
  assertEquals(days.length, 365);
  assertEquals(days[0], { date: "2025-01-01", losses: 1_200, reportDate: "2025-01-02" });
});

Deno.test("occupiedAsOf: the missing 2025-01-01 file makes the 2024-12-31 file stand in", async () => {
  const rows = await loadDeepStateDaily(FIXTURES);
  const snapshot = occupiedAsOf(rows, "2024-12-31");
  assertEquals(snapshot.row.file, "deepstatemap_data_20241231.geojson");
  assertEquals(snapshot.row.map_date, "2024-12-30");
  assert(snapshot.standIn);
  assert(snapshot.note.includes("stands in"));
  const later = snapshotOnOrAfter(rows, "2024-12-31")!;
  assertEquals(later.row.file, "deepstatemap_data_20250102.geojson");
});

Deno.test("occupiedAsOf: an exact map date is no stand-in; units read by P-code", async () => {
  const rows = await loadDeepStateDaily(FIXTURES);
  const snapshot = occupiedAsOf(rows, "2025-12-31");
  assertEquals([snapshot.standIn, snapshot.row.file_date], [false, "2026-01-01"]);
  assertEquals(occupiedInUnit(snapshot.row, "UA14"), 20_000 + 5 * 365);
  assertThrows(
    () => occupiedInUnit(snapshot.row, "UA99"),
    /deepstate_daily\.csv: column UA99: expected a unit column, found none/,
  );
});

Deno.test("occupiedAsOf: beyond the data by more than 3 days is a DataError", async () => {
  const rows = await loadDeepStateDaily(FIXTURES);
  assertThrows(
    () => occupiedAsOf(rows, "2026-02-01"),
    /deepstate_daily\.csv: as of 2026-02-01: expected a snapshot at most 3 days older, found the latest is of 2026-01-04/,
  );
  assertThrows(
    () => occupiedAsOf(rows, "2020-01-01"),
    /deepstate_daily\.csv: as of 2020-01-01: expected a snapshot on or before that date, found 2024-07-07/,
  );
});

Deno.test("greyZoneAsOf: monthly snapshots, the latest map on or before the date", async () => {
  const rows = await loadGreyZoneMonthly(FIXTURES);
  const snapshot = greyZoneAsOf(rows, "2025-12-15");
  assertEquals(snapshot.row.map_date, "2025-11-30");
  assertEquals(snapshot.row.units.UA14, 300);
});

Deno.test("occupiedSeries: history months before the first daily snapshot, then daily", async () => {
  const series = occupiedSeries(
    await loadDeepStateDaily(FIXTURES),
    await loadDeepStateHistory(FIXTURES),
  );
  assertEquals(series[0], {
    map_date: "2023-12-31",
    file: `${Date.parse("2023-12-31T21:00:00Z") / 1000}.geojson`,
    file_date: "2023-12-31",
    occupied_km2: 110_000 - 12 * 366,
    source: "deepstate-history",
  });
  const firstDaily = series.findIndex((point) => point.source === "deepstate-daily");
  assertEquals(series[firstDaily].map_date, "2024-07-07");
  assertEquals(series[firstDaily - 1].map_date, "2024-06-30");
});

Deno.test("economistAreaAsOf and loadOblasts, loadAzerbaijanAreas: rows by date, P-code, name", async () => {
  assertEquals(
    economistAreaAsOf(await loadEconomistArea(FIXTURES), "2025-12-31").controlled_km2,
    115_000 + 10 * 365,
  );
  assertEquals(oblastByPcode(await loadOblasts(FIXTURES), "UA14").area_km2, 26_506);
  assertEquals(azerbaijanArea(await loadAzerbaijanAreas(FIXTURES), "Lankaran District"), 1_500);
});

Deno.test("loaders: a missing file is a DataError naming the file", async () => {
  await assertRejects(() => loadOblasts("/nonexistent"), (error: Error) => {
    assert(error instanceof DataError);
    assertEquals(error.file, derivedPath("/nonexistent", "oblasts.csv"));
    return true;
  });
});

Deno.test("parseUnitTable: a table without unit columns or with a bad cell is a DataError", () => {
  assertThrows(
    () => parseUnitTable("map_date,x\n2025-01-01,1\n", { map_date: "date" }, "a.csv"),
    DataError,
  );
  assertThrows(
    () => parseUnitTable("map_date,UA14\n2025-01-01,abc\n", { map_date: "date" }, "a.csv"),
    /a\.csv: row 2, column UA14: expected a number/,
  );
});

Deno.test("loaders: rows out of order are a DataError naming the row", async () => {
  const dir = await Deno.makeTempDir();
  await Deno.mkdir(`${dir}/derived`);
  await Deno.writeTextFile(
    `${dir}/derived/economist_isw_area.csv`,
    "date,controlled_km2,percent_of_ukraine\n2025-01-02,1,\n2025-01-01,2,\n",
  );
  await assertRejects(() => loadEconomistArea(dir), /row 3, column date/);
  await Deno.remove(dir, { recursive: true });
});

Deno.test("loaders: a DeepState row whose map_date is not the day before file_date is a DataError", async () => {
  const dir = await Deno.makeTempDir();
  await Deno.mkdir(`${dir}/derived`);
  const header = "file_date,map_date,file,sha256,occupied_km2,occupied_in_units_km2,UA14\n";
  await Deno.writeTextFile(
    `${dir}/derived/deepstate_daily.csv`,
    header + "2025-01-02,2025-01-01,b.geojson,x,2,2,1\n2025-01-03,2025-01-03,c.geojson,x,3,3,1\n",
  );
  await assertRejects(() => loadDeepStateDaily(dir), /row 3, column map_date.*day before/);
  await Deno.writeTextFile(
    `${dir}/derived/deepstate_grey_zone_monthly.csv`,
    "file_date,map_date,file,sha256,grey_km2,grey_unclipped_km2,UA14\n" +
      "2026-01-01,2026-01-01,p.geojson,x,1,1,1\n",
  );
  await assertRejects(() => loadGreyZoneMonthly(dir), /row 2, column map_date/);
  await Deno.remove(dir, { recursive: true });
});
