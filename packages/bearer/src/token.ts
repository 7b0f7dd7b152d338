import { check, NEWLINE_RULE, type Rule } from './check.ts';
import { BEARER_MAX_LENGTH } from './limits.ts';

/**
 * RFC 6750 2.1: b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="
 * (`\w` is ALPHA / DIGIT / "_", ASCII only without the `u` flag). Two disjoint classes,
 * anchored: linear time.
 */
const B64TOKEN = /^[\w\-.~+/]+=*$/;

/**
 * Why a string is not an RFC 6750 2.1 `b64token`, most helpful first: empty, a newline at an
 * end (the paste), other whitespace at an end, a control character (C0, DEL, C1), a space inside, a
 * character outside the alphabet, `=` out of place. Each pattern is a single class or an
 * anchored one: linear.
 */
export const TOKEN_RULES: readonly Rule[] = [
  [/^$/, 'EMPTY_TOKEN', 'is empty'],
  NEWLINE_RULE,
  [/^\s|\s$/, 'WHITESPACE', 'starts or ends with whitespace; trim it'],
  // C0 (%x00-1F, HTAB included), DEL (%x7F), C1 (%x80-9F): as HEADER_RULES, without HTAB.
  [/[^ -~\xa0-\uffff]/, 'CONTROL_CHARACTER', 'has a control character; remove it'],
  [/ /, 'WHITESPACE', 'has a space; send one token'],
  [/[^\w\-.~+/=]/, 'INVALID_CHARACTER', 'has a character outside RFC 6750 b64token'],
  [/^=|=[^=]/, 'INVALID_PADDING', 'has "=" out of place; it is only trailing padding'],
];

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
 * The `Authorization` value for an OAuth access token: `'Bearer ' + token` (RFC 6750 2.1).
 *
 * @throws {BearerError} `NOT_A_STRING`, `TOO_LONG`, `EMPTY_TOKEN`, `WHITESPACE` (e.g. a pasted
 * trailing newline), `CONTROL_CHARACTER`, `INVALID_CHARACTER`, `INVALID_PADDING`.
 *
 * @example
 * ```ts
 * bearerHeader('gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo'); // => 'Bearer gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo'
 * bearerHeader('gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo\n'); // throws WHITESPACE
 * ```
 *
 * @example
 * ```ts
 * await fetch(url, { headers: { Authorization: bearerHeader(accessToken) } });
 * ```
 */
export function bearerHeader(token: string): string {
  if (!isBearerToken(token)) check(token, 'token', TOKEN_RULES);
  return `Bearer ${token}`;
}
