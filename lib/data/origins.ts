/**
 * One origin record per raw source, written once (from each raw folder's `SOURCE.md`): who
 * produced it, where the exact bytes are upstream (a pinned commit or package version), its
 * licence, and the date of the snapshot. The pipeline uses it for the upstream address of every
 * raw file (`pipeline/sources.ts`, `data:build --download`) and carries it in `manifest.json` for
 * every derived file (like OWID's origins); the claims cite it as their sources
 * (`lib/claims/a/sources.ts`). Pure data: no file is read here.
 *
 * @module
 */

/** One raw source: a folder of the raw tree, or the files of that folder that `match`. */
export interface Origin {
  /** A short stable id, e.g. `general-staff`. */
  id: string;
  /** The raw folder holding its files, e.g. `general-staff`. */
  folder: string;
  /** Which files of the folder come from it (all when absent). */
  match?: (name: string) => boolean;
  /** The data set's title, as cited. */
  title: string;
  /** Who produced it, and who compiled or copied it. */
  producer: string;
  /** The page to cite: the repository, package or data set. */
  url: string;
  /** Where one file's exact bytes are: this prefix and the file's name (URI-encoded). */
  rawBase: string;
  /** The upstream commit (or package version) the bytes are pinned to. */
  commit: string;
  /** The date of the data as cited: the snapshot commit's date, or the release's; `null` where
   * `SOURCE.md` gives none. `SOURCE.md` gives no retrieval date, so this stands for it. */
  date: string | null;
  /** The licence, as `SOURCE.md` states it. */
  licence: string;
}

const GITHUB = "https://raw.githubusercontent.com";

/** The Economist's files that live in `output-data/tracker/` upstream (see its SOURCE.md). */
function isEconomistTrackerFile(name: string): boolean {
  return /^(meta-estimate-|raw_estimates|sources_summary|meta_estimate_sources_summary)/.test(name);
}

