import {
  deepStrictEqual as assertEquals,
  ok as assert,
  rejects as assertRejects,
} from "node:assert/strict";
import { DataError } from "../../lib/io/data_error.ts";
import { main } from "../../pipeline/build.ts";
import { buildDerived } from "../../pipeline/build_derived.ts";
import { downloadRaw, withOrigin } from "../../pipeline/download.ts";
import { type Manifest, readManifest } from "../../pipeline/manifest.ts";
import { createProgress } from "../../pipeline/progress.ts";
import { ALL_STEPS } from "../../pipeline/steps/all.ts";
import { smallRawTree, writeRawTree } from "../fixtures/pipeline/raw_tree.ts";
import { DERIVED_FILES } from "../fixtures/pipeline/derived_files.ts";

const silent = createProgress(false);

/** A local server answering each manifest input's upstream path with the fixture's bytes. */
function serveFixtures(manifest: Manifest, files: Record<string, string | Uint8Array>) {
  const byPath = new Map<string, string | Uint8Array>();
  for (const entry of Object.values(manifest.files)) {
    for (const input of entry.inputs) byPath.set(new URL(input.url!).pathname, files[input.path]);
  }
  const requests: string[] = [];
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen: () => {} }, (request) => {
    const path = new URL(request.url).pathname;
    requests.push(path);
    const body = byPath.get(path);
    return body === undefined
      ? new Response("not found", { status: 404 })
      : new Response(body as BodyInit);
  });
  return { server, requests, origin: `http://127.0.0.1:${server.addr.port}` };
}

async function withManifest(
  test: (
    manifest: Manifest,
    files: Record<string, string | Uint8Array>,
    out: string,
    cache: string,
  ) => Promise<void>,
) {
  const raw = await Deno.makeTempDir({ prefix: "claimbook-raw-" });
  const out = await Deno.makeTempDir({ prefix: "claimbook-derived-" });
  const cache = await Deno.makeTempDir({ prefix: "claimbook-cache-" });
  try {
    const files = smallRawTree();
    await writeRawTree(raw, files);
    await buildDerived({ rawDir: raw, outDir: out, steps: ALL_STEPS, progress: silent });
    await test((await readManifest(`${out}/manifest.json`))!, files, out, cache);
  } finally {
    for (const dir of [raw, out, cache]) await Deno.remove(dir, { recursive: true });
  }
}

Deno.test("withOrigin: keeps the upstream path, swaps scheme and host", () => {
  assertEquals(
    withOrigin("https://unpkg.com/world-atlas@2.0.2/countries-10m.json", "http://127.0.0.1:9/"),
    "http://127.0.0.1:9/world-atlas@2.0.2/countries-10m.json",
  );
});

Deno.test("downloadRaw: fetches every manifest input into the cache, verified, once", async () => {
  await withManifest(async (manifest, files, _out, cache) => {
    const { server, requests, origin } = serveFixtures(manifest, files);
    try {
      await downloadRaw(manifest, cache, { origin });
      const inputs = new Set(
        Object.values(manifest.files).flatMap((e) => e.inputs.map((i) => i.path)),
      );
      // The small raw tree's inputs across every derived file: an empty manifest must fail.
      assertEquals(inputs.size, 17); // 12, plus the 5 independent-estimate files (issue 12)
      assertEquals(requests.length, inputs.size);
      for (const path of inputs) {
        const expected = files[path];
        const found = await Deno.readFile(`${cache}/${path}`);
        assertEquals(
          found,
          typeof expected === "string" ? new TextEncoder().encode(expected) : expected,
        );
      }
      assert(
        (await Deno.readTextFile(`${cache}/deepstate/SHA256SUMS`)).includes(
          "deepstatemap_data_20250101.geojson",
        ),
      );
      // A second download finds everything cached and fetches nothing.
      await downloadRaw(manifest, cache, { origin });
      assertEquals(requests.length, inputs.size);
    } finally {
      await server.shutdown();
    }
  });
});

Deno.test("data:build --download: rebuilds the same derived files from the downloaded cache", async () => {
  await withManifest(async (manifest, files, out, cache) => {
    const { server, origin } = serveFixtures(manifest, files);
    const before = await Deno.readTextFile(`${out}/deepstate_daily.csv`);
    // Every derived file removed first (the manifest, which names the downloads, kept), so that a
    // build that writes nothing cannot pass by leaving the files as they were.
    for (const entry of [...Deno.readDirSync(out)]) {
      if (entry.name !== "manifest.json") await Deno.remove(`${out}/${entry.name}`);
    }
    const log = console.log;
    console.log = () => {};
    try {
      const code = await main([
        "--download",
        "--download-from",
        origin,
        "--out",
        out,
        "--cache",
        cache,
        "--full",
      ]);
      assertEquals(code, 0);
    } finally {
      console.log = log;
      await server.shutdown();
    }
    assertEquals(await Deno.readTextFile(`${out}/deepstate_daily.csv`), before);
    assertEquals([...Deno.readDirSync(out)].map((entry) => entry.name).sort(), DERIVED_FILES);
  });
});

Deno.test("downloadRaw: a served file whose sha256 differs from the manifest is an error naming it", async () => {
  await withManifest(async (manifest, files, _out, cache) => {
    const tampered = { ...files, "general-staff/russia_losses_personnel.json": "[]" };
    const { server, origin } = serveFixtures(manifest, tampered);
    try {
      await assertRejects(
        downloadRaw(manifest, cache, { origin }),
        (e: unknown) =>
          e instanceof DataError &&
          e.message.includes("general-staff/russia_losses_personnel.json") &&
          e.message.includes("sha256"),
      );
    } finally {
      await server.shutdown();
    }
  });
});

Deno.test("downloadRaw: an HTTP error is a DataError naming the file and the status", async () => {
  await withManifest(async (manifest, _files, _out, cache) => {
    const { server, origin } = serveFixtures(manifest, {});
    try {
      await assertRejects(
        downloadRaw(manifest, cache, { origin }),
        (e: unknown) => e instanceof DataError && e.message.includes("HTTP 404"),
      );
    } finally {
      await server.shutdown();
    }
  });
});
