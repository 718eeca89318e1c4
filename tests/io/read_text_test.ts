import { deepStrictEqual as assertEquals, rejects } from "node:assert/strict";
import { DataError } from "../../lib/io/data_error.ts";
import { readText } from "../../lib/io/read_text.ts";

Deno.test("readText: the whole text of a readable file", async () => {
  const dir = await Deno.makeTempDir({ prefix: "claimbook-read-text-" });
  try {
    await Deno.writeTextFile(`${dir}/a.csv`, "x,y\n1,2\n");
    assertEquals(await readText(`${dir}/a.csv`), "x,y\n1,2\n");
    assertEquals(await readText(new URL(`file://${dir}/a.csv`)), "x,y\n1,2\n");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("readText: a missing file is a DataError naming the file and what was expected", async () => {
  const path = "/tmp/claimbook-no-such-dir/a.csv";
  await rejects(
    () => readText(path, "a readable CSV file"),
    (error) =>
      error instanceof DataError && error.file === path && error.where === "the file" &&
      error.expected === "a readable CSV file" && error.found !== undefined,
  );
  await rejects(
    () => readText(new URL(`file://${path}`)),
    (error) =>
      error instanceof DataError && error.file === path && error.expected === "a readable file",
  );
});
