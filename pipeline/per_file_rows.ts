/**
 * The run of a per-snapshot step: one output row per raw file of a folder, each row either
 * reused from the previous output (same file, same sha256) or computed, with progress, into one
 * CSV text. The steps differ only in how a row is computed.
 *
 * @module
 */
import { DataError } from "../lib/io/data_error.ts";
import { formatCsv } from "../lib/io/csv.ts";
import { reusableRows } from "./reuse_rows.ts";
import type { StepContext, StepResult } from "./step.ts";

/** What a per-snapshot step is made of. */
export interface PerFileRowsSpec {
  /** The derived file's name (shown in the progress). */
  output: string;
  /** The raw folder of the files, relative to the raw folder (`deepstate`). */
  folder: string;
  /** The files, relative to the raw folder (`deepstate/x.geojson`), in the output's row order. */
  files: readonly string[];
  /** The output's columns, in order (`file` and `sha256` among them, for reuse). */
  columns: readonly string[];
  /** What one file is, in words: "snapshot" gives "snapshot files" and "2 snapshots". */
  item: string;
  /** Computes the row of one file (`path` relative to the raw folder, `name` within `folder`). */
  row(path: string, name: string): Promise<Record<string, string | number>>;
}

/**
 * Builds the output text: every file's row, reused where the previous output has it with the
 * same sha256, computed otherwise. No file at all is a `DataError` naming the folder.
 *
 * @example
 * ```ts
 * import { perFileRows } from "./per_file_rows.ts";
 * import type { StepContext } from "./step.ts";
 * declare const context: StepContext;
 * const result = await perFileRows(context, {
 *   output: "sizes.csv",
 *   folder: "deepstate",
 *   files: ["deepstate/a.geojson"],
 *   columns: ["file", "sha256", "bytes"],
 *   item: "snapshot",
 *   row: async (path, name) => ({
 *     file: name,
 *     sha256: context.rawHashes.get(path)!,
 *     bytes: (await Deno.readFile(`${context.rawDir}/${path}`)).length,
 *   }),
 * });
 * result.text; // "file,sha256,bytes\na.geojson,...\n"
 * ```
 */
export async function perFileRows(
  context: StepContext,
  spec: PerFileRowsSpec,
): Promise<StepResult> {
  const { files, columns } = spec;
  if (files.length === 0) {
    throw new DataError(`${context.rawDir}/${spec.folder}`, "the folder", `${spec.item} files`);
  }
  const reusable = reusableRows(context.previousText, columns, spec.folder, context.rawHashes);
  const rows: Record<string, string | number>[] = [];
  let computed = 0;
  context.progress.start(spec.output, files.length);
  for (const path of files) {
    const name = path.slice(spec.folder.length + 1);
    const previous = reusable.get(name);
    if (previous) {
      rows.push(Object.fromEntries(columns.map((column, i) => [column, previous[i]])));
    } else {
      rows.push(await spec.row(path, name));
      computed++;
    }
    context.progress.tick();
  }
  context.progress.done(`${files.length} ${spec.item}s, ${computed} computed`);
  return {
    text: formatCsv(rows, columns),
    rows: rows.length,
    computed,
    reused: rows.length - computed,
  };
}
