/**
 * Rasterises an SVG document to PNG with resvg (WebAssembly, from npm), so that a figure shows
 * where SVG does not: an untrusted notebook, nbconvert's HTML export, GitHub's and VS Code's
 * viewers. Text is set in Inter (the TTF files of an npm package, imported as bytes), so the
 * picture is the same on every machine whatever fonts it has; every family the SVG names
 * (`system-ui`, `sans-serif`, ...) falls back to it.
 *
 * The WebAssembly module and the fonts are imported as bytes (`with { type: "bytes" }`, enabled by
 * `"unstable": ["raw-imports"]` in `deno.json`), so this module needs no read permission. The
 * pixels are then encoded by UPNG (`upng-js`) with a palette of at most 256 colours: a figure's
 * flat colours survive, and the file is a third to a half of resvg's own PNG.
 *
 * @module
 */
import { initWasm, Resvg } from "@resvg/resvg-wasm";
// @ts-types="@types/upng-js"
import UPNG from "upng-js";
import resvgWasm from "@resvg/resvg-wasm/index_bg.wasm" with { type: "bytes" };
import inter from "@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf" with {
  type: "bytes",
};
import interSemiBold from "@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf" with {
  type: "bytes",
};

/** The family every text of a rasterised SVG is set in. */
export const RASTER_FONT_FAMILY = "Inter";

let ready: Promise<void> | undefined;

/**
 * Loads the rasteriser's WebAssembly once per process; {@link svgToPng} needs it done. Cheap to
 * call again.
 *
 * @example
 * ```ts
 * import { initRasterizer } from "./svg_to_png.ts";
 * await initRasterizer();
 * ```
 */
export function initRasterizer(): Promise<void> {
  ready ??= initWasm(resvgWasm);
  return ready;
}

await initRasterizer();

/** How to rasterise. */
export interface PngOptions {
  /** Device pixels per CSS pixel (default 2: sharp on high-density screens). */
  scale?: number;
  /** The background behind the drawing (default white: front ends may have dark themes). */
  background?: string;
  /** At most this many colours (default 256, a palette PNG); 0 keeps every colour. */
  colors?: number;
}

/**
 * Rasterises an SVG document (with `xmlns`, and `width` and `height` or a `viewBox`) to PNG bytes
 * at `scale` times its size. Throws if resvg cannot parse the SVG.
 *
 * @example
 * ```ts
 * import { svgToPng } from "./svg_to_png.ts";
 * const png = svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="2"/>');
 * png.length > 0; // true (an 8×4 PNG)
 * ```
 */
export function svgToPng(svg: string, options: PngOptions = {}): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: options.scale ?? 2 },
    background: options.background ?? "white",
    font: {
      fontBuffers: [inter, interSemiBold],
      loadSystemFonts: false,
      defaultFontFamily: RASTER_FONT_FAMILY,
      sansSerifFamily: RASTER_FONT_FAMILY,
      serifFamily: RASTER_FONT_FAMILY,
      monospaceFamily: RASTER_FONT_FAMILY,
    },
  });
  try {
    const image = resvg.render();
    try {
      const pixels = image.pixels.slice();
      return new Uint8Array(
        UPNG.encode([pixels.buffer], image.width, image.height, options.colors ?? 256),
      );
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}
