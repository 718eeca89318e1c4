/**
 * `docs/claims.md` is the claims' specification: it must list exactly the registry's claims, in
 * the same groups and order, each with the hedge its module judges by.
 */
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { allClaims } from "../../lib/claims/registry.ts";
import { type Hedge, VERDICTS } from "../../lib/claims/claim.ts";
import { ABOUT_TOLERANCE, FREQUENTLY_SHARE, NEARLY_FLOOR } from "../../lib/claims/hedge.ts";

const DOC = new URL("../../docs/claims.md", import.meta.url);

/** One claim's section of the document: its group letter, id and hedge as written. */
interface DocClaim {
  group: string;
  id: string;
  hedge: string | undefined;
}

/** The claims of the document: every `### id` under a `## X. ...` group heading. */
function documentedClaims(text: string): DocClaim[] {
  const claims: DocClaim[] = [];
  let group: string | undefined;
  for (const line of text.split("\n")) {
    const groupHeading = /^## ([A-E])\. /.exec(line);
    if (groupHeading) group = groupHeading[1];
    else if (line.startsWith("## ")) group = undefined;
    const claimHeading = /^### ([a-z0-9-]+)$/.exec(line);
    if (claimHeading && group) claims.push({ group, id: claimHeading[1], hedge: undefined });
    const hedge = /^- \*\*Hedge:\*\* `([^`]+)`/.exec(line);
    if (hedge && claims.length > 0) claims[claims.length - 1].hedge = hedge[1];
  }
  return claims;
}

/** A hedge as the document writes it (numbers with at most three decimals). */
export function hedgeText(hedge: Hedge): string {
  const n = (x: number) => String(Number(x.toFixed(3)));
  switch (hedge.kind) {
    case "about":
      return `about ${n(hedge.value)}`;
    case "nearly":
      return `nearly ${n(hedge.value)}`;
    case "more-than":
      return `more than ${n(hedge.value)}`;
    case "range":
      return `${n(hedge.low)} to ${n(hedge.high)}`;
    case "frequently-exceeding":
      return `frequently exceeding ${n(hedge.value)}`;
    case "by-month":
      return `by ${hedge.month}`;
    case "exact":
      return `exact ${n(hedge.value)} (to ${n(hedge.step)})`;
    case "exact-date":
      return `exact date ${hedge.date}`;
    case "none":
      return "none";
  }
}

Deno.test("docs/claims.md: lists the registry's claims, in its groups and order", async () => {
  const documented = documentedClaims(await Deno.readTextFile(DOC));
  assertEquals(
    documented.map(({ group, id }) => `${group} ${id}`),
    allClaims().map(({ group, id }) => `${group} ${id}`),
  );
});

Deno.test("docs/claims.md: each claim's hedge is the one its module judges by", async () => {
  const documented = documentedClaims(await Deno.readTextFile(DOC));
  const byId = new Map(documented.map((claim) => [claim.id, claim.hedge]));
  assertEquals(
    allClaims().map((claim) => `${claim.id}: ${byId.get(claim.id)}`),
    allClaims().map((claim) => `${claim.id}: ${hedgeText(claim.hedge)}`),
  );
});

Deno.test("docs/claims.md: each claim's section gives its notebook", async () => {
  const text = await Deno.readTextFile(DOC);
  const sections = text.split(/^### /m).slice(1);
  const notebookOf = new Map(sections.map((section) => [
    section.slice(0, section.indexOf("\n")),
    /^- \*\*Notebook:\*\* `([^`]+)`/m.exec(section)?.[1],
  ]));
  assertEquals(
    allClaims().map((claim) => `${claim.id}: ${notebookOf.get(claim.id)}`),
    allClaims().map((claim) => `${claim.id}: ${claim.notebook}`),
  );
});

Deno.test("hedgeText: writes each kind of hedge as docs/claims.md does", () => {
  assertEquals(hedgeText({ kind: "about", value: 96 }), "about 96");
  assertEquals(hedgeText({ kind: "range", low: 100 / 8.5, high: 100 / 7.5 }), "11.765 to 13.333");
  assertEquals(hedgeText({ kind: "exact", value: 84.5, step: 0.1 }), "exact 84.5 (to 0.1)");
  assertEquals(hedgeText({ kind: "none", reason: "why" }), "none");
});

Deno.test("docs/claims.md: the verdicts table lists VERDICTS, in order", async () => {
  const text = await Deno.readTextFile(DOC);
  const section = text.slice(text.indexOf("### Verdicts"), text.indexOf("## A. "));
  const listed = [...section.matchAll(/^\| `([a-z-]+)` +\|/gm)].map((match) => match[1]);
  assertEquals(listed, [...VERDICTS]);
});

Deno.test("docs/claims.md: the band rules state hedge.ts's constants", async () => {
  const text = await Deno.readTextFile(DOC);
  const rules = text.slice(text.indexOf("## How a claim is judged"), text.indexOf("### Verdicts"));
  const percent = (share: number) => `${Math.round(share * 100)} %`;
  const expected = [
    `from ${percent(1 - ABOUT_TOLERANCE)} to ${percent(1 + ABOUT_TOLERANCE)} of X`,
    `from ${percent(NEARLY_FLOOR)} of X up to X itself`,
    `it must be at least ${FREQUENTLY_SHARE === 0.5 ? "one half" : percent(FREQUENTLY_SHARE)}`,
  ];
  assertEquals(expected.filter((rule) => !rules.includes(rule)), []);
});

Deno.test("docs/claims.md: every data file a claim names exists in data/", async () => {
  const text = await Deno.readTextFile(DOC);
  const named = new Set(
    [...text.matchAll(/^- \*\*Data:\*\* (.*(?:\n {2}.*)*)/gm)]
      .flatMap((match) => [...match[1].matchAll(/`([a-z0-9_]+\.csv)`/g)].map((file) => file[1])),
  );
  const exists = (path: string) => {
    try {
      return Deno.statSync(new URL(`../../data/${path}`, import.meta.url)).isFile;
    } catch {
      return false;
    }
  };
  assertEquals(named.size > 5, true);
  assertEquals(
    [...named].filter((file) => !exists(`derived/${file}`) && !exists(`facts/${file}`)),
    [],
  );
});
