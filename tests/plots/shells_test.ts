import { ok as assert, throws as assertThrows } from "node:assert/strict";
import { shellsFigure } from "../../lib/plots/shells.ts";
import { assertSnapshot } from "./snapshot.ts";

const BARS = [
  { source: "NATO Secretary-General, 2025", ratio: 4 },
  { source: "Bain, 2024", ratio: 4.5 / 1.3 },
  { source: "EU target", ratio: 2.25, target: true },
];

Deno.test("shellsFigure: matches its snapshot", async () => {
  await assertSnapshot("shell-ratios", shellsFigure(BARS).markup);
});

Deno.test("shellsFigure: labels each ratio and marks the target", () => {
  const markup = shellsFigure(BARS).markup;
  assert(markup.includes("4.00×"));
  assert(markup.includes("3.46×"));
  assert(markup.includes("2.25× (target)"));
  assert(
    (markup.match(/<rect[^>]*fill="#bdbdbd"/g) ?? []).length === 1,
    "one target bar in light grey",
  );
});

Deno.test("shellsFigure: an empty list throws", () => {
  assertThrows(() => shellsFigure([]), /no ratios/);
});
