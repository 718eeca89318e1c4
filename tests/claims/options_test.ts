import { deepStrictEqual as assertEquals, rejects, throws } from "node:assert/strict";
import { resolveOptions } from "../../lib/claims/options.ts";
import { donetskByAugust2027 } from "../../lib/claims/a/mod.ts";

const defaults = { window: { from: "2025-08-15", to: "2025-11-20" }, days: [30, 90] };

Deno.test("resolveOptions: nothing given is the defaults, with no note", () => {
  const { resolved, fields, notes } = resolveOptions(defaults, {});
  assertEquals(resolved, defaults);
  assertEquals(fields, { options: defaults, defaultOptions: true });
  assertEquals(notes, []);
});

Deno.test("resolveOptions: an option equal to its default, given as a new object, is still the default", () => {
  const given = { window: { from: "2025-08-15", to: "2025-11-20" }, days: undefined };
  assertEquals(resolveOptions(defaults, given).fields.defaultOptions, true);
});

Deno.test("resolveOptions: another value is a variation, named in a note beside the default", () => {
  const { resolved, fields, notes } = resolveOptions(defaults, { days: [60] });
  assertEquals(resolved, { window: defaults.window, days: [60] });
  assertEquals(fields.defaultOptions, false);
  assertEquals(notes, ["A variation of the method: days [60] (the claim's: [30,90])."]);
});

Deno.test("resolveOptions: an unknown option throws, naming the options there are", () => {
  throws(
    () => resolveOptions(defaults, { windw: {} } as object),
    /no option 'windw' \(options: window, days\)/,
  );
});

Deno.test("a claim's check refuses a misspelt option instead of giving its own result", async () => {
  const options = { asOf: "2025-12-31", dataDir: "data", windw: defaults.window };
  await rejects(
    donetskByAugust2027.check(options as Parameters<typeof donetskByAugust2027.check>[0]),
    /no option 'windw' \(options: window, trailingDays\)/,
  );
});
