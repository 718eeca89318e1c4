import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { allClaims } from "../../lib/claims/registry.ts";
import { ARTICLE_ORDER, inArticleOrder, inIdOrder } from "../../lib/report/article_order.ts";

const ARTICLE = new URL("../../../shared/article/an-impossible-compromise.txt", import.meta.url);

function readArticle(): string | null {
  try {
    return Deno.readTextFileSync(ARTICLE);
  } catch (error) {
    // Not there (CI runs from data/ alone) or not readable with these permissions: skip.
    if (error instanceof Deno.errors.NotFound || error instanceof Deno.errors.NotCapable) {
      return null;
    }
    throw error;
  }
}

const article = readArticle();
if (article === null) {
  console.warn(`SKIPPED the article-order check: cannot read ${ARTICLE.pathname}`);
}

Deno.test("inIdOrder: listed ids first in the list's order, others after in their own order", () => {
  const items = ["x", "b", "y", "a"];
  assertEquals(inIdOrder(items, (id) => id, ["a", "b"]), ["a", "b", "x", "y"]);
});

Deno.test("ARTICLE_ORDER: the 22 registered claims, each once (checked without the article too)", () => {
  const registered = allClaims().map((claim) => claim.id);
  assertEquals(registered.length, 22);
  assertEquals([...ARTICLE_ORDER].sort(), [...registered].sort());
  assertEquals(new Set(ARTICLE_ORDER).size, ARTICLE_ORDER.length);
});

Deno.test({
  name: "ARTICLE_ORDER: lists every registered claim in the order its quote appears in the article",
  ignore: article === null,
  fn() {
    const fromText = inArticleOrder(allClaims(), (claim) => claim.quote, article!)
      .map((claim) => claim.id);
    assertEquals([...ARTICLE_ORDER], fromText);
  },
});
