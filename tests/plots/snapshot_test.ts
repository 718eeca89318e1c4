import { deepStrictEqual as assertEquals, rejects } from "node:assert/strict";
import { assertSnapshot, normalizeMarkup } from "./snapshot.ts";

// The snapshot check itself: without UPDATE_SNAPSHOTS=1 a changed or missing snapshot must fail
// and leave tests/snapshots/ as it was (a check that rewrote its snapshot could never fail).
const SNAPSHOTS = new URL("../snapshots/", import.meta.url);
const updating = Deno.env.get("UPDATE_SNAPSHOTS") === "1";
if (updating) console.warn("SKIPPED the assertSnapshot self-tests: UPDATE_SNAPSHOTS=1 rewrites");

Deno.test({
  name:
    "assertSnapshot: a changed figure fails, naming the first differing line, and the snapshot is kept",
  ignore: updating,
  async fn() {
    const file = new URL("daily-losses.svg", SNAPSHOTS);
    const before = await Deno.readTextFile(file);
    await rejects(
      assertSnapshot("daily-losses", '<svg xmlns="http://www.w3.org/2000/svg"><g/></svg>'),
      /figure daily-losses differs from tests\/snapshots\/daily-losses\.svg \(\d+ lines differ; first at line 1:/,
    );
    assertEquals(await Deno.readTextFile(file), before);
  },
});

Deno.test({
  name: "assertSnapshot: a missing snapshot fails and is not written",
  ignore: updating,
  async fn() {
    const name = "no-such-figure-for-the-self-test";
    await rejects(
      assertSnapshot(name, "<svg></svg>"),
      /no snapshot tests\/snapshots\/no-such-figure-for-the-self-test\.svg/,
    );
    assertEquals(
      [...Deno.readDirSync(SNAPSHOTS)].some((entry) => entry.name.startsWith(name)),
      false,
    );
  },
});

Deno.test({
  name: "assertSnapshot: the committed snapshot, normalised, passes",
  ignore: updating,
  async fn() {
    const text = await Deno.readTextFile(new URL("timeline.svg", SNAPSHOTS));
    // normalizeMarkup is idempotent on a normalised snapshot, so the file matches itself.
    assertEquals(normalizeMarkup(text.trimEnd()), text);
    await assertSnapshot("timeline", text.trimEnd());
  },
});
