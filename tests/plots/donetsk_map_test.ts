import {
  deepStrictEqual as assertEquals,
  ok as assert,
  throws as assertThrows,
} from "node:assert/strict";
import { donetskMapFigure } from "../../lib/plots/donetsk_map.ts";
import { kmPerDegreeLongitude } from "../../lib/plots/scale_bar.ts";
import type { MultiPolygon } from "../../lib/geo/types.ts";
import { assertSnapshot } from "./snapshot.ts";

// A square "oblast" wound as GeoJSON wants (counter-clockwise), and occupied areas wound both ways:
// the builder must rewind them for d3, or d3 fills the rest of the globe.
const OBLAST: MultiPolygon = [[[[37, 47], [39, 47], [39, 49], [37, 49], [37, 47]]]];
const EARLY: MultiPolygon = [[[[38.5, 46.5], [39.5, 46.5], [39.5, 48], [38.5, 48], [38.5, 46.5]]]];
const LATE: MultiPolygon = [[[[38, 46.5], [38, 48.5], [39.5, 48.5], [39.5, 46.5], [38, 46.5]]]];

Deno.test("donetskMapFigure: matches its snapshot", async () => {
  const figure = donetskMapFigure(OBLAST, [
    { date: "2025-12-31", geometry: LATE },
    { date: "2024-12-31", geometry: EARLY },
  ]);
  await assertSnapshot("donetsk-map", figure.markup);
});

Deno.test("donetskMapFigure: occupied areas are clipped to the oblast and keyed by date, earliest first", () => {
  const markup = donetskMapFigure(OBLAST, [
    { date: "2025-12-31", geometry: LATE },
    { date: "2024-12-31", geometry: EARLY },
  ]).markup;
  assert((markup.match(/clip-path="url\(#donetsk-map-clip-\d\)"/g) ?? []).length === 2);
  const early = markup.indexOf("occupied at the end of 2024-12-31");
  const late = markup.indexOf("occupied at the end of 2025-12-31");
  assert(early > 0 && late > early);
});

Deno.test("donetskMapFigure: a GeoJSON-wound area is not drawn as the whole globe", () => {
  const markup = donetskMapFigure(OBLAST, [{ date: "2025-12-31", geometry: LATE }]).markup;
  // The whole-globe mistake shows as a path spanning the full frame, far outside the 640 px width.
  const paths = markup.match(/d="M[^"]*"/g) ?? [];
  // The outline's fill and its clip path, the occupied area, the outline's stroke, the scale bar
  // (halo and bar) and the key's swatch.
  assertEquals(paths.length, 7, "no path to check would pass vacuously");
  const numbers = paths.join(" ").match(/-?\d+(\.\d+)?/g) ?? [];
  assert(numbers.every((n) => Math.abs(Number(n)) < 2_000), "a path runs far outside the frame");
  // The occupied area (38° to 39.5° E) starts halfway across the oblast (137.5 to 502.5 px), not
  // at the frame's left edge as the whole globe would.
  const occupied = markup.match(
    /clip-path="url\(#donetsk-map-clip-1\)" aria-label="geo"><path d="([^"]*)"/,
  );
  const xs = (occupied?.[1].match(/-?\d+(\.\d+)?,/g) ?? []).map((n) => parseFloat(n));
  assert(xs.length >= 4 && xs.every((x) => x > 315), String(occupied?.[1]));
});

Deno.test("donetskMapFigure: no snapshot, or more than six, throws", () => {
  assertThrows(() => donetskMapFigure(OBLAST, []), /expected 1 to 6 snapshots, found 0/);
  const seven = Array.from(
    { length: 7 },
    (_, i) => ({ date: `2025-0${i + 1}-01`, geometry: LATE }),
  );
  assertThrows(() => donetskMapFigure(OBLAST, seven), /found 7/);
});

Deno.test("donetskMapFigure: the 50 km scale bar has the length of 50 km at its latitude", () => {
  const markup = donetskMapFigure(OBLAST, [{ date: "2025-12-31", geometry: LATE }]).markup;
  // The outline's southern edge: 37° to 39° E along 47° N.
  const outline = markup.match(
    /fill="#f4f1ea" aria-label="geo"><path d="M([\d.]+),([\d.]+)L[^Z]*L([\d.]+),([\d.]+)Z/,
  );
  assert(outline, "the outline's path");
  const [x0, y0, x1, y1] = outline.slice(1).map(Number);
  const pxPerKm = Math.hypot(x1 - x0, y1 - y0) / (2 * kmPerDegreeLongitude(47));
  const bar = markup.match(
    /stroke="#222" fill="none" aria-label="geo"><path d="M([\d.]+),([\d.]+)L([\d.]+),([\d.]+)"/,
  );
  assert(bar, "the scale bar's path");
  const [b0, c0, b1, c1] = bar.slice(1).map(Number);
  const km = Math.hypot(b1 - b0, c1 - c0) / pxPerKm;
  assert(Math.abs(km - 50) < 0.5, `the bar is ${km.toFixed(2)} km long`);
  assert(markup.includes(">50 km<"));
});

Deno.test("donetskMapFigure: cities, neighbours and the grey zone are drawn, keyed and titled", () => {
  const markup = donetskMapFigure(OBLAST, [{ date: "2025-12-31", geometry: LATE }], {
    cities: [{ name: "Donetsk", lat: 48.00278, lon: 37.80528 }],
    neighbours: [{
      name: "Luhansk",
      geometry: [[[[39, 47], [40, 47], [40, 49], [39, 49], [39, 47]]]],
    }],
    greyZone: { date: "2025-12-31", geometry: EARLY },
  }).markup;
  assert(markup.includes(">Donetsk<") && markup.includes("<title>Donetsk (48.003° N, 37.805° E)"));
  assert(markup.includes(">Luhansk Oblast<") && markup.includes(">neighbouring oblasts<"));
  assert(markup.includes('grey zone ("unknown status"), 2025-12-31'));
  assert(markup.includes("<title>Grey zone"));
});
