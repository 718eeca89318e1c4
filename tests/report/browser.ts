/**
 * Opens a page in headless Chromium (Debian's `/usr/bin/chromium`) and reports what a reader
 * would see: which claims and figures are visible, which requests the page tried, console
 * errors, and screenshots.
 *
 * @module
 */
import { CdpConnection, type CdpEvent } from "./cdp.ts";

/** Where Debian installs Chromium (`apt-get install chromium`; the test task installs it). */
export const CHROMIUM = "/usr/bin/chromium";

/**
 * Whether the Chromium binary exists (tests skip, saying so, only when it does not). Asks the
 * binary for its version, so only `--allow-run` is needed (not read access to `/usr/bin`).
 *
 * @example
 * ```ts
 * import { chromiumAvailable } from "./browser.ts";
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

/** The box of an element in page coordinates (CSS pixels) and whether it is shown. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Non-zero size, not `display: none`, not `visibility: hidden`, not transparent. */
  shown: boolean;
}

/** What {@link inspectPage} found about one claim's `<article>`. */
export interface ClaimSeen {
  id: string;
  verdict: string;
  box: Box;
  quote: Box | null;
  badge: Box | null;
  computed: Box | null;
  text: string;
}

/** What {@link inspectPage} found about one figure. */
export interface FigureSeen {
  claimId: string;
  box: Box;
  /** The first `<svg>` inside (null if none). */
  svg: Box | null;
  /** How many elements the SVGs hold. */
  svgElements: number;
  /** The size of what the first SVG draws (`getBBox`), zero for an empty SVG. */
  drawn: { width: number; height: number };
  /** A screenshot of the figure alone (PNG). */
  screenshot: Uint8Array;
}

/** Everything {@link inspectPage} reports. */
export interface PageInspection {
  title: string;
  viewport: { width: number; height: number };
  /** Every URL the page asked for, apart from itself and `data:` URLs. */
  requests: string[];
  /** Requests that failed or were blocked (by the CSP, or by the test's dead proxy). */
  failedRequests: { url: string; reason: string }[];
  /** Console errors, CSP violations and uncaught exceptions. */
  errors: string[];
  claims: ClaimSeen[];
  figures: FigureSeen[];
  /** `<img>` elements that did not load. */
  brokenImages: string[];
  summaryShown: boolean;
  asOfText: string;
  /** A screenshot of the viewport (PNG). */
  screenshot: Uint8Array;
}

/** How long Chromium may take to start (a loaded 2-core machine needs a few seconds). */
const LAUNCH_TIMEOUT_MS = 30_000;

const FLAGS = [
  "--headless",
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
  "--proxy-bypass-list=<-loopback>",
  "--host-resolver-rules=MAP * ~NOTFOUND",
  "--remote-debugging-address=127.0.0.1",
  "--remote-debugging-port=0",
];

// Runs in the page: boxes of claims, figures, images. Kept as a string (it is not Deno code).
const PAGE_PROBE = `(() => {
  const box = (element) => {
    if (!element) return null;
    const rect = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    let opaque = true;
    for (let e = element; e; e = e.parentElement) {
      if (Number(getComputedStyle(e).opacity) === 0) opaque = false;
    }
    return { x: rect.left + scrollX, y: rect.top + scrollY, width: rect.width, height: rect.height,
      shown: rect.width > 0 && rect.height > 0 && style.visibility !== "hidden" && opaque };
  };
  const claims = [...document.querySelectorAll("article.claim")].map((article) => ({
    id: article.dataset.claimId, verdict: article.dataset.verdict, box: box(article),
    quote: box(article.querySelector(".quote")), badge: box(article.querySelector("h3 .badge")),
    computed: box(article.querySelector(".computed")), text: article.innerText,
  }));
  const figures = [...document.querySelectorAll("figure.report-figure")].map((figure) => {
    const svg = figure.querySelector("svg");
    let drawn = { width: 0, height: 0 };
    try { if (svg) { const b = svg.getBBox(); drawn = { width: b.width, height: b.height }; } } catch {}
    const svgElements = [...figure.querySelectorAll("svg")]
      .reduce((n, s) => n + s.querySelectorAll("*").length, 0);
    return { claimId: figure.dataset.figureOf, box: box(figure), svg: box(svg), svgElements, drawn };
  });
  const brokenImages = [...document.images]
    .filter((image) => !(image.complete && image.naturalWidth > 0))
    .map((image) => image.getAttribute("src"));
  return { title: document.title, claims, figures, brokenImages,
    summaryShown: box(document.querySelector("#summary"))?.shown ?? false,
    asOfText: document.querySelector("#as-of")?.textContent ?? "" };
})()`;

function fileUrl(path: string): string {
  const absolute = Deno.realPathSync(path);
  return "file://" + absolute.split("/").map(encodeURIComponent).join("/");
}

function decodeBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

/** Reads Chromium's stderr until it prints the DevTools address; keeps draining it after. */
async function devToolsAddress(
  stderr: ReadableStream<Uint8Array>,
  log: string[],
): Promise<{ url: string; drained: Promise<void> }> {
  const reader = stderr.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  while (true) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`chromium exited before DevTools listened:\n${buffer}`);
    buffer += decoder.decode(value, { stream: true });
    const match = buffer.match(/DevTools listening on (ws:\/\/\S+)/);
    if (match) {
      log.push(buffer);
      const drained = (async () => {
        while (!(await reader.read()).done) { /* keep the pipe from filling */ }
      })();
      return { url: match[1], drained };
    }
  }
}

function eventsOf(events: CdpEvent[], sessionId: string, method: string): CdpEvent[] {
  return events.filter((event) => event.sessionId === sessionId && event.method === method);
}

