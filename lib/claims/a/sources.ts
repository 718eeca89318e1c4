/**
 * The sources group A rests on: the article, ISW's assessment, and the public data behind each
 * check (from their origin records, `lib/data/origins.ts`, written once).
 *
 * @module
 */
import type { Source } from "../claim.ts";
import { originById } from "../../data/origins.ts";

/** The article (longer version of 13 January 2026), one record for the claims and the report. */
export { ARTICLE_SOURCE } from "../article.ts";

/** A raw data set's origin record as a claim's source. */
function sourceOf(id: string): Source {
  const origin = originById(id);
  if (origin.date === null) throw new Error(`sources: origin '${id}' has no date to cite`);
  return { title: origin.title, publisher: origin.producer, date: origin.date, url: origin.url };
}

/** The General Staff's daily loss reports, as compiled by Petro Ivaniuk's dataset. */
export const GENERAL_STAFF: Source = sourceOf("general-staff");

/** DeepState's map, daily occupied-area snapshots scraped by cyterat. */
export const DEEPSTATE_DAILY: Source = sourceOf("deepstate-daily");

/** DeepState's map polygons by category, including the grey zone ("Unknown status"). */
export const DEEPSTATE_POLYGONS: Source = sourceOf("deepstate-polygons");

/** DeepState's full map history at month starts. */
export const DEEPSTATE_HISTORY: Source = sourceOf("deepstate-history");

/** The Economist's daily ISW-based area assessed as Russian-controlled. */
export const ECONOMIST_AREA: Source = sourceOf("economist");

/** ISW's assessment with the projection to August 2027. */
export const ISW_2025_11_26: Source = {
  title: "Russian Offensive Campaign Assessment, November 26, 2025",
  publisher: "Institute for the Study of War",
  date: "2025-11-26",
  url: "https://isw.pub/UkrWar11262025",
};

/** The oblast boundaries (OCHA COD-AB, 2017). */
export const OCHA_BOUNDARIES: Source = sourceOf("ocha-adm1");
