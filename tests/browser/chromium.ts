/**
 * One headless Chromium per test process (Debian's `/usr/bin/chromium`, driven by `puppeteer-core`
 * from npm; no browser is downloaded), shared by every browser test of the process: starting
 * Chromium takes a few seconds on a loaded 2-core machine, a new page a few milliseconds.
 *
 * Chromium runs with a dead proxy and no name resolution except for the loopback, so a page that
 * needs the network breaks, and a test never reaches it. Tests that use the shared browser leave
 * it running between tests, so they turn off Deno's resource and op sanitizers
 * ({@link BROWSER_TEST}); it is killed when the process ends.
 *
 * Permissions: `--allow-run=/usr/bin/chromium`, `--allow-read=/usr/bin/chromium,/tmp`,
 * `--allow-write=/tmp` (a fresh profile), `--allow-net=127.0.0.1`, and `--allow-env` for the
 * variables puppeteer and ws read ({@link PUPPETEER_ENV}).
 *
 * @module
 */
import puppeteer, { type Browser, type Page } from "puppeteer-core";

/** Where Debian installs Chromium (`apt-get install chromium`; the test task installs it). */
export const CHROMIUM = "/usr/bin/chromium";

/** The environment variables puppeteer-core and ws read, for `--allow-env`. */
export const PUPPETEER_ENV = [
  "WS_NO_BUFFER_UTIL",
  "PUPPETEER_TEST_EXPERIMENTAL_CHROME_FEATURES",
  "PUPPETEER_DANGEROUS_NO_SANDBOX",
  "TMPDIR",
  "TMP",
  "TEMP",
  "NODE_V8_COVERAGE",
];

/** Options for a `Deno.test` that uses the shared browser, which outlives each test. */
export const BROWSER_TEST = { sanitizeResources: false, sanitizeOps: false } as const;

const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--no-default-browser-check",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-extensions",
  "--hide-scrollbars",
  "--mute-audio",
  // Any request the page tries goes to a closed local port and no name resolves: a page that
  // needs the network breaks here, and the test itself never reaches the network.
  "--proxy-server=127.0.0.1:9",
];

/**
 * Whether the Chromium binary exists (tests skip, saying so, only when it does not). Asks the
 * binary for its version, so only `--allow-run` is needed.
 *
 * @example
 * ```ts
 * import { chromiumAvailable } from "./chromium.ts";
 * if (!chromiumAvailable()) console.warn("no chromium");
 * ```
 */
export function chromiumAvailable(): boolean {
  try {
    return new Deno.Command(CHROMIUM, { args: ["--version"], stdout: "null", stderr: "null" })
      .outputSync().success;
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return false;
    throw error; // no --allow-run: say so rather than skip quietly
  }
}

let shared: { browser: Promise<Browser>; loopback: boolean } | undefined;

/**
 * The process's Chromium, started on first use and killed when the process exits. With
 * `loopback`, pages may reach servers on 127.0.0.1 (a Jupyter server); without it, not even
 * those. The first call decides; a later call that asks otherwise throws.
 *
 * @example
 * ```ts
 * import { sharedBrowser } from "./chromium.ts";
 * const page = await (await sharedBrowser()).newPage();
 * await page.close();
 * ```
 */
export function sharedBrowser(options: { loopback?: boolean } = {}): Promise<Browser> {
  const loopback = options.loopback ?? false;
  if (shared !== undefined) {
    if (shared.loopback !== loopback) throw new Error("sharedBrowser: started with other flags");
    return shared.browser;
  }
  const browser = puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      ...FLAGS,
      `--proxy-bypass-list=${loopback ? "127.0.0.1" : "<-loopback>"}`,
      `--host-resolver-rules=MAP * ~NOTFOUND${loopback ? ", EXCLUDE 127.0.0.1" : ""}`,
    ],
    // Chromium gets no environment of ours (and puppeteer then needs no read of all of it).
    env: { TZ: "UTC" },
    timeout: 60_000,
    protocolTimeout: 120_000,
  }).then((browser) => {
    globalThis.addEventListener("unload", () => browser.process()?.kill("SIGKILL"));
    return browser;
  });
  shared = { browser, loopback };
  return browser;
}

/**
 * A new tab of the shared browser, with waits long enough for a loaded 2-core machine (puppeteer's
 * default of 30 s is not).
 *
 * @example
 * ```ts
 * import { newPage } from "./chromium.ts";
 * const page = await newPage();
 * await page.close();
 * ```
 */
export async function newPage(options: { loopback?: boolean } = {}): Promise<Page> {
  const page = await (await sharedBrowser(options)).newPage();
  page.setDefaultTimeout(120_000);
  page.setDefaultNavigationTimeout(120_000);
  return page;
}
