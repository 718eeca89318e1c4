/**
 * Speed of the sweep on the committed data/ (`deno task bench`): every claim on every day from
 * 2025-01-01 to the last day the data reach, in one process, once loaded ("whole sweep", one
 * run); and one more day of every claim once loaded ("one day", its time per iteration is the
 * cost of re-checking all claims for one more day).
 *
 * @module
 */
import { sweepClaims } from "../lib/sweep/sweep.ts";
import { defaultSweepRange } from "../lib/sweep/default_range.ts";

const dataDir = new URL("../data", import.meta.url).pathname;
const { to } = await defaultSweepRange(dataDir);
// Load every file once, as the sweep does before its first day.
await sweepClaims({ from: to, to, dataDir });

Deno.bench({
  name: `sweep: every claim on every day 2025-01-01 to ${to} (one run)`,
  n: 1,
  warmup: 0,
  async fn() {
    await sweepClaims({ from: "2025-01-01", to, dataDir });
  },
});

let day = 0;
Deno.bench({
  name: "sweep: every claim on one more day (time per iteration = per day)",
  async fn() {
    // A different day each time (a month's worth, cycling), so nothing is merely repeated.
    const asOf = new Date(Date.UTC(2026, 0, 1 + (day++ % 30))).toISOString().slice(0, 10);
    await sweepClaims({ from: asOf, to: asOf, dataDir });
  },
});
