/**
 * The options a check runs with, and whether they are the claim's defaults: an analyst may vary a
 * method from a notebook (another window, another source) and see the verdict change, while the
 * committed outputs are only compared for the defaults.
 *
 * @module
 */

/** The options in force, the two fields a check carries about them, and a note. */
export interface ResolvedOptions<Options> {
  /** `defaults` with every option given (and not `undefined`) in its place. */
  resolved: Options;
  /** The check's `options` (the options in force) and `defaultOptions` (whether they are the
   * defaults), to spread into the check. */
  fields: { options: Record<string, unknown>; defaultOptions: boolean };
  /** For a variation, one sentence naming the options that differ from the defaults; else none. */
  notes: string[];
}

/**
 * The options a check runs with: each key of `defaults` takes its value from `given` when given;
 * `defaultOptions` says whether the result equals the defaults (compared as JSON, so two equal
 * windows given as new objects still count as default). A key `defaults` lacks throws a
 * `TypeError` naming the options there are (a misspelt option must not silently give the
 * claim's own result).
 *
 * @example
 * ```ts
 * import { resolveOptions } from "./options.ts";
 * resolveOptions({ days: 97, area: "DeepState" }, { days: 90 }).resolved; // { days: 90, area: "DeepState" }
 * resolveOptions({ days: 97 }, { days: 90 }).fields.defaultOptions; // false
 * resolveOptions({ days: 97 }, { days: 90 }).notes; // ["A variation of the method: days 90 (the claim's: 97)."]
 * resolveOptions({ days: 97 }, { days: undefined }).fields.defaultOptions; // true
 * resolveOptions({ days: 97 }, { dayz: 90 } as object); // throws TypeError: no option 'dayz' (options: days)
 * ```
 */
export function resolveOptions<Options extends object>(
  defaults: Options,
  given: Partial<Options>,
): ResolvedOptions<Options> {
  const known = Object.keys(defaults);
  for (const key of Object.keys(given)) {
    if (!known.includes(key)) {
      throw new TypeError(`no option '${key}' (options: ${known.join(", ") || "none"})`);
    }
  }
  const resolved = { ...defaults };
  for (const key of Object.keys(defaults) as (keyof Options)[]) {
    const value = given[key];
    if (value !== undefined) resolved[key] = value as Options[keyof Options];
  }
  const json = (value: unknown) => JSON.stringify(value);
  const changed = (Object.keys(defaults) as (keyof Options & string)[])
    .filter((key) => json(resolved[key]) !== json(defaults[key]))
    .map((key) => `${key} ${json(resolved[key])} (the claim's: ${json(defaults[key])})`);
  return {
    resolved,
    fields: {
      options: { ...resolved } as Record<string, unknown>,
      defaultOptions: !changed.length,
    },
    notes: changed.length ? [`A variation of the method: ${changed.join(", ")}.`] : [],
  };
}
