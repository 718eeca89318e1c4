import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { englishCategory, historyCategory } from "../../pipeline/deepstate_labels.ts";

Deno.test("historyCategory: occupied categories of the Ukrainian labels, before and after 2022-09", () => {
  for (
    const label of [
      "Окуповано",
      "ОРДЛО",
      "Крим",
      "Окупований Крим /// Occupied Crimea",
      "ОРДЛО /// CADR and CALR /// geoJSON.territories.ordlo",
      "Окуповано. 01.04",
      "Ізюм. Окуповано",
      "Сєвєродонецьк. Території, що окуповано.\nСтаном на 30.05 /// Sieverodonetsk...",
    ]
  ) assertEquals(historyCategory(label), "occupied", label);
});

Deno.test("historyCategory: grey zone labels, including 'Contested' of mid-2022", () => {
  for (
    const label of [
      "Під питанням /// Contested",
      "Статус невідомий /// Unknown status\u00a0/// geoJSON.status.unknown",
      "Сіра зона",
      "28.05 Під питанням /// 26.05 Contested",
    ]
  ) assertEquals(historyCategory(label), "grey", label);
});

Deno.test("historyCategory: Tuzla, liberated areas and occupied land outside Ukraine are other", () => {
  for (
    const label of [
      "Острів Тузла /// Occupied Tuzla Island",
      "Звільнено 25.03 /// Liberated 25.03",
      "Окупований Печорський район (Саатсеський чобіт) /// Occupied Pechorsky district",
      "Окупована Абхазія. /// Occupied Abkhazia.",
      "Придністров'я /// Transnistria",
    ]
  ) assertEquals(historyCategory(label), "other", label);
});

Deno.test("englishCategory: the three occupied labels, 'Unknown status', and nothing else", () => {
  assertEquals(
    [
      "Occupied",
      "CADR and CALR",
      "Occupied Crimea",
      "Unknown status",
      "Occupied Tuzla Island",
      "Unknown",
    ]
      .map(englishCategory),
    ["occupied", "occupied", "occupied", "grey", "other", "other"],
  );
});
