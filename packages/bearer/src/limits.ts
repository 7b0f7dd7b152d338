/**
 * The longest token or header value this package accepts, in characters: 16 KiB, the
 * whole request-header budget of Node.js (`--max-http-header-size`) and twice nginx's
 * default line buffer. Real access tokens, JWTs with many claims included, stay far below;
 * longer input is refused with the code `TOO_LONG` before any parsing.
 *
 * @example
 * ```ts
 * isBearerToken('a'.repeat(BEARER_MAX_LENGTH)); // => true
 * isBearerToken('a'.repeat(BEARER_MAX_LENGTH + 1)); // => false
 * ```
 */
export const BEARER_MAX_LENGTH = 16384;
