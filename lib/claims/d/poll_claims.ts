/**
 * The claims on the New Europe Center poll (docs/claims.md#d-public-opinion): three shares that deem a
 * concession unacceptable, and "more than half" who would protest.
 *
 * @module
 */
import type { Alternative, CheckWithSeries, Claim, ClaimCheck, Hedge } from "../claim.ts";
import { withSeries } from "../with_series.ts";
import { bandFor, judge } from "../hedge.ts";
import { notYetCheck } from "../not_yet.ts";
import { formatNumber } from "../format.ts";
import { type FactRow, factSources, loadFacts } from "../../data/facts.ts";
import { type PollShare, pollShare, shareOfDecided } from "./poll_shares.ts";
import { type PollIntervalRow, pollIntervals } from "./poll_intervals.ts";

/** The check of an "unacceptable" share, with every share and interval the poll figure draws. */
export type UnacceptableCheck = CheckWithSeries<{ rows: PollIntervalRow[] }>;

/**
 * The poll the article quotes.
 *
 * @example
 * ```ts
 * import { ARTICLE_POLL } from "./poll_claims.ts";
 * import { loadFacts } from "../../data/facts.ts";
 * (await loadFacts("polls")).filter((row) => row.poll === ARTICLE_POLL).length; // 9
 * ```
 */
export const ARTICLE_POLL = "nec-info-sapiens-2025";

function interval(share: PollShare): string {
  return `${formatNumber(share.lowPct, 1)} to ${formatNumber(share.highPct, 1)} %`;
}

function find(
  rows: readonly FactRow<"polls">[],
  poll: string,
  question: string,
  answer: string,
): FactRow<"polls"> | undefined {
  return rows.find((r) => r.poll === poll && r.question === question && r.answer === answer);
}

/** What an "unacceptable" share claim is made of. */
export interface UnacceptableSpec {
  id: string;
  quote: string;
  plainReading: string;
  question: string;
  stated: number;
}

/**
 * A claim that a stated share of respondents found a concession unacceptable: the share and its
 * 95 % Wilson interval (n = 1,000); the "absolutely unacceptable" share of the same poll and the
 * other polls of the same weeks are alternatives.
 *
 * @example
 * ```ts
 * import { unacceptableClaim } from "./poll_claims.ts";
 * const claim = unacceptableClaim({ id: "poll-recognition-unacceptable", quote: "84.5 per cent",
 *   plainReading: "84.5 %", question: "recognition", stated: 84.5 });
 * (await claim.check({ asOf: "2025-12-31", dataDir: "data" })).verdict; // "reproduced"
 * ```
 */
export function unacceptableClaim(spec: UnacceptableSpec): Claim<object, UnacceptableCheck> {
  const hedge: Hedge = { kind: "exact", value: spec.stated, step: 0.1 };
  return {
    id: spec.id,
    group: "D",
    quote: spec.quote,
    plainReading: spec.plainReading,
    stated: spec.stated,
    unit: "%",
    hedge,
    articleAsOf: "2025-12-31",
    get sources() {
      return factSources("polls", (row) => row.question === spec.question);
    },
    notebook: "05-public-opinion",
    async check({ asOf, dataDir }): Promise<UnacceptableCheck> {
      const rows = (await loadFacts("polls", dataDir)).filter((r) => r.published <= asOf);
      const series = { rows: pollIntervals(rows, asOf) };
      const main = find(rows, ARTICLE_POLL, spec.question, "unacceptable");
      const others = rows.filter((r) => r.question === spec.question && r !== main);
      const alternatives: Alternative[] = others.map((row) => {
        const share = pollShare(row);
        return {
          label:
            `${row.poll}, ${row.answer} (${share.fieldwork}; 95 % interval ${interval(share)}` +
            `${share.nGiven ? "" : ", n = 1,000 assumed"})`,
          value: row.share_pct,
          unit: "%",
          verdict: judge(hedge, row.share_pct),
          note: row.note || undefined,
        };
      });
      if (!main) {
        return withSeries(
          notYetCheck({
            id: spec.id,
            asOf,
            unit: "%",
            hedge,
            valueText: "not published by the as-of date",
            method: "The poll had not been published by the as-of date.",
            alternatives,
          }),
          series,
        );
      }
      const share = pollShare(main);
      return withSeries({
        id: spec.id,
        asOf,
        value: main.share_pct,
        unit: "%",
        valueText: `${formatNumber(main.share_pct, 1)} % (95 % interval ${interval(share)})`,
        verdict: judge(hedge, main.share_pct),
        band: bandFor(hedge),
        method: "The share as published, with its 95 % Wilson score interval for n = 1,000.",
        inputs: [
          {
            name: "share unacceptable",
            value: main.share_pct,
            unit: "%",
            from: `polls.csv, ${ARTICLE_POLL}, ${spec.question}`,
          },
          {
            name: "respondents",
            value: share.n,
            unit: "people",
            from: `polls.csv, ${ARTICLE_POLL}`,
          },
          {
            name: "95 % Wilson interval, low",
            value: Number(share.lowPct.toFixed(2)),
            unit: "%",
            from: "computed",
          },
          {
            name: "95 % Wilson interval, high",
            value: Number(share.highPct.toFixed(2)),
            unit: "%",
            from: "computed",
          },
        ],
        alternatives,
        notes: [
          '"Unacceptable" adds "absolutely" and "rather" unacceptable; the first release gave ' +
          'only "absolutely unacceptable", which is lower.',
          "Other polls asked differently worded questions (e.g. about a plan as a whole); they " +
          "are shown beside, not judged as the same figure.",
        ],
      }, series);
    },
  };
}

