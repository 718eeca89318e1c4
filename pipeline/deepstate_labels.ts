/**
 * DeepState polygon labels → category. DeepState labels are trilingual
 * ("Ukrainian /// English /// code"); the English labels used today only exist from the version
 * of 2022-09-24 on, so the history is classified on the Ukrainian part, which every version has
 * (see `deepstate-history-danielrose/SOURCE.md`). The rsparks3 files keep only the English part.
 *
 * Occupied = what `deepstate/` (cyterat) stores: occupied since 2022, the areas held before 2022
 * (ORDLO / CADR and CALR) and Crimea; not Tuzla Island, not occupied land outside Ukraine.
 *
 * @module
 */

/** The category of a DeepState polygon. */
export type LabelCategory = "occupied" | "grey" | "other";

/** Collapses non-breaking and repeated spaces, trims. */
function normalise(text: string): string {
  return text.replace(/[\u00a0\s]+/g, " ").trim();
}

const ENGLISH_OCCUPIED = new Set(["Occupied", "CADR and CALR", "Occupied Crimea"]);
const ENGLISH_GREY = new Set(["Unknown status"]);

/**
 * The category of an English label (rsparks3 files).
 *
 * @example
 * ```ts
 * import { englishCategory } from "./deepstate_labels.ts";
 * englishCategory("Unknown status"); // "grey"
 * englishCategory("Occupied Tuzla Island"); // "other"
 * ```
 */
export function englishCategory(label: string): LabelCategory {
  const name = normalise(label);
  if (ENGLISH_OCCUPIED.has(name)) return "occupied";
  if (ENGLISH_GREY.has(name)) return "grey";
  return "other";
}

const UKRAINIAN_OCCUPIED = new Set(["Окуповано", "ОРДЛО", "Крим", "Окупований Крим"]);
/** Ad hoc labels of the spring 2022 versions for pieces of occupied land (same red style). */
const UKRAINIAN_OCCUPIED_PATTERNS = [
  /^Окуповано[ .]/, // "Окуповано. 01.04", "Окуповано 04.04 та 21.04"
  /^Ізюм\. Окуповано$/,
  /^Окуповані Циркуни$/,
  /^Рубіжне\. Території зайняті ворогом/,
  /^Сєвєродонецьк\. Території, що окуповано/,
  /^Багатокутник 11$/, // "Polygon 11": unnamed, styled as occupied (2022-04-03 only)
];
const UKRAINIAN_GREY = new Set([
  "Під питанням",
  "Статус невідомий",
  "Сіра зона",
  "Ситуація невідома",
]);
const UKRAINIAN_GREY_PATTERNS = [
  /^\d\d\.\d\d Під питанням$/, // "28.05 Під питанням"
  /^Невідомо точно/, // "not known exactly ..."
  /^Нам достеменно невідомо/, // "we do not know for sure what is here"
];

/**
 * The category of a full DeepState label, by its Ukrainian part (history files).
 *
 * @example
 * ```ts
 * import { historyCategory } from "./deepstate_labels.ts";
 * historyCategory("Окуповано /// Occupied /// geoJSON.status.occupied"); // "occupied"
 * historyCategory("Під питанням /// Contested"); // "grey"
 * historyCategory("Острів Тузла /// Occupied Tuzla Island"); // "other"
 * ```
 */
export function historyCategory(label: string): LabelCategory {
  const ukrainian = normalise(label.split("///")[0]);
  if (UKRAINIAN_OCCUPIED.has(ukrainian)) return "occupied";
  if (UKRAINIAN_OCCUPIED_PATTERNS.some((p) => p.test(ukrainian))) return "occupied";
  if (UKRAINIAN_GREY.has(ukrainian)) return "grey";
  if (UKRAINIAN_GREY_PATTERNS.some((p) => p.test(ukrainian))) return "grey";
  return "other";
}
