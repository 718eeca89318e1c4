/**
 * The sources group A rests on: the article, and the public data behind each check.
 *
 * @module
 */
import type { Source } from "../claim.ts";

/** The article (longer version of 13 January 2026), one record for the claims and the report. */
export { ARTICLE_SOURCE } from "../article.ts";

/** The General Staff's daily loss reports, as compiled by Petro Ivaniuk's dataset. */
export const GENERAL_STAFF: Source = {
  title: "Russian losses reported by the General Staff of the Armed Forces of Ukraine " +
    "(2022-Ukraine-Russia-War-Dataset, russia_losses_personnel.json)",
  publisher: "General Staff of the Armed Forces of Ukraine, compiled by Petro Ivaniuk (GitHub)",
  date: "2026-08-08",
  url: "https://github.com/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset",
};

/** DeepState's map, daily occupied-area snapshots scraped by cyterat. */
export const DEEPSTATE_DAILY: Source = {
  title: "DeepStateMap occupied territory, daily snapshots (cyterat/deepstate-map-data)",
  publisher: "DeepStateMap (deepstatemap.live), scraped by cyterat (GitHub)",
  date: "2026-06-30",
  url: "https://github.com/cyterat/deepstate-map-data",
};

/** DeepState's map polygons by category, including the grey zone ("Unknown status"). */
export const DEEPSTATE_POLYGONS: Source = {
  title: "DeepStateMap polygons by category, incl. 'Unknown status' (rsparks3/deepstate-map-data)",
  publisher: "DeepStateMap (deepstatemap.live), scraped by rsparks3 (GitHub)",
  date: "2026-08-22",
  url: "https://github.com/rsparks3/deepstate-map-data",
};

/** DeepState's full map history at month starts. */
export const DEEPSTATE_HISTORY: Source = {
  title: "DeepStateMap history versions (DanielRose2310/deepstatemaps-history)",
  publisher: "DeepStateMap (deepstatemap.live), archived by DanielRose2310 (GitHub)",
  date: "2025-08-05",
  url: "https://github.com/DanielRose2310/deepstatemaps-history",
};

/** The Economist's daily ISW-based area assessed as Russian-controlled. */
export const ECONOMIST_AREA: Source = {
  title: "Area assessed as controlled by Russia (ISW-based), in " +
    "the-economist-ukraine-war-dead-and-wounded-estimates",
  publisher: "The Economist (from ISW/CTP maps)",
  date: "2026-08-22",
  url: "https://github.com/TheEconomist/the-economist-ukraine-war-dead-and-wounded-estimates",
};

/** ISW's assessment with the projection to August 2027. */
export const ISW_2025_11_26: Source = {
  title: "Russian Offensive Campaign Assessment, November 26, 2025",
  publisher: "Institute for the Study of War",
  date: "2025-11-26",
  url: "https://isw.pub/UkrWar11262025",
};

/** The oblast boundaries (OCHA COD-AB, 2017). */
export const OCHA_BOUNDARIES: Source = {
  title: "Ukraine administrative boundaries, ADM1 (COD-AB, ukr_admbnda_adm1_q2_sspe_20171221)",
  publisher: "SSPE Kartographia / OCHA, via HDX",
  date: "2017-12-21",
  url: "https://data.humdata.org/dataset/cod-ab-ukr",
};