const PROTEST_HEDGE: Hedge = { kind: "more-than", value: 50 };

/**
 * What the point value and the 95 % interval say about "more than half", in one sentence
 * (computed, so that another poll or sample size cannot leave a stale conclusion).
 *
 * @example
 * ```ts
 * import { intervalReading } from "./poll_claims.ts";
 * intervalReading(51.4, { lowPct: 48.3, highPct: 54.5, n: 1000 });
 * // "The point value (51.4 %) is above one half, but its 95 % interval (n = 1,000) straddles 50 %: ..."
 * ```
 */
export function intervalReading(
  pointPct: number,
  share: Pick<PollShare, "lowPct" | "highPct" | "n">,
): string {
  const point = `The point value (${formatNumber(pointPct, 1)} %) is ${
    pointPct > 50 ? "above" : "not above"
  } one half`;
  const n = `(n = ${formatNumber(share.n)})`;
  if (share.lowPct > 50) {
    return `${point}, and so is its whole 95 % interval ${n}: the majority holds at the usual ` +
      "confidence level.";
  }
  if (share.highPct <= 50) {
    return `${point}, and so is its whole 95 % interval ${n}: no majority at the usual ` +
      "confidence level.";
  }
  return `${point}, but its 95 % interval ${n} straddles 50 %: the majority is not established ` +
    "at the usual confidence level.";
}

/**
 * "More than half of respondents said they would protest": judged on the point value; the
 * lower end of the 95 % interval and the share among the decided are alternatives.
 *
 * @example
 * ```ts
 * import { majorityWouldProtest } from "./poll_claims.ts";
 * const check = await majorityWouldProtest.check({ asOf: "2025-12-31", dataDir: "data" });
 * check.alternatives[0].verdict; // "overstated" (the interval reaches below one half)
 * ```
 */
export const majorityWouldProtest: Claim = {
  id: "poll-majority-would-protest",
  group: "D",
  quote: "More than half of respondents said they would protest in the streets if the government " +
    "agreed to terms that they saw as unacceptable.",
  plainReading: "Over 50 % of respondents would join street protests against an unacceptable deal.",
  stated: 50,
  unit: "%",
  hedge: PROTEST_HEDGE,
  articleAsOf: "2025-12-31",
  get sources() {
    return factSources("polls", (row) => row.question === "protest");
  },
  notebook: "05-public-opinion",
  async check({ asOf, dataDir }): Promise<ClaimCheck> {
    const rows = (await loadFacts("polls", dataDir)).filter((r) => r.published <= asOf);
    const yes = find(rows, ARTICLE_POLL, "protest", "would protest");
    const no = find(rows, ARTICLE_POLL, "protest", "would not");
    const unsure = find(rows, ARTICLE_POLL, "protest", "undecided");
    if (!yes || !no) {
      return notYetCheck({
        id: this.id,
        asOf,
        unit: "%",
        hedge: PROTEST_HEDGE,
        valueText: "not published by the as-of date",
        method: "The poll had not been published by the as-of date.",
      });
    }
    const share = pollShare(yes);
    const decided = shareOfDecided(yes.share_pct, no.share_pct);
    return {
      id: this.id,
      asOf,
      value: yes.share_pct,
      unit: "%",
      valueText: `${formatNumber(yes.share_pct, 1)} % (95 % interval ${interval(share)})`,
      verdict: judge(PROTEST_HEDGE, yes.share_pct),
      band: bandFor(PROTEST_HEDGE),
      method: "The published share who would protest, judged on the point value; the 95 % " +
        "Wilson interval for n = 1,000 is judged as an alternative.",
      inputs: [
        {
          name: "would protest",
          value: yes.share_pct,
          unit: "%",
          from: `polls.csv, ${ARTICLE_POLL}, protest`,
        },
        {
          name: "would not",
          value: no.share_pct,
          unit: "%",
          from: `polls.csv, ${ARTICLE_POLL}, protest`,
        },
        {
          name: "undecided",
          value: unsure?.share_pct ?? "",
          unit: "%",
          from: `polls.csv, ${ARTICLE_POLL}, protest`,
        },
        { name: "respondents", value: share.n, unit: "people", from: `polls.csv, ${ARTICLE_POLL}` },
      ],
      alternatives: [
        {
          label: "the lower end of the 95 % Wilson interval",
          value: Number(share.lowPct.toFixed(1)),
          unit: "%",
          verdict: judge(PROTEST_HEDGE, share.lowPct),
          note: "with 1,000 respondents a true share below one half cannot be ruled out",
        },
        {
          label: "the upper end of the 95 % Wilson interval",
          value: Number(share.highPct.toFixed(1)),
          unit: "%",
          verdict: judge(PROTEST_HEDGE, share.highPct),
        },
        {
          label: "share among those who answered yes or no (undecided left out)",
          value: Number(decided.toFixed(1)),
          unit: "%",
          verdict: judge(PROTEST_HEDGE, decided),
        },
      ],
      notes: [
        intervalReading(yes.share_pct, share),
        "A stated intention to protest is not a measure of turnout.",
      ],
    };
  },
};
