/**
 * The article's figures as a reader sees them: values with units, hedges in words, and what a
 * claim states. Shared by the claim cards, `deno task reproduce` and the report.
 *
 * @module
 */
import type { Hedge } from "./claim.ts";

const NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 3 });

/**
 * A value with its unit: numbers with thousands separators (at most three decimals), strings
 * (ISO dates, words) as they are, `null` as an em dash.
 *
 * @example
 * ```ts
 * import { formatValue } from "./stated_text.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(formatValue(420000, "troops"), "420,000 troops");
 * assertEquals(formatValue("2027-08", ""), "2027-08");
 * assertEquals(formatValue(null, "km²"), "—");
 * ```
 */
export function formatValue(value: number | string | null, unit: string): string {
  if (value === null) return "—";
  const text = typeof value === "number" ? NUMBER.format(value) : value;
  if (unit === "") return text;
  return unit === "%" ? `${text} %` : `${text} ${unit}`;
}

/**
 * The article's figure with its hedge word, e.g. "about 96 troops/km²" or "from 30,000 to 40,000
 * troops/month"; for a hedge of kind `none`, the reason nothing can decide it.
 *
 * @example
 * ```ts
 * import { hedgeText } from "./stated_text.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(hedgeText({ kind: "nearly", value: 500000 }, "troops"), "nearly 500,000 troops");
 * ```
 */
export function hedgeText(hedge: Hedge, unit: string): string {
  switch (hedge.kind) {
    case "about":
      return `about ${formatValue(hedge.value, unit)}`;
    case "nearly":
      return `nearly ${formatValue(hedge.value, unit)}`;
    case "more-than":
      return `more than ${formatValue(hedge.value, unit)}`;
    case "range":
      return `from ${formatValue(hedge.low, "")} to ${formatValue(hedge.high, unit)}`;
    case "frequently-exceeding":
      return `frequently exceeding ${formatValue(hedge.value, unit)}`;
    case "by-month":
      return `by ${hedge.month}`;
    case "exact":
      return formatValue(hedge.value, unit);
    case "exact-date":
      return `${hedge.date.length === 10 ? "on" : "in"} ${hedge.date}`;
    case "none":
      return `no figure to check: ${hedge.reason}`;
  }
}

/**
 * What the article states, for a reader: a figure printed as words ("1 in 8") as it is; a number
 * or a date with its hedge ("about 96 troops/km²", "by 2027-08"); for a claim with nothing to
 * check, the figure as printed.
 *
 * @example
 * ```ts
 * import { statedText } from "./stated_text.ts";
 * statedText({ stated: "1 in 8", unit: "%", hedge: { kind: "range", low: 11.8, high: 13.3 } });
 * // "1 in 8"
 * statedText({ stated: 96, unit: "troops/km²", hedge: { kind: "about", value: 96 } });
 * // "about 96 troops/km²"
 * ```
 */
export function statedText(
  claim: { stated: number | string | null; unit: string; hedge: Hedge },
): string {
  const { stated, unit, hedge } = claim;
  if (hedge.kind === "none") return formatValue(stated, unit);
  const isDateHedge = hedge.kind === "by-month" || hedge.kind === "exact-date";
  if (typeof stated === "string" && !isDateHedge) return stated;
  return hedgeText(hedge, unit);
}
