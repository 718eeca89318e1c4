import { deepStrictEqual as assertEquals, ok as assert, throws } from "node:assert/strict";
import { svgToPng } from "../../lib/raster/svg_to_png.ts";
import { encodeBase64 } from "../../lib/raster/base64.ts";
import { decodePng, inkOf } from "./decode_png.ts";

const SVG = 'xmlns="http://www.w3.org/2000/svg"';

Deno.test("svgToPng: renders at twice the size on white by default", () => {
  const png = decodePng(
    svgToPng(
      `<svg ${SVG} width="50" height="20"><rect x="10" y="5" width="10" height="10"/></svg>`,
    ),
  );
  assertEquals([png.width, png.height], [100, 40]);
  const ink = inkOf(png, { background: [255, 255, 255] });
  assertEquals(ink.box, { left: 20, top: 10, right: 39, bottom: 29 });
});

Deno.test("svgToPng: sets text in the bundled font whatever family the SVG names", () => {
  const text = (family: string) =>
    inkOf(
      decodePng(
        svgToPng(
          `<svg ${SVG} width="200" height="30"><text x="5" y="20" font-size="14" ` +
            `font-family="${family}">Donetsk ↑ 1,000 km²</text></svg>`,
        ),
      ),
      { background: [255, 255, 255] },
    ).pixels;
  const systemUi = text("system-ui, sans-serif");
  assert(systemUi > 500, `text drew ${systemUi} pixels`);
  assertEquals(text("no-such-font"), systemUi);
});

Deno.test("svgToPng: an SVG resvg cannot parse throws", () => {
  throws(() => svgToPng("<svg"), /./);
});

Deno.test("encodeBase64: matches btoa on text and on bytes past one chunk", () => {
  assertEquals(encodeBase64(new TextEncoder().encode("hi")), "aGk=");
  const bytes = Uint8Array.from({ length: 70000 }, (_, i) => i % 251);
  assertEquals(atob(encodeBase64(bytes)).length, 70000);
  assertEquals(atob(encodeBase64(bytes)).charCodeAt(69999), 69999 % 251);
});
