/**
 * SVG snapshot testing for figure builders, as Observable Plot's own tests do: the markup is
 * normalised (numbers in attributes rounded to 2 decimals, one element per line) and compared with
 * `tests/snapshots/<name>.svg`. Set UPDATE_SNAPSHOTS=1 to (re)write the snapshots:
 *
 * ```sh
 * UPDATE_SNAPSHOTS=1 deno test --allow-read=. --allow-write=tests/snapshots --allow-env tests/plots/
 * ```
 *
 * The DOM is linkedom, pinned in deno.json, so the markup does not depend on a browser.
 *
 * @module
 */
import { writeTextFileAtomic } from "../../lib/io/atomic_write.ts";

const SNAPSHOT_DIR = new URL("../snapshots/", import.meta.url);

/**
 * Normalises SVG/HTML markup for comparison: numbers inside attribute values rounded to 2
 * decimals (so float noise across machines does not matter), and a line break between tags.
 *
 * @example
 * ```ts
 * import { normalizeMarkup } from "./snapshot.ts";
 * normalizeMarkup('<svg><path d="M0.123456,1"/></svg>'); // '<svg>\n<path d="M0.12,1"/>\n</svg>'
 * ```
 */
export function normalizeMarkup(markup: string): string {
  return markup
    .replace(
      /="([^"]*)"/g,
      (_, value: string) =>
        `="${value.replace(/-?\d+\.\d+(?:e-?\d+)?/g, (n) => String(+(+n).toFixed(2)))}"`,
    )
    .replace(/>\s*</g, ">\n<") + "\n";
}

function firstDifference(expected: string, actual: string): string {
  const a = expected.split("\n");
  const b = actual.split("\n");
  let changed = 0;
  let first = -1;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) {
      changed++;
      if (first < 0) first = i;
    }
  }
  const cut = (line: string | undefined) =>
    line === undefined ? "(none)" : line.length > 200 ? `${line.slice(0, 200)}…` : line;
  return `${changed} lines differ; first at line ${first + 1}:\n` +
    `  snapshot: ${cut(a[first])}\n  now:      ${cut(b[first])}`;
}

/**
 * Compares markup with the snapshot `tests/snapshots/<name>.svg`; throws with the first differing
 * line when it changed or is missing. With UPDATE_SNAPSHOTS=1, writes the snapshot instead.
 *
 * @example
 * ```ts
 * import { assertSnapshot } from "./snapshot.ts";
 * import { dailyLossesFigure } from "../../lib/plots/daily_losses.ts";
 * const figure = dailyLossesFigure([{ date: "2025-01-01", losses: 1_140 }]);
 * await assertSnapshot("daily-losses-one-day", figure.markup);
 * ```
 */
export async function assertSnapshot(name: string, markup: string): Promise<void> {
  const file = new URL(`${name}.svg`, SNAPSHOT_DIR);
  const actual = normalizeMarkup(markup);
  if (Deno.env.get("UPDATE_SNAPSHOTS") === "1") {
    await writeTextFileAtomic(file.pathname, actual);
    return;
  }
  let expected: string;
  try {
    expected = await Deno.readTextFile(file);
  } catch {
    throw new Error(
      `no snapshot tests/snapshots/${name}.svg: run with UPDATE_SNAPSHOTS=1 to write it`,
    );
  }
  if (expected !== actual) {
    throw new Error(
      `figure ${name} differs from tests/snapshots/${name}.svg (${
        firstDifference(expected, actual)
      }).\nIf the change is intended, rerun with UPDATE_SNAPSHOTS=1 and review the SVG diff.`,
    );
  }
}
