import { deepStrictEqual as assertEquals, notDeepStrictEqual, throws } from "node:assert/strict";
import { simulateFallDays, sortedQuantile } from "../../lib/stats/block_bootstrap.ts";
import { seededRandom } from "../../lib/stats/seeded_random.ts";

// A varied window: gains from -20 to 40 km² a day, so different draws give different futures.
const gains = Array.from({ length: 365 }, (_, i) => 10 + 30 * Math.sin(i * 1.7));
const settings = { gains, remainingKm2: 5000, blockLength: 14, paths: 500, horizonDays: 3653 };
const quantiles = (days: Float64Array) => [0.05, 0.5, 0.95].map((q) => sortedQuantile(days, q));

Deno.test("seededRandom: the same seed gives the same sequence (mulberry32's known first draw)", () => {
  assertEquals(seededRandom(42)(), 0.6011037519201636);
  const a = seededRandom(7);
  const b = seededRandom(7);
  assertEquals([a(), a(), a()], [b(), b(), b()]);
});

Deno.test("simulateFallDays: the same seed gives the same fall days and quantiles", () => {
  const first = simulateFallDays({ ...settings, seed: 20260113 });
  const second = simulateFallDays({ ...settings, seed: 20260113 });
  assertEquals(first, second);
  assertEquals(quantiles(first), quantiles(second));
  // ... and another seed other futures (the seed is used, not ignored).
  notDeepStrictEqual(first, simulateFallDays({ ...settings, seed: 1 }));
});

Deno.test("simulateFallDays: a constant daily gain gives the exact fall day in every future", () => {
  // 4,661 km² at 12 km² a day: 388 days take 4,656 km², the 389th the rest.
  const days = simulateFallDays({
    ...settings,
    gains: Array(365).fill(12),
    remainingKm2: 4661,
    seed: 3,
  });
  assertEquals(new Set(days), new Set([389]));
  // Exactly 389 days' worth falls on day 389, not the day after.
  const exact = simulateFallDays({
    ...settings,
    gains: Array(365).fill(12),
    remainingKm2: 4668,
    seed: 3,
  });
  assertEquals(new Set(exact), new Set([389]));
  // An area already taken falls at once; a window with no gain never within the horizon.
  assertEquals(
    [...simulateFallDays({ ...settings, remainingKm2: 0, seed: 3 })].every((d) => d === 0),
    true,
  );
  const never = simulateFallDays({ ...settings, gains: Array(30).fill(0), seed: 3 });
  assertEquals(never.every((d) => d === Infinity), true);
});

Deno.test("simulateFallDays: a block longer than the window or an empty window is refused", () => {
  throws(() => simulateFallDays({ ...settings, gains: [1, 2], seed: 1 }), /block length 14/);
  throws(() => simulateFallDays({ ...settings, gains: [], seed: 1 }), /no observed gains/);
});

Deno.test("sortedQuantile: the lower middle value, always one of the values", () => {
  assertEquals(sortedQuantile(Float64Array.from([1, 2, 3, 4]), 0.5), 2);
  assertEquals(sortedQuantile(Float64Array.from([1, 2, 3, 4]), 0.05), 1);
  assertEquals(sortedQuantile(Float64Array.from([1, 2, 3, 4]), 1), 4);
});

Deno.test("simulateFall: adding whole blocks gives the fall days of a day-by-day walk (negative days included)", () => {
  // The reference: the same draws, every day walked (no whole-block shortcut).
  const walk = (gainsIn: number[], remaining: number, seed: number) => {
    const random = seededRandom(seed);
    const starts = gainsIn.length - 14 + 1;
    const out: number[] = [];
    for (let path = 0; path < 300; path++) {
      let taken = 0;
      let day = 0;
      let fell = false;
      while (!fell && day < 3653) {
        const start = Math.floor(random() * starts);
        for (let i = 0; i < 14 && day < 3653; i++) {
          taken += gainsIn[start + i];
          day++;
          if (taken >= remaining) {
            fell = true;
            break;
          }
        }
      }
      out.push(fell ? day : Infinity);
    }
    return Float64Array.from(out).sort();
  };
  // Days that swing from -30 to +50 km²: a block can reach the remainder mid-way and end below.
  const swinging = Array.from({ length: 200 }, (_, i) => 10 + 40 * Math.sin(i * 2.3));
  for (const remaining of [500, 3001, 9000]) {
    assertEquals(
      simulateFallDays({
        ...settings,
        gains: swinging,
        remainingKm2: remaining,
        paths: 300,
        seed: 9,
      }),
      walk(swinging, remaining, 9),
    );
  }
});
