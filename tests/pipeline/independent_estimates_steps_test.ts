/**
 * The steps that read the independent casualty estimates, on small fixtures: an `NA` day, a
 * `d/m/yyyy` date, ISO weeks, thousands separators, and malformed rows that must fail naming the
 * file, the row and the column.
 */
import { deepStrictEqual as assertEquals, throws as assertThrows } from "node:assert/strict";
import { DataError } from "../../lib/io/data_error.ts";
import { metaEstimateRows } from "../../pipeline/steps/economist_estimates.ts";
import { ukModMonthlyRows } from "../../pipeline/steps/ukmod_monthly.ts";
import { meduzaWeeklyRows } from "../../pipeline/steps/meduza_weekly.ts";
import { pointEstimateRows } from "../../pipeline/steps/casualty_point_estimates.ts";
import { isoFromDayMonthYear, isoWeekMonday } from "../../pipeline/raw_cells.ts";

const fails = (pattern: RegExp) => (e: unknown) =>
  e instanceof DataError && pattern.test(e.message);

const META = "date,days_since_invasion,estimate,ci_lower,ci_upper,pi_low,pi_high,type,country\n";
const metaRow = (date: string, day: number, values: string, type = "casualties") =>
  `${date},${day},${values},${type},russia\n`;

Deno.test("metaEstimateRows: newest-first rows come back oldest first; an NA day is nulls, not zeros", () => {
  const text = META + metaRow("2022-02-26", 2, "NA,NA,NA,NA,NA") +
    metaRow("2022-02-25", 1, "5287.84,1139,25488,631.7,46870.8") +
    metaRow("2022-02-24", 0, "4771,893.1,25488,485.6,46870.8");
  assertEquals(metaEstimateRows(text, "c.csv", "casualties"), [
    {
      date: "2022-02-24",
      estimate: 4771,
      ci_lower: 893.1,
      ci_upper: 25488,
      pi_low: 485.6,
      pi_high: 46870.8,
    },
    {
      date: "2022-02-25",
      estimate: 5287.8,
      ci_lower: 1139,
      ci_upper: 25488,
      pi_low: 631.7,
      pi_high: 46870.8,
    },
    {
      date: "2022-02-26",
      estimate: null,
      ci_lower: null,
      ci_upper: null,
      pi_low: null,
      pi_high: null,
    },
  ]); // deno-fmt-ignore
});

Deno.test("metaEstimateRows: a malformed number is an error naming file, row and column", () => {
  const text = META + metaRow("2022-02-25", 1, "5287.8,11x39,25488,631.7,46870.8") +
    metaRow("2022-02-24", 0, "4771,893.1,25488,485.6,46870.8");
  assertThrows(
    () => metaEstimateRows(text, "c.csv", "casualties"),
    fails(
      /^c\.csv: row 2 \(date 2022-02-25\), column ci_lower: expected a number \(a plain decimal, optional sign\) or NA, found '11x39'/,
    ),
  );
  // What Number() would read as 84 and 1000: refused as in every CSV of the project.
  for (const cell of ["0x54", "1e3", " 5", "Infinity"]) {
    assertThrows(
      () =>
        metaEstimateRows(
          META + metaRow("2022-02-25", 1, `5287.8,${cell},25488,631.7,46870.8`) +
            metaRow("2022-02-24", 0, "4771,893.1,25488,485.6,46870.8"),
          "c.csv",
          "casualties",
        ),
      fails(new RegExp(`column ci_lower: expected a number .* found '${cell}'`)),
    );
  }
});

