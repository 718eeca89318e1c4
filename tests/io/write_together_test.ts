import { deepStrictEqual as assertEquals, ok as assert, rejects, throws } from "node:assert/strict";
import { refuseSymlinks, writeFilesTogether } from "../../lib/io/write_together.ts";

Deno.test("writeFilesTogether: every file written, no staging file left", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await writeFilesTogether(new Map([[`${dir}/a/x.json`, "1"], [`${dir}/a/y.html`, "2"]]));
    assertEquals([...Deno.readDirSync(`${dir}/a`)].map((e) => e.name).sort(), ["x.json", "y.html"]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("writeFilesTogether: a failure while staging leaves the old files exactly as they were", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(`${dir}/x.json`, "old");
    // The first file is staged, the second cannot be (its staging name is too long).
    const long = `${dir}/${"y".repeat(245)}.html`;
    await rejects(writeFilesTogether(new Map([[`${dir}/x.json`, "new"], [long, "2"]])));
    assertEquals(await Deno.readTextFile(`${dir}/x.json`), "old");
    assertEquals([...Deno.readDirSync(dir)].map((e) => e.name), ["x.json"]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("refuseSymlinks: a committed link on the way is named, its target not", () => {
  throws(
    () => refuseSymlinks("tests/fixtures/report/out_link/report/index.html"),
    /^DataError: tests\/fixtures\/report\/out_link: the path: expected a real file or folder .*found a symbolic link$/,
  );
  refuseSymlinks("tests/fixtures/report/none/index.html");
  assert(true);
});
