/**
 * The symbol the Deno Jupyter kernel looks for on a cell's last value: a method under it returns
 * the MIME bundle to show. `lib/` uses it instead of `Deno.jupyter`, which exists only inside the
 * kernel. Re-exported from `lib/claims/display.ts` so that figures, tables and claim cards share
 * one `unique symbol` type.
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
export { JUPYTER_DISPLAY } from "../claims/display.ts";
