import { deepStrictEqual as assertEquals, ok, throws as assertThrows } from "node:assert/strict";
import { wilsonInterval, Z_95 } from "../../lib/stats/wilson.ts";

function near(actual: number, expected: number, tolerance = 1e-4) {
  ok(
    Math.abs(actual - expected) <= tolerance,
    `${actual} is not within ${tolerance} of ${expected}`,
  );
}

Deno.test("wilsonInterval: matches the textbook value for 50 of 100", () => {
  const { low, high } = wilsonInterval(0.5, 100);
  near(low, 0.40383);
  near(high, 0.59617);
});

Deno.test("wilsonInterval: 51.4 % of 1,000 straddles one half", () => {
  const { low, high } = wilsonInterval(0.514, 1000);
  near(low, 0.48303);
  near(high, 0.54486);
  ok(low < 0.5 && high > 0.5);
});

Deno.test("wilsonInterval: stays within 0..1 and is not symmetric at the edges", () => {
  const zero = wilsonInterval(0, 10);
  assertEquals(zero.low, 0);
  near(zero.high, 0.27753);
  const all = wilsonInterval(1, 10);
  assertEquals(all.high, 1);
  near(all.low, 1 - 0.27753);
});

Deno.test("wilsonInterval: narrows as the sample grows", () => {
  const small = wilsonInterval(0.845, 100);
  const large = wilsonInterval(0.845, 1000);
  ok(large.high - large.low < small.high - small.low);
  ok(large.low < 0.845 && 0.845 < large.high);
});

Deno.test("wilsonInterval: z = 1.96 for 95 %", () => {
  near(Z_95, 1.96, 0.001);
});

Deno.test("wilsonInterval: a share outside 0..1 or a bad sample is a RangeError", () => {
  assertThrows(() => wilsonInterval(84.5, 1000), RangeError);
  assertThrows(() => wilsonInterval(0.5, 0), RangeError);
  assertThrows(() => wilsonInterval(0.5, 10.5), RangeError);
});
