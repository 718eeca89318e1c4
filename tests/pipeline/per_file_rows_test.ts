import { deepStrictEqual as assertEquals, rejects } from "node:assert/strict";
import { DataError } from "../../lib/io/data_error.ts";
import { perFileRows, type PerFileRowsSpec } from "../../pipeline/per_file_rows.ts";
import { createProgress } from "../../pipeline/progress.ts";
import type { StepContext } from "../../pipeline/step.ts";

function context(rawHashes: Record<string, string>, previousText?: string): StepContext {
  return {
    rawDir: "/raw",
    rawHashes: new Map(Object.entries(rawHashes)),
    previousText,
    progress: createProgress(false),
    memo: new Map(),
  };
}

function spec(files: string[], computedFor: string[]): PerFileRowsSpec {
  return {
    output: "sizes.csv",
    folder: "deepstate",
    files,
    columns: ["file", "sha256", "km2"],
    item: "snapshot",
    row(path, name) {
      computedFor.push(name);
      return Promise.resolve({ file: name, sha256: `new-${path}`, km2: 1.5 });
    },
  };
}

Deno.test("perFileRows: rows whose file has the same sha256 are reused, the others computed", async () => {
  const computedFor: string[] = [];
  const previous = "file,sha256,km2\na.geojson,aa,2\nb.geojson,old,3\n";
  const result = await perFileRows(
    context({ "deepstate/a.geojson": "aa", "deepstate/b.geojson": "bb" }, previous),
    spec(["deepstate/a.geojson", "deepstate/b.geojson"], computedFor),
  );
  assertEquals(computedFor, ["b.geojson"]);
  assertEquals(result, {
    text: "file,sha256,km2\na.geojson,aa,2\nb.geojson,new-deepstate/b.geojson,1.5\n",
    rows: 2,
    computed: 1,
    reused: 1,
  });
});

Deno.test("perFileRows: no file at all is a DataError naming the folder", async () => {
  await rejects(
    () => perFileRows(context({}), spec([], [])),
    (error) =>
      error instanceof DataError && error.message === "/raw/deepstate: the folder: expected " +
          "snapshot files",
  );
});
