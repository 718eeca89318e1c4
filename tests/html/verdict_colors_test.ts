import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import { VERDICT_COLORS } from "../../lib/html/verdict_colors.ts";
import { VERDICTS } from "../../lib/claims/claim.ts";
import { pageShell } from "../../lib/report/page_shell.ts";
import { verdictColorScale } from "../../lib/plots/verdict_colors.ts";
import { VERDICT_COLORS as CARD_COLORS } from "../../lib/claims/display.ts";

/** WCAG contrast of a `#rrggbb` colour against white. */
function contrastWithWhite(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05);
}

Deno.test("VERDICT_COLORS: a colour for every verdict and the gap, nothing else", () => {
  assertEquals(Object.keys(VERDICT_COLORS).sort(), [...VERDICTS, "gap"].sort());
});

Deno.test("VERDICT_COLORS: each verdict's colour carries white badge text at 5:1 or more", () => {
  for (const verdict of VERDICTS) {
    const ratio = contrastWithWhite(VERDICT_COLORS[verdict]);
    assert(ratio >= 5, `${verdict}: ${VERDICT_COLORS[verdict]} has contrast ${ratio.toFixed(2)}`);
  }
});

Deno.test("VERDICT_COLORS: the report's badges, the notebooks' cards and the strips use the same colours", () => {
  const page = pageShell({ title: "t", body: "" });
  const scale = verdictColorScale();
  for (const verdict of VERDICTS) {
    assert(page.includes(`--${verdict}: ${VERDICT_COLORS[verdict]};`), `report: ${verdict}`);
    assertEquals(scale.range[scale.domain.indexOf(verdict)], VERDICT_COLORS[verdict]);
    assertEquals(CARD_COLORS[verdict].background, VERDICT_COLORS[verdict]);
  }
});
