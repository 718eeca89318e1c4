/**
 * Known upstream anomalies the build accepts on purpose, each with its reason. Every other
 * anomaly (an invalid ring, a day-to-day jump beyond the plausibility threshold, a General Staff
 * war day that does not match its date) stops the build. To accept a new one, add an entry here
 * naming the raw file(s) and the check, with the reason and where it is documented upstream;
 * the manifest then lists, for every derived file, the accepted anomalies among its inputs
 * (`accepted`), and `data:check` fails until `data/derived/` is rebuilt.
 *
 * @module
 */

/** One accepted anomaly. */
export interface AcceptedAnomaly {
  /** `geometry`: an invalid ring in `file` at `where`; `jump`: a change from `file` to `next`. */
  check: "geometry" | "jump";
  /** The raw file, relative to the raw folder. */
  file: string;
  /** For `jump`: the next file of the same series, relative to the raw folder. */
  next?: string;
  /** Otherwise: the start of the error's location (`feature 60, polygon 1, ring 3`, or a
   * General Staff `record 1002 (date 2024-11-21), field day`). */
  where?: string;
  /** Why it is accepted, in one sentence. */
  reason: string;
}

/**
 * The accepted anomalies.
 *
 * @example
 * ```ts
 * import { ACCEPTED_ANOMALIES } from "./accepted.ts";
 * ACCEPTED_ANOMALIES.filter((a) => a.check === "jump").length;
 * ```
 */
export const ACCEPTED_ANOMALIES: readonly AcceptedAnomaly[] = [
  {
    check: "geometry",
    file: "deepstate-history-danielrose/1651350824.geojson",
    where: "feature 60 (Окуповано), polygon 1, ring 3",
    reason: "an upstream digitizing slip: a hole drawn outside its shell in this one version; " +
      "the union of the occupied features reads the ring as drawn",
  },
  {
    check: "geometry",
    file: "deepstate-history-danielrose/1654014081.geojson",
    where: "feature 58 (Окуповано /// Occupied), polygon 1, ring 1",
    reason: "an upstream digitizing slip: a hole drawn outside its shell in this one version; " +
      "the union of the occupied features reads the ring as drawn",
  },
];

/**
 * The accepted anomalies that concern a derived file with the given raw inputs (those whose
 * files are all among them), as the manifest records them.
 *
 * @example
 * ```ts
 * import { acceptedFor } from "./accepted.ts";
 * acceptedFor(["general-staff/russia_losses_personnel.json"]); // []
 * ```
 */
export function acceptedFor(
  inputs: readonly string[],
  anomalies: readonly AcceptedAnomaly[] = ACCEPTED_ANOMALIES,
): AcceptedAnomaly[] {
  const set = new Set(inputs);
  return anomalies.filter((a) => set.has(a.file) && (a.next === undefined || set.has(a.next)));
}

/**
 * The accepted anomaly matching a check at a raw file (and, for a jump, the next file), if any.
 *
 * @example
 * ```ts
 * import { findAccepted } from "./accepted.ts";
 * findAccepted("jump", "deepstate/a.geojson", "deepstate/b.geojson"); // undefined
 * ```
 */
export function findAccepted(
  check: AcceptedAnomaly["check"],
  file: string,
  nextOrWhere: string,
  anomalies: readonly AcceptedAnomaly[] = ACCEPTED_ANOMALIES,
): AcceptedAnomaly | undefined {
  return anomalies.find((a) =>
    a.check === check && a.file === file &&
    (a.next !== undefined ? a.next === nextOrWhere : nextOrWhere.startsWith(a.where ?? "\u0000"))
  );
}
