import {
  deepStrictEqual as assertEquals,
  ok as assert,
  throws as assertThrows,
} from "node:assert/strict";
import { donetskMapFigure } from "../../lib/plots/donetsk_map.ts";
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
  // The outline's fill, the occupied area, the outline's stroke, and the key's swatch (2 paths).
  assertEquals(paths.length, 5, "no path to check would pass vacuously");
  const numbers = paths.join(" ").match(/-?\d+(\.\d+)?/g) ?? [];
  assert(numbers.every((n) => Math.abs(Number(n)) < 2_000), "a path runs far outside the frame");
  // The occupied area (38° to 39.5° E) is the right half of the frame, not the whole globe.
  assert(markup.includes('d="M320,559.5L320,148.21'), paths.join("\n"));
});

Deno.test("donetskMapFigure: no snapshot, or more than six, throws", () => {
  assertThrows(() => donetskMapFigure(OBLAST, []), /expected 1 to 6 snapshots, found 0/);
  const seven = Array.from(
    { length: 7 },
    (_, i) => ({ date: `2025-0${i + 1}-01`, geometry: LATE }),
  );
  assertThrows(() => donetskMapFigure(OBLAST, seven), /found 7/);
});
