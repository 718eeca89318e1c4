/**
 * Test helper: runs a task's main function with `console.log` and `console.error` captured, and
 * restores them afterwards even if it throws.
 *
 * @module
 */

/** What a captured run printed, and its exit status. */
export interface Captured {
  status: number;
  out: string;
  err: string;
}

/** Runs `fn` with console.log/error captured. */
export async function captured(fn: () => Promise<number>): Promise<Captured> {
  const out: string[] = [];
  const err: string[] = [];
  const { log, error } = console;
  console.log = (...a: unknown[]) => out.push(a.join(" "));
  console.error = (...a: unknown[]) => err.push(a.join(" "));
  try {
    const status = await fn();
    return { status, out: out.join("\n"), err: err.join("\n") };
  } finally {
    console.log = log;
    console.error = error;
  }
}
