/**
 * Base64 of bytes (standard alphabet, with padding), as Jupyter's `image/png` and `data:` URLs
 * expect. `jsr:@std/encoding` cannot be reached here, so this is the small loop it would be.
 *
 * @module
 */

/**
 * Encodes bytes as base64.
 *
 * @example
 * ```ts
 * import { encodeBase64 } from "./base64.ts";
 * encodeBase64(new TextEncoder().encode("hi")); // "aGk="
 * ```
 */
export function encodeBase64(bytes: Uint8Array): string {
  const chunks: string[] = [];
  for (let i = 0; i < bytes.length; i += 0x8000) {
    chunks.push(String.fromCharCode(...bytes.subarray(i, i + 0x8000)));
  }
  return btoa(chunks.join(""));
}
