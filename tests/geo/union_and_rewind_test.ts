import { deepStrictEqual as assertEquals, ok } from "node:assert/strict";
import { ellipsoidalArea } from "../../lib/geo/ellipsoidal_area.ts";
import { rewindForD3 } from "../../lib/geo/rewind_for_d3.ts";
import { union } from "../../lib/geo/union.ts";
import type { Polygon, Ring } from "../../lib/geo/types.ts";
import { assertClose, cellArea, rectangle, reversed } from "./helpers.ts";

function isCounterClockwise(ring: Ring): boolean {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  }
  return sum > 0;
}

Deno.test("union: two abutting squares become one polygon of their summed area", () => {
  const joined = union([rectangle(30, 48, 31, 49), rectangle(31, 48, 32, 49)]);
  ok(joined.length === 1, `one polygon, found ${joined.length}`);
  assertClose(ellipsoidalArea(joined), cellArea(30, 48, 32, 49), 1e-13, "union");
});

Deno.test("union: overlapping squares count their overlap once; an empty list gives []", () => {
  const joined = union([[rectangle(30, 48, 32, 50)], [rectangle(31, 49, 33, 51)]]);
  const expected = cellArea(30, 48, 32, 50) + cellArea(31, 49, 33, 51) - cellArea(31, 49, 32, 50);
  assertClose(ellipsoidalArea(joined), expected, 1e-12, "union");
  assertEquals(union([]), []);
});

Deno.test("rewindForD3: outer rings come out clockwise and holes counter-clockwise, whatever the input", () => {
  const holed: Polygon = [rectangle(30, 48, 34, 52)[0], rectangle(31, 49, 32, 50)[0]];
  for (const input of [holed, reversed(holed)]) {
    const [[outer, hole]] = rewindForD3(input);
    ok(!isCounterClockwise(outer), "outer ring clockwise");
    ok(isCounterClockwise(hole), "hole counter-clockwise");
    assertClose(ellipsoidalArea([outer, hole]), ellipsoidalArea(holed), 1e-14, "same area");
  }
  ok(rewindForD3(holed)[0][0] !== holed[0], "a copy, not the input");
});
