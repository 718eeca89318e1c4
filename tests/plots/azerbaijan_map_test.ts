import {
  deepStrictEqual as assertEquals,
  ok as assert,
  rejects,
  throws as assertThrows,
} from "node:assert/strict";
import { azerbaijanMapFigure, loadAzerbaijanMapUnits } from "../../lib/plots/azerbaijan_map.ts";
import { DataError } from "../../lib/io/data_error.ts";
import type { MultiPolygon } from "../../lib/geo/types.ts";
import { assertSnapshot } from "./snapshot.ts";

const square = (
  x: number,
  y: number,
): MultiPolygon => [[[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]]];
const UNITS = [
  { name: "West", category: "other" as const, geometry: square(45, 40) },
  { name: "Centre", category: "nkao" as const, geometry: square(46, 40) },
  { name: "South", category: "district" as const, geometry: square(46, 39) },
  { name: "East", category: "partly held" as const, geometry: square(47, 40) },
];

Deno.test("azerbaijanMapFigure: matches its snapshot", async () => {
  await assertSnapshot("azerbaijan-map", azerbaijanMapFigure(UNITS).markup);
});

Deno.test("azerbaijanMapFigure: one shape per unit, coloured by category, with a key", () => {
  const markup = azerbaijanMapFigure(UNITS).markup;
  assertEquals((markup.match(/fill="#67000d"/g) ?? []).length >= 2, true, "unit and key swatch");
  assert(markup.includes("former NKAO (stand-in units)"));
  assertThrows(() => azerbaijanMapFigure([]), /no units/);
});

Deno.test("loadAzerbaijanMapUnits: derived ADM2 units (data/ only), the facts' units found and categorised", async () => {
  const roles = new Map([
    ["Khankendi City", { role: "nkao", heldShare: 1 }],
    ["Agdam District", { role: "district", heldShare: 0.774 }],
    ["Lachin District", { role: "district", heldShare: 1 }],
  ]);
  const units = await loadAzerbaijanMapUnits(roles);
  const category = (name: string) => units.find((u) => u.name === name)?.category;
  assertEquals(
    [
      category("Khankendi City"),
      category("Agdam District"),
      category("Lachin District"),
      category("Baku City"),
    ],
    ["nkao", "partly held", "district", "other"],
  );
  assertEquals(
    units.filter((u) => u.name === "Lankaran District").length,
    1,
    "two features, one unit",
  );
});

Deno.test("loadAzerbaijanMapUnits: a unit not in the file is a DataError", async () => {
  await rejects(
    () => loadAzerbaijanMapUnits(new Map([["Aghdara District", { role: "nkao", heldShare: 1 }]])),
    (error) =>
      error instanceof DataError &&
      /map_azerbaijan\.geojson: shapeName 'Aghdara District'/.test(error.message),
  );
});
