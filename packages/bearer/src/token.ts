import { type BearerErrorCode, fail } from './errors.ts';
import { BEARER_MAX_LENGTH } from './limits.ts';

/**
 * RFC 6750 2.1: b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="
 * (`\w` is ALPHA / DIGIT / "_", ASCII only without the `u` flag). Two disjoint classes,
 * anchored: linear time.
 */
const B64TOKEN = /^[\w\-.~+/]+=*$/;

/** C0 (%x00-1F, HTAB included), DEL (%x7F) and C1 (%x80-9F): none belongs in a token. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\0-\x1f\x7f-\x9f]/;

/**
 * Whether `token` is an RFC 6750 `b64token` (section 2.1), so that `Bearer <token>` is a valid
 * `Authorization` value: letters, digits, `-._~+/`, then optional `=` padding. JWTs pass.
 * Never throws; anything else, a non-string or more than `BEARER_MAX_LENGTH` characters, is `false`.
 *
 * @example
 * ```ts
 * isBearerToken('gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo'); // => true
 * // A pasted newline:
 * isBearerToken('gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo\n'); // => false
 * ```
 */
export function isBearerToken(token: unknown): token is string {
  return typeof token === 'string' && token.length <= BEARER_MAX_LENGTH && B64TOKEN.test(token);
}

/**
 * Why `token` is not a `b64token`, as the code of the error that refuses it, in the order a
 * person fixes them. Only for a value that {@link isBearerToken} refused.
 */
export function tokenProblem(token: unknown): BearerErrorCode {
  if (token == null || token === '') return 'EMPTY_TOKEN';
  if (typeof token !== 'string') return 'NOT_A_STRING';
  if (token.length > BEARER_MAX_LENGTH) return 'TOO_LONG';
  if (/^\s|\s$/.test(token)) return 'WHITESPACE'; // the pasted newline
  if (CONTROL.test(token)) return 'CONTROL_CHARACTER';
  if (token.includes(' ')) return 'WHITESPACE'; // two tokens, or "Bearer " passed along
  if (/[^\w\-.~+/=]/.test(token)) return 'INVALID_CHARACTER';
  return 'INVALID_PADDING';
}

/**
 * The `Authorization` value for an OAuth access token: `'Bearer ' + token` (RFC 6750 2.1). Pass
 * the bare token: one that already starts with `Bearer ` is refused, as is a pasted newline.
 *
 * @throws {BearerError} `EMPTY_TOKEN` (missing or `''`), `NOT_A_STRING`, `TOO_LONG`, `WHITESPACE`
 * (a pasted newline, a space inside, the `Bearer ` scheme), `CONTROL_CHARACTER`,
 * `INVALID_CHARACTER`, `INVALID_PADDING`; the message names the field and the fix, the code
 * what is wrong.
 *
 * @example
 * ```ts
 * bearerHeader('gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo'); // => 'Bearer gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo'
 * bearerHeader('gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo\n'); // throws WHITESPACE
 * bearerHeader('Bearer gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo'); // throws WHITESPACE
 * ```
 *
 * @example
 * ```ts
 * await fetch(url, { headers: { Authorization: bearerHeader(accessToken) } });
 * ```
 */
export function bearerHeader(token: string): string {
  if (!isBearerToken(token)) fail(tokenProblem(token), 'token must be a bare RFC 6750 b64token');
  return `Bearer ${token}`;
}
