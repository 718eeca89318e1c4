/**
 * PNG decoding and ink measures for the tests, on `pngjs` (npm): a decoded image, how many of its
 * pixels differ from the background, and the bounding box of that ink.
 *
 * @module
 */
import { Buffer } from "node:buffer";
import pngjs from "pngjs";

/** A decoded image: `pixels` holds RGBA bytes, row by row. */
export interface DecodedPng {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/**
 * Decodes PNG bytes (any bit depth, colour type or interlace pngjs reads) to RGBA.
 *
 * @example
 * ```ts
 * import { decodePng } from "./decode_png.ts";
 * const bytes = Uint8Array.from(atob(
 *   "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII=",
 * ), (c) => c.charCodeAt(0));
 * decodePng(bytes).width; // 1
 * ```
 */
export function decodePng(bytes: Uint8Array): DecodedPng {
  const png = pngjs.PNG.sync.read(Buffer.from(bytes));
  return { width: png.width, height: png.height, pixels: new Uint8Array(png.data) };
}

/** The part of an image that is not background: how many pixels, and their bounding box. */
export interface Ink {
  pixels: number;
  box: { left: number; top: number; right: number; bottom: number } | null;
}

/**
 * Counts the pixels that differ from the background (the top-left pixel's colour, or `background`)
 * by more than `tolerance` in any channel, within an optional rectangle.
 *
 * @example
 * ```ts
 * import { inkOf } from "./decode_png.ts";
 * const image = { width: 2, height: 1, pixels: new Uint8Array([255, 255, 255, 255, 0, 0, 0, 255]) };
 * inkOf(image).pixels; // 1
 * ```
 */
export function inkOf(
  image: DecodedPng,
  options: {
    background?: [number, number, number];
    tolerance?: number;
    rect?: { x: number; y: number; width: number; height: number };
  } = {},
): Ink {
  const { width, pixels } = image;
  const background = options.background ?? [pixels[0], pixels[1], pixels[2]];
  const tolerance = options.tolerance ?? 24;
  const rect = options.rect ?? { x: 0, y: 0, width: image.width, height: image.height };
  const x0 = Math.max(0, Math.floor(rect.x));
  const y0 = Math.max(0, Math.floor(rect.y));
  const x1 = Math.min(image.width, Math.ceil(rect.x + rect.width));
  const y1 = Math.min(image.height, Math.ceil(rect.y + rect.height));
  let count = 0;
  let box: Ink["box"] = null;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * width + x) * 4;
      const differs = Math.abs(pixels[i] - background[0]) > tolerance ||
        Math.abs(pixels[i + 1] - background[1]) > tolerance ||
        Math.abs(pixels[i + 2] - background[2]) > tolerance;
      if (!differs) continue;
      count++;
      if (box === null) box = { left: x, top: y, right: x, bottom: y };
      else {
        box.left = Math.min(box.left, x);
        box.right = Math.max(box.right, x);
        box.top = Math.min(box.top, y);
        box.bottom = Math.max(box.bottom, y);
      }
    }
  }
  return { pixels: count, box };
}
