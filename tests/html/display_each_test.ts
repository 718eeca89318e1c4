import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { displayEach, kernelDisplay } from "../../lib/html/display_each.ts";
import { JUPYTER_DISPLAY } from "../../lib/html/jupyter_display.ts";

const note = (text: string) => ({ [JUPYTER_DISPLAY]: () => ({ "text/plain": text }) });

Deno.test("displayEach: outside the kernel it shows nothing and resolves to undefined", async () => {
  assertEquals(kernelDisplay(), undefined);
  assertEquals(await displayEach([note("a")]), undefined);
});

Deno.test("displayEach: in the kernel each item is one raw MIME bundle output, in order", async () => {
  const shown: unknown[] = [];
  await displayEach([note("a"), note("b")], (value, options) => {
    shown.push([value, options]);
    return Promise.resolve();
  });
  assertEquals(shown, [
    [{ "text/plain": "a" }, { raw: true }],
    [{ "text/plain": "b" }, { raw: true }],
  ]);
});
