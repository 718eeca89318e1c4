/**
 * What counts as a problem on the report page as a reader sees it: a claim or figure that is
 * missing or invisible, an empty figure, any request or console error, a blank or mis-sized
 * screenshot. Each check returns the problems in words, so a failing test says what is wrong.
 *
 * @module
 */
import type { PageInspection } from "./browser.ts";
import { type DecodedPng, decodePng } from "../raster/decode_png.ts";

/** Counts of a region of an image: distinct colours and the share of non-white pixels. */
export interface Ink {
  colours: number;
  inkShare: number;
}

/**
 * Distinct colours and the share of pixels that are not (near) white inside a region of an
 * image (the whole image by default).
 *
 * @example
 * ```ts
 * import { inkIn } from "./page_checks.ts";
 * inkIn({ width: 1, height: 1, pixels: new Uint8Array([0, 0, 0, 255]) }); // { colours: 1, inkShare: 1 }
 * ```
 */
export function inkIn(
  image: DecodedPng,
  region = { x: 0, y: 0, width: image.width, height: image.height },
): Ink {
  const colours = new Set<number>();
  let ink = 0, total = 0;
  const x0 = Math.max(0, Math.floor(region.x));
  const y0 = Math.max(0, Math.floor(region.y));
  const x1 = Math.min(image.width, Math.ceil(region.x + region.width));
  const y1 = Math.min(image.height, Math.ceil(region.y + region.height));
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * image.width + x) * 4;
      const [r, g, b] = [image.pixels[i], image.pixels[i + 1], image.pixels[i + 2]];
      colours.add((r << 16) | (g << 8) | b);
      if (r < 235 || g < 235 || b < 235) ink++;
      total++;
    }
  }
  return { colours: colours.size, inkShare: total === 0 ? 0 : ink / total };
}

/**
 * Problems of the page's structure: every expected claim present and visible (its quote, badge
 * and computed value too), every figure visible with drawn SVG content, the summary and as-of
 * line shown, no request to anywhere, no broken image, no console error.
 *
 * @example
 * ```ts
 * import { pageProblems } from "./page_checks.ts";
 * import { inspectPage } from "./browser.ts";
 * const problems = pageProblems(await inspectPage("out/report/index.html"), {
 *   claimIds: ["troops-per-km2-2025"],
 *   figuresPerClaim: { "troops-per-km2-2025": 2 },
 * });
 * ```
 */
export function pageProblems(
  seen: PageInspection,
  expected: { claimIds: readonly string[]; figuresPerClaim: Record<string, number> },
): string[] {
  const problems: string[] = [];
  if (!seen.summaryShown) problems.push("the summary is not visible");
  if (!/\d{4}-\d{2}-\d{2}/.test(seen.asOfText)) problems.push("no as-of date is shown");
  const shownIds = seen.claims.map((claim) => claim.id);
  if (JSON.stringify(shownIds) !== JSON.stringify(expected.claimIds)) {
    problems.push(`claims shown ${shownIds.join(", ")}; expected ${expected.claimIds.join(", ")}`);
  }
  for (const claim of seen.claims) {
    for (const [part, box] of Object.entries({ claim: claim.box, ...pick(claim) })) {
      if (!box?.shown) problems.push(`claim ${claim.id}: its ${part} is not visible`);
    }
  }
  for (const [claimId, count] of Object.entries(expected.figuresPerClaim)) {
    const found = seen.figures.filter((figure) => figure.claimId === claimId).length;
    if (found !== count) problems.push(`claim ${claimId}: ${found} figures, expected ${count}`);
  }
  seen.figures.forEach((figure, index) => {
    const name = `figure ${index + 1} (of claim ${figure.claimId})`;
    if (!figure.box.shown) problems.push(`${name} is not visible`);
    if (!figure.svg?.shown) problems.push(`${name} has no visible <svg>`);
    if (figure.svgElements < 2) problems.push(`${name}: its SVG is empty`);
    if (figure.drawn.width < 10 || figure.drawn.height < 10) {
      problems.push(
        `${name}: its SVG draws nothing (${figure.drawn.width}x${figure.drawn.height})`,
      );
    }
  });
  for (const url of seen.requests) problems.push(`the page requested ${url}`);
  for (const { url, reason } of seen.failedRequests) {
    problems.push(`a request failed (${reason}): ${url}`);
  }
  for (const image of seen.brokenImages) problems.push(`broken image: ${image}`);
  for (const error of seen.errors) problems.push(`console error: ${error}`);
  return problems;
}

function pick(claim: PageInspection["claims"][number]) {
  return { quote: claim.quote, "verdict badge": claim.badge, "computed value": claim.computed };
}

/**
 * Problems of the screenshots: the page shot has the viewport's size, several colours, and ink
 * in the first claim's area; each figure's shot has ink and more than one colour.
 *
 * @example
 * ```ts
 * import { screenshotProblems } from "./page_checks.ts";
 * import { inspectPage } from "./browser.ts";
 * const problems = screenshotProblems(await inspectPage("out/report/index.html"));
 * ```
 */
export function screenshotProblems(seen: PageInspection): string[] {
  const problems: string[] = [];
  const image = decodePng(seen.screenshot);
  if (image.width !== seen.viewport.width || image.height !== seen.viewport.height) {
    problems.push(
      `the screenshot is ${image.width}x${image.height}, expected ${seen.viewport.width}x${seen.viewport.height}`,
    );
  }
  const whole = inkIn(image);
  if (whole.colours < 8) problems.push(`the screenshot has only ${whole.colours} colours`);
  if (whole.inkShare < 0.01) problems.push("the screenshot is blank (under 1 % ink)");
  const first = seen.claims[0];
  if (first && first.box.y < image.height) {
    const claimInk = inkIn(image, first.box);
    if (claimInk.inkShare < 0.02) {
      problems.push(`the first claim's area is blank in the screenshot (${claimInk.inkShare})`);
    }
  }
  for (const [index, figure] of seen.figures.entries()) {
    if (figure.screenshot.length === 0) continue; // already reported: not visible
    const shot = inkIn(decodePng(figure.screenshot));
    if (shot.colours < 2 || shot.inkShare < 0.002) {
      problems.push(`figure ${index + 1} (of claim ${figure.claimId}) is blank on screen`);
    }
  }
  return problems;
}
