/**
 * Row-level reuse for per-snapshot steps: the rows of the previous output whose snapshot file
 * still has the same sha256, so that only new or changed snapshots are recomputed.
 *
 * @module
 */
// @ts-types="npm:@types/d3-dsv@3.0.7"
import { csvParseRows } from "d3-dsv";

/**
 * Maps each `file` of the previous output to its row's cells, keeping only rows whose `sha256`
 * column equals the current sha256 of `folder/file`. Empty when there is no previous text or its
 * header differs from `columns`.
 *
 * @example
 * ```ts
 * import { reusableRows } from "./reuse_rows.ts";
 * const previous = "file,sha256,km2\na.geojson,abc,1.5\n";
 * reusableRows(previous, ["file", "sha256", "km2"], "deepstate", new Map([["deepstate/a.geojson", "abc"]]));
 * // Map { "a.geojson" => ["a.geojson", "abc", "1.5"] }
 * ```
 */
export function reusableRows(
  previousText: string | undefined,
  columns: readonly string[],
  folder: string,
  rawHashes: ReadonlyMap<string, string>,
): Map<string, string[]> {
  const reusable = new Map<string, string[]>();
  if (!previousText) return reusable;
  const [header, ...rows] = csvParseRows(previousText);
  if (!header || header.join(",") !== columns.join(",")) return reusable;
  const fileColumn = columns.indexOf("file");
  const hashColumn = columns.indexOf("sha256");
  for (const row of rows) {
    if (row.length !== columns.length) continue;
    const file = row[fileColumn];
    if (rawHashes.get(`${folder}/${file}`) === row[hashColumn]) reusable.set(file, row);
  }
  return reusable;
}
