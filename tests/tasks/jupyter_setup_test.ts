import { deepStrictEqual as assertEquals, throws } from "node:assert/strict";
import { isVolatileDenoPath, stableDenoPath } from "../../tasks/jupyter_setup.ts";

Deno.test("isVolatileDenoPath: npm's and npx's caches and temporary folders, not install folders", () => {
  assertEquals(
    [
      "/root/.npm/_npx/3f2a9c/node_modules/deno/deno",
      "/home/ana/project/node_modules/.bin/deno",
      "/tmp/deno-x/deno",
      "/usr/local/bin/deno",
      "/home/ana/.deno/bin/deno",
      "/usr/bin/deno",
    ].map(isVolatileDenoPath),
    [true, true, true, false, false, false],
  );
});

Deno.test("stableDenoPath: DENO_INSTALL_ROOT first, then ~/.deno, named after the version", () => {
  assertEquals(stableDenoPath("2.9.6", { HOME: "/home/ana" }), "/home/ana/.deno/bin/deno-2.9.6");
  assertEquals(
    stableDenoPath("2.9.6", { HOME: "/home/ana", DENO_INSTALL_ROOT: "/opt/deno" }),
    "/opt/deno/bin/deno-2.9.6",
  );
  throws(() => stableDenoPath("2.9.6", {}), /neither HOME nor DENO_INSTALL_ROOT/);
});
