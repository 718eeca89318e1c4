/**
 * Re-exports {@link JUPYTER_DISPLAY} from `lib/html/jupyter_display.ts`, where it lives, for code
 * that imported it from here.
 *
 * @module
 */
export { JUPYTER_DISPLAY } from "../html/jupyter_display.ts";
