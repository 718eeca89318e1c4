/**
 * Upstream addresses of the raw files, pinned to the commits named in each folder's SOURCE.md,
 * so that `data:build --download` fetches exactly the bytes the manifest records.
 *
 * @module
 */

const GITHUB = "https://raw.githubusercontent.com";

/** The Economist's files that live in `output-data/tracker/` upstream (see its SOURCE.md). */
const ECONOMIST_TRACKER_FILES =
  /^(meta-estimate-|raw_estimates|sources_summary|meta_estimate_sources_summary)/;

/** Folder of the raw tree → function from file name to upstream address. */
const UPSTREAM: Record<string, (name: string) => string | undefined> = {
  "general-staff": (name) =>
    `${GITHUB}/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset/37655f8bbdd6806d2f94416253116b02a750c97b/data/${name}`,
  "economist-deaths-and-area": (name) =>
    `${GITHUB}/TheEconomist/the-economist-ukraine-war-dead-and-wounded-estimates/978a24b4abdcca2ca6e89e2158dc5c281ea760ca/${
      ECONOMIST_TRACKER_FILES.test(name)
        ? "output-data/tracker"
        : "source-data/deaths-and-casualties-data"
    }/${encodeURIComponent(name)}`,
  "deepstate": (name) =>
    `${GITHUB}/cyterat/deepstate-map-data/e904719a6726c7e6b5d6e87a7701e1b77b18e554/data/${name}`,
  "deepstate-polygons-rsparks3": (name) =>
    `${GITHUB}/rsparks3/deepstate-map-data/7f5fee56ae5f823ae150a415baa4fbfc6686d710/data/${name}`,
  "deepstate-history-danielrose": (name) =>
    `${GITHUB}/DanielRose2310/deepstatemaps-history/df633a1700680411949934a4345f1af263327377/geojsons/${name}`,
  "boundaries": (name) => {
    if (name.startsWith("ukr_admbnda_adm1")) {
      return `${GITHUB}/yavladys/test-bokeh/a7ed2c2c6c63215befce03ea0e0324693af64933/ukr_supply/data/${name}`;
    }
    if (name === "geoBoundaries-AZE-ADM2.geojson") {
      return `${GITHUB}/halil-tosun/Statistical-System-Failure-Azerbaijan/a3f069ceeecd874c6506244c5492c601d76a3484/data/raw/${name}`;
    }
    if (name === "countries-10m.json") {
      return "https://unpkg.com/world-atlas@2.0.2/countries-10m.json";
    }
    return undefined;
  },
};

/**
 * The upstream address of a raw file given by its path in the raw tree, or `undefined` when the
 * folder or file has no known upstream.
 *
 * @example
 * ```ts
 * import { upstreamUrl } from "./sources.ts";
 * upstreamUrl("general-staff/russia_losses_personnel.json");
 * // "https://raw.githubusercontent.com/PetroIvaniuk/.../data/russia_losses_personnel.json"
 * ```
 */
export function upstreamUrl(path: string): string | undefined {
  const slash = path.indexOf("/");
  if (slash < 0) return undefined;
  return UPSTREAM[path.slice(0, slash)]?.(path.slice(slash + 1));
}
