/**
 * Shows several things as separate outputs of one notebook cell. Inside the Deno kernel this calls
 * `Deno.jupyter.display` for each (one output each, so no output grows into a scroll box);
 * elsewhere (a test, a script) it does nothing. `Deno.jupyter` is looked up at run time because
 * it exists, and type-checks, only inside the kernel.
 *
 * @module
 */
import { JUPYTER_DISPLAY } from "./jupyter_display.ts";

/** Anything with a Jupyter display (a figure, a table, a claim card). */
export interface Displayable {
  [JUPYTER_DISPLAY](): Record<string, unknown>;
}

/** How the kernel displays one value (`Deno.jupyter.display`). */
export type KernelDisplay = (value: unknown, options?: { raw?: boolean }) => Promise<void>;

/**
 * The kernel's display function, or `undefined` outside the kernel (where reading `Deno.jupyter`
 * throws).
 *
 * @example
 * ```ts
 * import { kernelDisplay } from "./display_each.ts";
 * kernelDisplay(); // undefined in a script or a test
 * ```
 */
export function kernelDisplay(): KernelDisplay | undefined {
  try {
    const jupyter = (Deno as unknown as { jupyter?: { display?: KernelDisplay } }).jupyter;
    return typeof jupyter?.display === "function" ? jupyter.display.bind(jupyter) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Displays each item as its own output, in order (nothing outside the kernel). Resolves to
 * `undefined`, so a cell that ends with it shows no value of its own.
 *
 * @example
 * ```ts
 * import { displayEach } from "./display_each.ts";
 * import { JUPYTER_DISPLAY } from "./jupyter_display.ts";
 * const note = { [JUPYTER_DISPLAY]: () => ({ "text/plain": "hello" }) };
 * await displayEach([note, note]); // in a notebook: two outputs
 * ```
 */
export async function displayEach(
  items: readonly Displayable[],
  display: KernelDisplay | undefined = kernelDisplay(),
): Promise<void> {
  if (display === undefined) return;
  for (const item of items) await display(item[JUPYTER_DISPLAY](), { raw: true });
}
