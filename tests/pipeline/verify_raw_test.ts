import {
  deepStrictEqual as assertEquals,
  rejects as assertRejects,
  throws as assertThrows,
} from "node:assert/strict";
import { DataError } from "../../lib/io/data_error.ts";
import { sha256Hex } from "../../lib/io/sha256.ts";
import { parseSha256Sums, verifyRaw } from "../../pipeline/verify_raw.ts";
import { writeRawTree } from "../fixtures/pipeline/raw_tree.ts";

async function tree(files: Record<string, string>): Promise<string> {
  const dir = await Deno.makeTempDir({ prefix: "claimbook-raw-" });
  await writeRawTree(dir, files);
  return dir;
}

Deno.test("verifyRaw: returns the sha256 of every listed file by its raw path", async () => {
  const dir = await tree({ "a/x.json": "[1]", "a/y z.csv": "n\n1\n", "b/w.txt": "w" });
  try {
    const hashes = await verifyRaw(dir);
    assertEquals([...hashes.keys()], ["a/x.json", "a/y z.csv", "b/w.txt"]);
    assertEquals(hashes.get("a/x.json"), await sha256Hex("[1]"));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("verifyRaw: a file whose sha256 does not match SHA256SUMS names the file and both hashes", async () => {
  const dir = await tree({ "a/x.json": "[1]" });
  try {
    await Deno.writeTextFile(`${dir}/a/x.json`, "[2]");
    const expected = await sha256Hex("[1]");
    const found = await sha256Hex("[2]");
    await assertRejects(
      verifyRaw(dir),
      (e: unknown) =>
        e instanceof DataError && e.message.includes("a/x.json: its sha256") &&
        e.message.includes(`expected ${expected}`) && e.message.includes(`found ${found}`),
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("verifyRaw: a file not listed in SHA256SUMS is an error", async () => {
  const dir = await tree({ "a/x.json": "[1]" });
  try {
    await Deno.writeTextFile(`${dir}/a/new.json`, "[3]");
    await assertRejects(
      verifyRaw(dir),
      (e: unknown) =>
        e instanceof DataError && e.message.includes("a/new.json") &&
        e.message.includes("SHA256SUMS"),
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("verifyRaw: a listed file that is missing is an error", async () => {
  const dir = await tree({ "a/x.json": "[1]", "a/y.json": "[2]" });
  try {
    await Deno.remove(`${dir}/a/y.json`);
    await assertRejects(
      verifyRaw(dir),
      (e: unknown) => e instanceof DataError && e.message.includes("a/y.json"),
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("parseSha256Sums: a malformed line names the line", () => {
  // A try/catch here caught its own "no error" too; assertThrows reports what went wrong.
  assertThrows(
    () => parseSha256Sums("abc  x.json\n", "a/SHA256SUMS"),
    (error: unknown) =>
      error instanceof DataError && error.message.startsWith("a/SHA256SUMS: line 1"),
  );
});
