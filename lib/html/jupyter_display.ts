/**
 * The symbol the Deno Jupyter kernel looks for on a cell's last value: a method under it returns
 * the MIME bundle to show. `lib/` uses it instead of `Deno.jupyter`, which exists only inside the
 * kernel. Figures, tables and claim cards all import it from here, so display code depends on no
 * other layer.
 *
 * @example
 * ```ts
 * import { JUPYTER_DISPLAY } from "./jupyter_display.ts";
 * const note = { [JUPYTER_DISPLAY]: () => ({ "text/plain": "hello" }) };
 * note[JUPYTER_DISPLAY]()["text/plain"]; // "hello"
 * ```
 *
 * @module
 */

/**
 * The key Deno's Jupyter kernel looks up on a displayed object (`Symbol.for("Jupyter.display")`),
 * typed as a unique symbol so that `card[JUPYTER_DISPLAY]()` type-checks.
 */
export const JUPYTER_DISPLAY: unique symbol = Symbol.for("Jupyter.display") as never;
