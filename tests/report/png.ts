/**
 * A small PNG decoder for the screenshot checks: 8-bit greyscale, RGB, grey+alpha and RGBA,
 * non-interlaced (what Chromium writes). Inflates with the built-in DecompressionStream, checks
 * every chunk's CRC, and undoes the five scanline filters.
 *
 * @module
 */

/** A decoded image: `pixels` holds RGBA bytes, row by row. */
export interface DecodedPng {
  width: number;
  height: number;
  pixels: Uint8Array;
}

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/**
 * The CRC-32 PNG uses for its chunks (of the chunk type and data).
 *
 * @example
 * ```ts
 * import { crc32 } from "./png.ts";
 * crc32(new TextEncoder().encode("IEND")); // 0xae426082
 * ```
 */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream()
    .pipeThrough(new DecompressionStream("deflate"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/**
 * Decodes a PNG into RGBA pixels; throws on anything it does not support or on a bad CRC.
 *
 * @example
 * ```ts
 * import { decodePng } from "./png.ts";
 * const image = await decodePng(await Deno.readFile("shot.png"));
 * image.width; // 1280
 * ```
 */
export async function decodePng(bytes: Uint8Array): Promise<DecodedPng> {
  if (!SIGNATURE.every((value, index) => bytes[index] === value)) {
    throw new Error("decodePng: not a PNG (bad signature)");
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 8;
  let width = 0, height = 0, bitDepth = 0, colorType = -1, interlace = 0;
  const idat: Uint8Array[] = [];
  while (offset < bytes.length) {
    const length = view.getUint32(offset);
    const type = new TextDecoder().decode(bytes.subarray(offset + 4, offset + 8));
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    const crc = view.getUint32(offset + 8 + length);
    if (crc32(bytes.subarray(offset + 4, offset + 8 + length)) !== crc) {
      throw new Error(`decodePng: bad CRC in chunk ${type} at byte ${offset}`);
    }
    if (type === "IHDR") {
      width = view.getUint32(offset + 8);
      height = view.getUint32(offset + 12);
      [bitDepth, colorType] = [data[8], data[9]];
      interlace = data[12];
    } else if (type === "IDAT") idat.push(data);
    else if (type === "IEND") break;
    offset += 12 + length;
  }
  const channels = CHANNELS[colorType];
  if (bitDepth !== 8 || channels === undefined || interlace !== 0) {
    throw new Error(
      `decodePng: unsupported bit depth ${bitDepth}, colour type ${colorType}, interlace ${interlace}`,
    );
  }
  const joined = new Uint8Array(idat.reduce((sum, part) => sum + part.length, 0));
  idat.reduce((at, part) => (joined.set(part, at), at + part.length), 0);
  const raw = await inflate(joined);
  const stride = width * channels;
  if (raw.length < height * (stride + 1)) {
    throw new Error(`decodePng: image data too short (${raw.length} bytes for ${width}x${height})`);
  }
  const rows = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const source = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = rows.subarray(y * stride, (y + 1) * stride);
    const previous = y > 0 ? rows.subarray((y - 1) * stride, y * stride) : new Uint8Array(stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? row[x - channels] : 0;
      const b = previous[x];
      const c = x >= channels ? previous[x - channels] : 0;
      const predictor = filter === 0
        ? 0
        : filter === 1
        ? a
        : filter === 2
        ? b
        : filter === 3
        ? (a + b) >> 1
        : filter === 4
        ? paeth(a, b, c)
        : Number.NaN;
      if (Number.isNaN(predictor)) throw new Error(`decodePng: bad filter ${filter} on row ${y}`);
      row[x] = (source[x] + predictor) & 0xff;
    }
  }
  const pixels = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const p = rows.subarray(i * channels, (i + 1) * channels);
    const [r, g, b, alpha] = channels === 1
      ? [p[0], p[0], p[0], 255]
      : channels === 2
      ? [p[0], p[0], p[0], p[1]]
      : channels === 3
      ? [p[0], p[1], p[2], 255]
      : [p[0], p[1], p[2], p[3]];
    pixels.set([r, g, b, alpha], i * 4);
  }
  return { width, height, pixels };
}