/** Every raw source of the project, by id. */
export const ORIGINS: readonly Origin[] = [
  {
    id: "general-staff",
    folder: "general-staff",
    title: "Russian losses reported by the General Staff of the Armed Forces of Ukraine " +
      "(2022-Ukraine-Russia-War-Dataset, russia_losses_personnel.json)",
    producer: "General Staff of the Armed Forces of Ukraine, compiled by Petro Ivaniuk (GitHub)",
    url: "https://github.com/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset",
    rawBase: `${GITHUB}/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset/` +
      "37655f8bbdd6806d2f94416253116b02a750c97b/data/",
    commit: "37655f8bbdd6806d2f94416253116b02a750c97b",
    date: "2026-08-08",
    licence: "MIT",
  },
  {
    id: "deepstate-daily",
    folder: "deepstate",
    title: "DeepStateMap occupied territory, daily snapshots (cyterat/deepstate-map-data)",
    producer: "DeepStateMap (deepstatemap.live), scraped by cyterat (GitHub)",
    url: "https://github.com/cyterat/deepstate-map-data",
    rawBase: `${GITHUB}/cyterat/deepstate-map-data/e904719a6726c7e6b5d6e87a7701e1b77b18e554/data/`,
    commit: "e904719a6726c7e6b5d6e87a7701e1b77b18e554",
    date: "2026-06-30",
    licence: "map data: DeepStateMap, no open-data licence stated; code GPL-3.0",
  },
  {
    id: "deepstate-polygons",
    folder: "deepstate-polygons-rsparks3",
    title:
      "DeepStateMap polygons by category, incl. 'Unknown status' (rsparks3/deepstate-map-data)",
    producer: "DeepStateMap (deepstatemap.live), scraped by rsparks3 (GitHub)",
    url: "https://github.com/rsparks3/deepstate-map-data",
    rawBase: `${GITHUB}/rsparks3/deepstate-map-data/7f5fee56ae5f823ae150a415baa4fbfc6686d710/data/`,
    commit: "7f5fee56ae5f823ae150a415baa4fbfc6686d710",
    date: "2026-08-22",
    licence: "map data: DeepStateMap, no open-data licence stated; code GPL-3.0",
  },
  {
    id: "deepstate-history",
    folder: "deepstate-history-danielrose",
    title: "DeepStateMap history versions (DanielRose2310/deepstatemaps-history)",
    producer: "DeepStateMap (deepstatemap.live), archived by DanielRose2310 (GitHub)",
    url: "https://github.com/DanielRose2310/deepstatemaps-history",
    rawBase: `${GITHUB}/DanielRose2310/deepstatemaps-history/` +
      "df633a1700680411949934a4345f1af263327377/geojsons/",
    commit: "df633a1700680411949934a4345f1af263327377",
    date: "2025-08-05",
    licence: "map data: DeepStateMap; the archive states no licence",
  },
  {
    id: "economist",
    folder: "economist-deaths-and-area",
    match: (name) => name === "area_assessed_as_controlled_by_russia.csv",
    title: "Area assessed as controlled by Russia (ISW-based), in " +
      "the-economist-ukraine-war-dead-and-wounded-estimates",
    producer: "The Economist (from ISW/CTP maps)",
    url: "https://github.com/TheEconomist/the-economist-ukraine-war-dead-and-wounded-estimates",
    rawBase: `${GITHUB}/TheEconomist/the-economist-ukraine-war-dead-and-wounded-estimates/` +
      "978a24b4abdcca2ca6e89e2158dc5c281ea760ca/source-data/deaths-and-casualties-data/",
    commit: "978a24b4abdcca2ca6e89e2158dc5c281ea760ca",
    date: "2026-08-22",
    licence: "MIT; the underlying sources keep their own terms",
  },
  {
    id: "economist-meta-estimates",
    folder: "economist-deaths-and-area",
    match: isEconomistTrackerFile,
    title: "The Economist's meta-estimate of Russian casualties and deaths, with its sources " +
      "(the-economist-ukraine-war-dead-and-wounded-estimates, output-data/tracker)",
    producer: "The Economist",
    url: "https://github.com/TheEconomist/the-economist-ukraine-war-dead-and-wounded-estimates",
    rawBase: `${GITHUB}/TheEconomist/the-economist-ukraine-war-dead-and-wounded-estimates/` +
      "978a24b4abdcca2ca6e89e2158dc5c281ea760ca/output-data/tracker/",
    commit: "978a24b4abdcca2ca6e89e2158dc5c281ea760ca",
    date: "2026-08-22",
    licence: "MIT; the underlying sources keep their own terms",
  },
  {
    id: "economist-casualty-sources",
    folder: "economist-deaths-and-area",
    match: (name) =>
      name !== "area_assessed_as_controlled_by_russia.csv" && !isEconomistTrackerFile(name),
    title: "Casualty estimates compiled by The Economist: UK Defence Intelligence month by " +
      "month, Mediazona/Meduza weekly, published point estimates " +
      "(the-economist-ukraine-war-dead-and-wounded-estimates, source-data)",
    producer:
      "UK Defence Intelligence, Mediazona and Meduza, and others; compiled by The Economist",
    url: "https://github.com/TheEconomist/the-economist-ukraine-war-dead-and-wounded-estimates",
    rawBase: `${GITHUB}/TheEconomist/the-economist-ukraine-war-dead-and-wounded-estimates/` +
      "978a24b4abdcca2ca6e89e2158dc5c281ea760ca/source-data/deaths-and-casualties-data/",
    commit: "978a24b4abdcca2ca6e89e2158dc5c281ea760ca",
    date: "2026-08-22",
    licence: "MIT (the compilation); each estimate keeps its publisher's terms",
  },
  {
    id: "ocha-adm1",
    folder: "boundaries",
    match: (name) => name.startsWith("ukr_admbnda_adm1"),
    title: "Ukraine administrative boundaries, ADM1 (COD-AB, ukr_admbnda_adm1_q2_sspe_20171221)",
    producer: "SSPE Kartographia / OCHA, via HDX",
    url: "https://data.humdata.org/dataset/cod-ab-ukr",
    rawBase: `${GITHUB}/yavladys/test-bokeh/a7ed2c2c6c63215befce03ea0e0324693af64933/` +
      "ukr_supply/data/",
    commit: "a7ed2c2c6c63215befce03ea0e0324693af64933",
    date: "2017-12-21",
    licence: "CC BY-IGO",
  },
  {
    id: "geoboundaries-aze-adm2",
    folder: "boundaries",
    match: (name) => name === "geoBoundaries-AZE-ADM2.geojson",
    title: "geoBoundaries Azerbaijan ADM2 (gbOpen, 2021 build)",
    producer: "geoBoundaries (from Wikipedia), copied by halil-tosun (GitHub)",
    url: "https://www.geoboundaries.org/",
    rawBase: `${GITHUB}/halil-tosun/Statistical-System-Failure-Azerbaijan/` +
      "a3f069ceeecd874c6506244c5492c601d76a3484/data/raw/",
    commit: "a3f069ceeecd874c6506244c5492c601d76a3484",
    date: "2021",
    licence: "CC BY-SA 3.0 (this boundary's metadata)",
  },
  {
    id: "natural-earth",
    folder: "boundaries",
    match: (name) => name === "countries-10m.json",
    title: "Natural Earth admin-0 countries v4.1.0, 1:10m (world-atlas countries-10m.json)",
    producer: "Natural Earth, packaged by world-atlas (npm)",
    url: "https://www.npmjs.com/package/world-atlas",
    rawBase: "https://unpkg.com/world-atlas@2.0.2/",
    commit: "world-atlas@2.0.2",
    date: null,
    licence: "public domain (Natural Earth); ISC (world-atlas)",
  },
];

/**
 * The origin of a raw file given by its path in the raw tree (`folder/name`), or `undefined`
 * when no origin covers it.
 *
 * @example
 * ```ts
 * import { originOf } from "./origins.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(originOf("boundaries/countries-10m.json")?.id, "natural-earth");
 * assertEquals(originOf("elsewhere/x.csv"), undefined);
 * ```
 */
export function originOf(path: string): Origin | undefined {
  const slash = path.indexOf("/");
  if (slash < 0) return undefined;
  const folder = path.slice(0, slash);
  const name = path.slice(slash + 1);
  return ORIGINS.find((origin) =>
    origin.folder === folder && (origin.match === undefined || origin.match(name))
  );
}

/**
 * The origin with this id; throws for an unknown id (a typo must not pass silently).
 *
 * @example
 * ```ts
 * import { originById } from "./origins.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(originById("general-staff").licence, "MIT");
 * ```
 */
export function originById(id: string): Origin {
  const origin = ORIGINS.find((candidate) => candidate.id === id);
  if (!origin) throw new Error(`origins: no origin '${id}'`);
  return origin;
}
