/**
 * The longest token this package accepts, in characters: 16 KiB, the whole request-header
 * budget of Node.js (`--max-http-header-size`) and twice nginx's default line buffer. Real
 * access tokens, JWTs with many claims included, stay far below. It bounds the token of
 * `isBearerToken`, `bearerHeader` and `parseBearer`, and the whole `WWW-Authenticate` value of
 * `bearerChallenge` and `parseBearerChallenge`; an `Authorization` value may be 128 characters
 * longer (`Bearer`, its spaces, surrounding whitespace), so that `parseBearer(bearerHeader(t))`
 * holds for every token. Longer input is refused with the code `TOO_LONG` before any parsing.
 *
 * @example
 * ```ts
 * isBearerToken('a'.repeat(BEARER_MAX_LENGTH)); // => true
 * isBearerToken('a'.repeat(BEARER_MAX_LENGTH + 1)); // => false
 * ```
 */
export const BEARER_MAX_LENGTH = 16384;

/**
 * The longest `Authorization` value `parseBearer` reads: `BEARER_MAX_LENGTH + 128`, the longest
 * token plus room for `Bearer`, the spaces after it (RFC 6750 2.1: 1*SP) and the OWS around the
 * value. A literal, so that bundlers drop it where `parseBearer` is not imported.
 */
export const AUTHORIZATION_MAX_LENGTH = 16512;
