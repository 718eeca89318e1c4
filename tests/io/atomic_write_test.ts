import { deepStrictEqual as assertEquals, rejects } from "node:assert/strict";
import { writeTextFileAtomic } from "../../lib/io/atomic_write.ts";

Deno.test("writeTextFileAtomic: writes the text and leaves no temporary file beside it", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await writeTextFileAtomic(`${dir}/a.txt`, "old\n");
    await writeTextFileAtomic(`${dir}/a.txt`, "new\n");
    assertEquals(await Deno.readTextFile(`${dir}/a.txt`), "new\n");
    assertEquals([...Deno.readDirSync(dir)].map((entry) => entry.name), ["a.txt"]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("writeTextFileAtomic: a failed rename keeps the old file and removes the temporary one", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await Deno.mkdir(`${dir}/target`); // a folder cannot be replaced by a file: the rename fails
    await Deno.writeTextFile(`${dir}/target/keep.txt`, "kept");
    // The rename's own error, not one from writing the temporary file (which must succeed).
    await rejects(writeTextFileAtomic(`${dir}/target`, "text"), /rename '.*\.tmp' -> '.*\/target'/);
    assertEquals(await Deno.readTextFile(`${dir}/target/keep.txt`), "kept");
    assertEquals([...Deno.readDirSync(dir)].map((entry) => entry.name), ["target"]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
