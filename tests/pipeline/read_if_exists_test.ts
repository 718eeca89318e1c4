import { deepStrictEqual as assertEquals, rejects } from "node:assert/strict";
import { readIfExists } from "../../pipeline/read_if_exists.ts";

Deno.test("readIfExists: a file's text, undefined for a missing file, other failures thrown", async () => {
  const dir = await Deno.makeTempDir({ prefix: "claimbook-read-if-exists-" });
  try {
    await Deno.writeTextFile(`${dir}/a.csv`, "x\n1\n");
    assertEquals(await readIfExists(`${dir}/a.csv`), "x\n1\n");
    assertEquals(await readIfExists(`${dir}/missing.csv`), undefined);
    await rejects(() => readIfExists(dir)); // a folder is not a missing file
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
