/**
 * Opens a page in headless Chromium (Debian's `/usr/bin/chromium`, through `puppeteer-core` and
 * the process's one shared browser, `tests/browser/chromium.ts`) and reports what a reader would
 * see: which claims and figures are visible, which requests the page tried, console errors, and
 * screenshots.
 *
 * @module
 */
import { newPage } from "../browser/chromium.ts";

export { BROWSER_TEST, CHROMIUM, chromiumAvailable } from "../browser/chromium.ts";

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

/**
 * Opens `path` (a local HTML file) in a new tab of the shared headless Chromium at the given
 * viewport size, waits for the load event, and reports what is visible, what was requested,
 * errors and screenshots. Needs the permissions of `tests/browser/chromium.ts` and read access to
 * the page.
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
  const page = await newPage();
  const requests: string[] = [];
  const failedRequests: { url: string; reason: string }[] = [];
  const errors: string[] = [];
  page.on("request", (request) => {
    const requested = request.url();
    if (requested !== url && !requested.startsWith("data:")) requests.push(requested);
  });
  page.on("requestfailed", (request) => {
    if (request.url().startsWith("data:")) return;
    failedRequests.push({ url: request.url(), reason: request.failure()?.errorText ?? "failed" });
  });
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const where = message.location().url;
    errors.push(`${message.text()}${where ? ` (${where})` : ""}`);
  });
  page.on("pageerror", (error) => errors.push(String(error)));
  try {
    await page.setViewport({ ...viewport, deviceScaleFactor: 1 });
    await page.goto(url, { waitUntil: "load" });
    // Two animation frames: layout and paint are done before anything is measured.
    await page.evaluate(() =>
      new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
    );
    const seen = await page.evaluate(PAGE_PROBE) as
      & Omit<
        PageInspection,
        "screenshot" | "requests" | "failedRequests" | "errors" | "viewport" | "figures"
      >
      & { figures: Omit<FigureSeen, "screenshot">[] };
    const screenshot = await page.screenshot({ type: "png" });
    const figures: FigureSeen[] = [];
    for (const figure of seen.figures) {
      const { x, y, width, height } = figure.box;
      const shot = width > 0 && height > 0
        ? await page.screenshot({
          type: "png",
          clip: { x, y, width, height },
          captureBeyondViewport: true,
        })
        : new Uint8Array();
      figures.push({ ...figure, screenshot: new Uint8Array(shot) });
    }
    return {
      ...seen,
      viewport,
      requests,
      failedRequests,
      errors,
      figures,
      screenshot: new Uint8Array(screenshot),
    };
  } finally {
    await page.close();
  }
}