Deno.test("metaEstimateRows: NA in some columns only, a falling estimate, a gap, a wrong day count are errors", () => {
  const ok = metaRow("2022-02-24", 0, "4771,893.1,25488,485.6,46870.8");
  assertThrows(
    () =>
      metaEstimateRows(META + metaRow("2022-02-25", 1, "NA,1,2,0,3") + ok, "c.csv", "casualties"),
    fails(
      /row 2 \(date 2022-02-25\), column estimate: expected a number \(only a row with every value NA/,
    ),
  );
  assertThrows(
    () =>
      metaEstimateRows(
        META + metaRow("2022-02-25", 1, "4000,893.1,25488,485.6,46870.8") + ok,
        "c.csv",
        "casualties",
      ),
    fails(/row 2 \(date 2022-02-25\), column estimate: expected a cumulative estimate ≥ 4771/),
  );
  assertThrows(
    () =>
      metaEstimateRows(
        META + metaRow("2022-02-26", 2, "5000,893.1,25488,485.6,46870.8") + ok,
        "c.csv",
        "casualties",
      ),
    fails(/row 2 \(date 2022-02-26\): expected the day after 2022-02-24/),
  );
  assertThrows(
    () =>
      metaEstimateRows(
        META + metaRow("2022-02-25", 7, "5000,893.1,25488,485.6,46870.8") + ok,
        "c.csv",
        "casualties",
      ),
    fails(/column days_since_invasion: expected 1/),
  );
  assertThrows(
    () => metaEstimateRows(META + ok, "c.csv", "deaths"),
    fails(/column type: expected 'deaths', found 'casualties'/),
  );
  assertThrows(
    () =>
      metaEstimateRows(
        META + metaRow("2022-02-24", 0, "4771,5000,25488,485.6,46870.8"),
        "c.csv",
        "casualties",
      ),
    fails(/expected pi_low ≤ ci_lower ≤ estimate ≤ ci_upper ≤ pi_high/),
  );
}); // deno-fmt-ignore

const UK = "month,year,casualties (average daily losses),days in month,casualties in month," +
  "cumulative casualties,date (at beginning of next month),source,source_url,note\n";

Deno.test("ukModMonthlyRows: d/m/yyyy dates and month names become ISO months with their addresses", () => {
  const text = UK + "march,2022,386,31,11966,11966,01/04/2022,UK MoD,https://x.com/a,\n" +
    "april,2022,193,30,5790,17756,1/5/2022,UK MoD,https://x.com/b,\n";
  assertEquals(ukModMonthlyRows(text, "uk.csv"), [
    {
      month: "2022-03",
      average_per_day: 386,
      days: 31,
      month_total: 11966,
      cumulative: 11966,
      source_url: "https://x.com/a",
    },
    {
      month: "2022-04",
      average_per_day: 193,
      days: 30,
      month_total: 5790,
      cumulative: 17756,
      source_url: "https://x.com/b",
    },
  ]); // deno-fmt-ignore
});

Deno.test("ukModMonthlyRows: a malformed date, a wrong total, a skipped month are errors naming row and column", () => {
  const march = "march,2022,386,31,11966,11966,01/04/2022,UK MoD,https://x.com/a,\n";
  assertThrows(
    () =>
      ukModMonthlyRows(
        UK + "march,2022,386,31,11966,11966,2022-04-01,UK MoD,https://x.com/a,\n",
        "uk.csv",
      ),
    fails(
      /^uk\.csv: row 2, column date \(at beginning of next month\): expected a date d\/m\/yyyy, found '2022-04-01'/,
    ),
  );
  assertThrows(
    () =>
      ukModMonthlyRows(
        UK + "march,2022,386,31,11967,11967,01/04/2022,UK MoD,https://x.com/a,\n",
        "uk.csv",
      ),
    fails(/row 2, column casualties in month: expected average a day × days = 11966, found 11967/),
  );
  assertThrows(
    () =>
      ukModMonthlyRows(
        UK + march + "may,2022,231,31,7161,19127,01/06/2022,UK MoD,https://x.com/c,\n",
        "uk.csv",
      ),
    fails(/row 3, column month: expected the month after 2022-03/),
  );
  assertThrows(
    () =>
      ukModMonthlyRows(
        UK + march + "april,2022,193,30,5790,99,01/05/2022,UK MoD,https://x.com/b,\n",
        "uk.csv",
      ),
    fails(
      /row 3, column cumulative casualties: expected the running total of the months so far, 17756/,
    ),
  );
  assertThrows(
    () =>
      ukModMonthlyRows(
        UK + "march,2022,386,31,11966,11966,31/02/2022,UK MoD,https://x.com/a,\n",
        "uk.csv",
      ),
    fails(/found '31\/02\/2022'/),
  );
}); // deno-fmt-ignore

const MEDUZA = "Year,Week,BmzNow,EDAssembled,EDAssembledHigh,EDAssembledLow\n";

Deno.test("meduzaWeeklyRows: ISO weeks get their Monday; bounds given the wrong way round are swapped with a note", () => {
  const rows = meduzaWeeklyRows(
    MEDUZA + "2022,24,224,52.24,46.75,57.74\n2022,25,300,60,70,50\n",
    "m.csv",
  );
  assertEquals(
    rows.map((r) => [r.iso_week, r.week_start, r.ed_assembled_low, r.ed_assembled_high]),
    [
      ["2022-W24", "2022-06-13", 46.8, 57.7],
      ["2022-W25", "2022-06-20", 50, 70],
    ],
  );
  assertEquals(rows[0].note.includes("swapped"), true);
  assertEquals(rows[1].note, "");
}); // deno-fmt-ignore

Deno.test("meduzaWeeklyRows: week 53 of a 52-week year, a skipped week, an estimate outside its bounds are errors", () => {
  assertThrows(
    () => meduzaWeeklyRows(MEDUZA + "2025,53,1,60,70,50\n", "m.csv"),
    fails(/^m\.csv: row 2 \(2025 week 53\), column Week: expected an ISO week 1 to 52 of 2025/),
  );
  assertThrows(
    () => meduzaWeeklyRows(MEDUZA + "2025,1,1,60,70,50\n2025,3,1,60,70,50\n", "m.csv"),
    fails(/row 3 \(2025 week 3\), column Week: expected the ISO week after 2025-W01/),
  );
  assertThrows(
    () => meduzaWeeklyRows(MEDUZA + "2025,1,1,80,70,50\n", "m.csv"),
    fails(/column EDAssembled: expected 0 ≤ EDAssembledLow ≤ EDAssembled ≤ EDAssembledHigh/),
  );
  assertThrows(
    () => meduzaWeeklyRows(MEDUZA + "2025,1,many,80,70,50\n", "m.csv"),
    fails(/row 2, column BmzNow: expected an integer \(a plain decimal, optional sign\), found 'many'/),
  );
}); // deno-fmt-ignore

const POINTS = "date,estimate_low,estimate_high,estimate,type,source,source_url,country," +
  '"ignore for chart, data from warring parties"\n';

Deno.test("pointEstimateRows: d/m/yyyy dates, thousands separators, the warring-party flag kept, sorted by date", () => {
  const rows = pointEstimateRows(
    POINTS + '1/12/2025,,,"1,200,000",casualties,CSIS,https://csis.org/a,russia,\n' +
      "19/12/2023,,,383000,casualties,Russian Ministry of Defense,https://tass.com/b,ukraine,yes\n" +
      '21/06/2024,106000,"140,000",120000,deaths,Mediazona; Meduza,(via email),russia,\n',
    "e.csv",
  );
  assertEquals(rows.map((r) => [r.date, r.estimate, r.estimate_high, r.warring_party]), [
    ["2023-12-19", 383000, null, "yes"],
    ["2024-06-21", 120000, 140000, "no"],
    ["2025-12-01", 1200000, null, "no"],
  ]);
});

Deno.test("pointEstimateRows: a malformed number or flag is an error naming row and column", () => {
  assertThrows(
    () =>
      pointEstimateRows(
        POINTS + '1/12/2025,,,"1.200.000",casualties,CSIS,https://a,russia,\n',
        "e.csv",
      ),
    fails(
      /^e\.csv: row 2, column estimate: expected a number \(thousands separated by commas or not\), found '1\.200\.000'/,
    ),
  );
  assertThrows(
    () =>
      pointEstimateRows(POINTS + "1/12/2025,,,5,casualties,CSIS,https://a,russia,maybe\n", "e.csv"),
    fails(
      /row 2, column ignore for chart, data from warring parties: expected 'yes' or an empty cell/,
    ),
  );
  assertThrows(
    () => pointEstimateRows(POINTS + "12/2025,,,5,casualties,CSIS,https://a,russia,\n", "e.csv"),
    fails(/row 2, column date: expected a date d\/m\/yyyy, found '12\/2025'/),
  );
}); // deno-fmt-ignore

Deno.test("isoFromDayMonthYear and isoWeekMonday: day first; ISO week 1 may start in December", () => {
  assertEquals(isoFromDayMonthYear("30/6/2026", "a", "b"), "2026-06-30");
  assertEquals(isoWeekMonday(2025, 1, "a", "b"), "2024-12-30");
  assertEquals(isoWeekMonday(2026, 53, "a", "b"), "2026-12-28");
});
