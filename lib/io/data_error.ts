/**
 * An error in an input: it names the file, the row or feature, and what was expected.
 *
 * @example
 * ```ts
 * import { DataError } from "./data_error.ts";
 * const error = new DataError("losses.csv", "row 3, column cumulative", "a number", "'abc'");
 * console.log(error.message); // losses.csv: row 3, column cumulative: expected a number, found 'abc'
 * ```
 */
export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly where: string,
    readonly expected: string,
    readonly found?: string,
  ) {
    super(
      `${file}: ${where}: expected ${expected}${found === undefined ? "" : `, found ${found}`}`,
    );
    this.name = "DataError";
  }
}
