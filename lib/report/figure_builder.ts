/**
 * The type of a report figure builder: from a claim, an as-of date and the data folder, the
 * figures to show beside the claim.
 *
 * @module
 */
import type { Claim } from "../claims/claim.ts";
import type { ReportFigure } from "./figure.ts";

/** What a figure builder gets: the claim, the as-of date and the data folder. */
export interface FigureContext {
  claim: Claim;
  asOf: string;
  dataDir: string;
}

/**
 * Builds the figures of one claim.
 *
 * @example
 * ```ts
 * import type { FigureBuilder } from "./figure_builder.ts";
 * const none: FigureBuilder = () => Promise.resolve([]);
 * ```
 */
export type FigureBuilder = (context: FigureContext) => Promise<ReportFigure[]>;

/**
 * Whether a folder can be read: read permission granted and the folder there. Maps are drawn
 * from the raw files beside the repository, which `deno task reproduce` may not be allowed to
 * read; without them those figures are left out rather than failing the report.
 *
 * @example
 * ```ts
 * import { folderReadable } from "./figure_builder.ts";
 * folderReadable("../shared/data/raw"); // false where the raw files are not there
 * ```
 */
export function folderReadable(path: string): boolean {
  if (Deno.permissions.querySync({ name: "read", path }).state !== "granted") return false;
  try {
    return Deno.statSync(path).isDirectory;
  } catch {
    return false;
  }
}
