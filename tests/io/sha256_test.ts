import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { sha256Hex } from "../../lib/io/sha256.ts";

Deno.test("sha256Hex: the FIPS 180-2 test vectors, as text and as bytes", async () => {
  assertEquals(
    await sha256Hex("abc"),
    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
  );
  assertEquals(
    await sha256Hex(new Uint8Array()),
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
  );
});
