/**
 * Progress on a terminal: one line per step, rewritten in place. Silent when stderr is not a
 * terminal (CI logs, tests).
 *
 * @module
 */

/** Reports how far a step has got. */
export interface Progress {
  /** Starts a step of `total` items. */
  start(label: string, total: number): void;
  /** One more item done. */
  tick(): void;
  /** Ends the step with a closing note. */
  done(note: string): void;
}

const encoder = new TextEncoder();

/**
 * A progress reporter writing to stderr, or a silent one when `enabled` is false (by default:
 * only when stderr is a terminal).
 *
 * @example
 * ```ts
 * import { createProgress } from "./progress.ts";
 * const progress = createProgress();
 * progress.start("deepstate daily", 2);
 * progress.tick();
 * progress.tick();
 * progress.done("2 computed");
 * ```
 */
export function createProgress(enabled: boolean = Deno.stderr.isTerminal()): Progress {
  let label = "";
  let total = 0;
  let count = 0;
  let lastDraw = 0;
  const write = (text: string) => {
    if (enabled) Deno.stderr.writeSync(encoder.encode(text));
  };
  return {
    start(name, items) {
      label = name;
      total = items;
      count = 0;
      write(`\r${label}: 0/${total}`);
    },
    tick() {
      count++;
      const now = performance.now();
      if (now - lastDraw > 50 || count === total) {
        lastDraw = now;
        write(`\r${label}: ${count}/${total}`);
      }
    },
    done(note) {
      write(`\r\x1b[2K${label}: ${note}\n`);
    },
  };
}
