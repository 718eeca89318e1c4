/**
 * The symbol the Deno Jupyter kernel looks for on a cell's last value: a method under it returns
 * the MIME bundle to show. `lib/` uses it instead of `Deno.jupyter`, which exists only inside the
 * kernel.
 *
 * @example
 * ```ts
 * import { JUPYTER_DISPLAY } from "./jupyter_display.ts";
 * const note = { [JUPYTER_DISPLAY]: () => ({ "text/plain": "hello" }) };
 * note[JUPYTER_DISPLAY]()["text/plain"]; // "hello"
 * ```
 */
export const JUPYTER_DISPLAY: unique symbol = Symbol.for("Jupyter.display") as never;
