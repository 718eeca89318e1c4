import { deepStrictEqual as assertEquals, throws } from "node:assert/strict";
import { type AcceptedAnomaly, acceptedFor, findAccepted } from "../../pipeline/accepted.ts";
import { checkedGeometry, UKRAINE_BOX } from "../../pipeline/checked_geometry.ts";
import type { MultiPolygon } from "../../lib/geo/types.ts";

const bowTie: MultiPolygon = [[[[30, 48], [31, 49], [31, 48], [30, 49], [30, 48]]]];
const ACCEPTED: AcceptedAnomaly[] = [
  {
    check: "geometry",
    file: "h/1.geojson",
    where: "feature 2 (x), polygon 0, ring 0",
    reason: "r",
  },
  { check: "jump", file: "deepstate/a.geojson", next: "deepstate/b.geojson", reason: "r" },
];

Deno.test("checkedGeometry: an invalid ring listed in accepted.ts passes, any other stops", () => {
  checkedGeometry(bowTie, "h/1.geojson", "feature 2 (x)", UKRAINE_BOX, ACCEPTED);
  throws(
    () => checkedGeometry(bowTie, "h/1.geojson", "feature 3 (x)", UKRAINE_BOX, ACCEPTED),
    /feature 3 \(x\), polygon 0, ring 0, vertex 0: expected a ring without self-intersection/,
  );
});

Deno.test("findAccepted: a jump is accepted only between the two files listed", () => {
  assertEquals(
    findAccepted("jump", "deepstate/a.geojson", "deepstate/b.geojson", ACCEPTED),
    ACCEPTED[1],
  );
  assertEquals(
    findAccepted("jump", "deepstate/a.geojson", "deepstate/c.geojson", ACCEPTED),
    undefined,
  );
});

Deno.test("acceptedFor: the manifest lists the accepted anomalies among a file's inputs", () => {
  assertEquals(acceptedFor(["deepstate/a.geojson", "deepstate/b.geojson"], ACCEPTED), [
    ACCEPTED[1],
  ]);
  assertEquals(acceptedFor(["deepstate/a.geojson"], ACCEPTED), []);
  assertEquals(acceptedFor(["h/1.geojson"], ACCEPTED), [ACCEPTED[0]]);
});