/**
 * Opens `path` (a local HTML file) in headless Chromium at the given viewport size, waits for the
 * load event, and reports what is visible, what was requested, errors and screenshots. Needs
 * `--allow-run=/usr/bin/chromium`, `--allow-net=127.0.0.1`, read access to the page and write
 * access to the temporary folder (a fresh Chromium profile).
 *
 * @example
 * ```ts
 * import { inspectPage } from "./browser.ts";
 * const seen = await inspectPage("out/report/index.html");
 * seen.requests; // [] for a self-contained page
 * ```
 */
export async function inspectPage(
  path: string,
  viewport = { width: 1280, height: 2000 },
): Promise<PageInspection> {
  const url = fileUrl(path);
  const profile = await Deno.makeTempDir({ prefix: "report-chromium-" });
  const child = new Deno.Command(CHROMIUM, {
    args: [...FLAGS, `--user-data-dir=${profile}`, "about:blank"],
    stdin: "null",
    stdout: "null",
    stderr: "piped",
  }).spawn();
  const log: string[] = [];
  let cdp: CdpConnection | undefined;
  let drained: Promise<void> | undefined;
  try {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const address = await Promise.race([
      devToolsAddress(child.stderr, log),
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`chromium did not open DevTools in ${LAUNCH_TIMEOUT_MS} ms`)),
          LAUNCH_TIMEOUT_MS,
        );
      }),
    ]).finally(() => clearTimeout(timer));
    drained = address.drained;
    cdp = await CdpConnection.open(address.url);
    const { targetInfos } = await cdp.send("Target.getTargets");
    const page = (targetInfos as { type: string; targetId: string }[])
      .find((target) => target.type === "page");
    if (!page) throw new Error("chromium opened no page");
    const { sessionId } = await cdp.send("Target.attachToTarget", {
      targetId: page.targetId,
      flatten: true,
    });
    for (const domain of ["Page", "Network", "Log", "Runtime"]) {
      await cdp.send(`${domain}.enable`, {}, sessionId);
    }
    await cdp.send("Emulation.setDeviceMetricsOverride", {
      ...viewport,
      deviceScaleFactor: 1,
      mobile: false,
    }, sessionId);
    const { frameId } = await cdp.send("Page.navigate", { url }, sessionId);
    await cdp.waitFor(
      (e) => e.sessionId === sessionId && e.method === "Page.loadEventFired",
      `the load event of ${url}`,
    );
    // Two animation frames: layout and paint are done before anything is measured.
    await cdp.send("Runtime.evaluate", {
      expression:
        "new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))",
      awaitPromise: true,
    }, sessionId);
    const probe = await cdp.send("Runtime.evaluate", {
      expression: PAGE_PROBE,
      returnByValue: true,
    }, sessionId);
    if (probe.exceptionDetails) {
      throw new Error(`the page probe failed: ${JSON.stringify(probe.exceptionDetails)}`);
    }
    const seen = probe.result.value as
      & Omit<
        PageInspection,
        "screenshot" | "requests" | "failedRequests" | "errors" | "viewport" | "figures"
      >
      & { figures: Omit<FigureSeen, "screenshot">[] };
    const shot = await cdp.send("Page.captureScreenshot", { format: "png" }, sessionId);
    const figures: FigureSeen[] = [];
    for (const figure of seen.figures) {
      const clip = { x: figure.box.x, y: figure.box.y, scale: 1 };
      const figureShot = figure.box.width > 0 && figure.box.height > 0
        ? await cdp.send("Page.captureScreenshot", {
          format: "png",
          clip: { ...clip, width: figure.box.width, height: figure.box.height },
          captureBeyondViewport: true,
        }, sessionId)
        : { data: "" };
      figures.push({ ...figure, screenshot: decodeBase64(figureShot.data) });
    }
    const events = cdp.events;
    const requests = eventsOf(events, sessionId, "Network.requestWillBeSent")
      .map((e) => (e.params.request as { url: string }).url)
      .filter((requested) => requested !== url && !requested.startsWith("data:"));
    const urlOf = new Map(
      eventsOf(events, sessionId, "Network.requestWillBeSent")
        .map((e) => [e.params.requestId, (e.params.request as { url: string }).url]),
    );
    const failedRequests = eventsOf(events, sessionId, "Network.loadingFailed").map((e) => ({
      url: String(urlOf.get(e.params.requestId) ?? e.params.requestId),
      reason: String(e.params.blockedReason ?? e.params.errorText),
    }));
    const errors = [
      ...eventsOf(events, sessionId, "Log.entryAdded")
        .map((e) => e.params.entry as { level: string; text: string; url?: string })
        .filter((entry) => entry.level === "error")
        .map((entry) => `${entry.text}${entry.url ? ` (${entry.url})` : ""}`),
      ...eventsOf(events, sessionId, "Runtime.consoleAPICalled")
        .filter((e) => e.params.type === "error")
        .map((e) => JSON.stringify(e.params.args)),
      ...eventsOf(events, sessionId, "Runtime.exceptionThrown")
        .map((e) => JSON.stringify(e.params.exceptionDetails)),
    ];
    void frameId;
    return {
      ...seen,
      viewport,
      requests,
      failedRequests,
      errors,
      figures,
      screenshot: decodeBase64(shot.data),
    };
  } catch (error) {
    throw new Error(`${(error as Error).message}\nchromium said:\n${log.join("")}`, {
      cause: error,
    });
  } finally {
    if (cdp) {
      await cdp.send("Browser.close").catch(() => {});
      await cdp.close();
    }
    const exited = await Promise.race([
      child.status.then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5000)),
    ]);
    if (!exited) {
      child.kill("SIGKILL");
      await child.status;
    }
    await drained?.catch(() => {});
    await Deno.remove(profile, { recursive: true }).catch(() => {});
  }
}
