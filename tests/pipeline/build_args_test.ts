import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import { BUILD_USAGE, main } from "../../pipeline/build.ts";

Deno.test("data:build --help prints every option and exits 0 without building", async () => {
  const printed: string[] = [];
  const log = console.log;
  console.log = (...parts: unknown[]) => printed.push(parts.join(" "));
  try {
    assertEquals(await main(["--raw", "/nowhere", "--help"]), 0);
  } finally {
    console.log = log;
  }
  assertEquals(printed, [BUILD_USAGE]);
  for (const option of ["--raw", "--out", "--full", "--download", "--download-from", "--cache"]) {
    assert(BUILD_USAGE.includes(`  ${option} `), option);
  }
});
