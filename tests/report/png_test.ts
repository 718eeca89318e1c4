import { deepStrictEqual as assertEquals, rejects } from "node:assert/strict";
import { crc32, decodePng } from "./png.ts";

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream()
    .pipeThrough(new CompressionStream("deflate"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** A 2x2 RGB PNG whose rows use the Sub and Paeth filters. */
async function tinyPng(): Promise<Uint8Array> {
  const header = new Uint8Array(13);
  new DataView(header.buffer).setUint32(0, 2);
  new DataView(header.buffer).setUint32(4, 2);
  header.set([8, 2, 0, 0, 0], 8);
  // Pixels: red, green / blue, white. Row 0 with Sub (1), row 1 with Paeth (4).
  const raw = new Uint8Array([
    1,
    255,
    0,
    0,
    (0 - 255) & 0xff,
    255,
    0,
    4,
    0,
    0,
    255,
    255,
    255,
    0,
  ]);
  // Row 1's stored bytes (placeholders above) are the intended pixels minus Paeth's predictor.
  const pixels = [[[255, 0, 0], [0, 255, 0]], [[0, 0, 255], [255, 255, 255]]];
  for (let x = 0; x < 6; x++) {
    const value = pixels[1][Math.floor(x / 3)][x % 3];
    const a = x >= 3 ? pixels[1][0][x % 3] : 0;
    const b = pixels[0][Math.floor(x / 3)][x % 3];
    const c = x >= 3 ? pixels[0][0][x % 3] : 0;
    const p = a + b - c;
    const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
    const predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    raw[8 + x] = (value - predictor) & 0xff;
  }
  const parts = [
    new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", header),
    chunk("IDAT", await deflate(raw)),
    chunk("IEND", new Uint8Array()),
  ];
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  parts.reduce((at, part) => (out.set(part, at), at + part.length), 0);
  return out;
}

Deno.test("crc32: matches the CRC of PNG's IEND chunk", () => {
  assertEquals(crc32(new TextEncoder().encode("IEND")), 0xae426082);
});

Deno.test("decodePng: decodes RGB rows filtered with Sub and Paeth to RGBA pixels", async () => {
  const image = await decodePng(await tinyPng());
  assertEquals([image.width, image.height], [2, 2]);
  assertEquals([...image.pixels], [
    255,
    0,
    0,
    255,
    0,
    255,
    0,
    255,
    0,
    0,
    255,
    255,
    255,
    255,
    255,
    255,
  ]);
});

Deno.test("decodePng: a corrupted chunk fails its CRC check", async () => {
  const png = await tinyPng();
  png[20] ^= 0xff; // inside IHDR's data
  await rejects(decodePng(png), /bad CRC in chunk IHDR/);
});

Deno.test("decodePng: rejects bytes that are not a PNG", async () => {
  await rejects(decodePng(new TextEncoder().encode("GIF89a....")), /not a PNG/);
});
