import { fail } from './errors.ts';
import { BEARER_MAX_LENGTH } from './limits.ts';
import { checkString, type Field, refuseControl, refuseEmpty, refuseWhitespace } from './validate.ts';

const TOKEN: Field = ['token', 'the access token', 'EMPTY_TOKEN'];

/**
 * RFC 6750 2.1: b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="
 * (`\w` is ALPHA / DIGIT / "_", ASCII only without the `u` flag). Two disjoint classes,
 * anchored: linear time.
 */
const B64TOKEN = /^[\w\-.~+/]+=*$/;

/** Whitespace at the start (group 1) or the end (group 2): what String.prototype.trim removes. */
const SURROUNDING_WHITESPACE = /^(\s)|(\s)$/;

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
 * Refuses a value that is not a `b64token`, saying why, most helpful first: missing, not a
 * string, too long, empty, whitespace at an end (the paste), a control character, the `Bearer `
 * scheme, a space inside, a character outside the alphabet, `=` out of place.
 */
export function checkToken(token: unknown): asserts token is string {
  checkString(token, TOKEN, BEARER_MAX_LENGTH);
  if (!token) refuseEmpty(TOKEN);
  refuseWhitespace(token, 'token', SURROUNDING_WHITESPACE);
  refuseControl(token, 'token', CONTROL);
  if (/^bearer /i.test(token)) fail('WHITESPACE', 'token starts with "Bearer "; pass the bare token');
  const bad = /[^\w\-.~+/=]/.exec(token);
  if (bad?.[0] === ' ') fail('WHITESPACE', `token holds a space at index ${bad.index}; pass one token`);
  if (bad)
    fail(
      'INVALID_CHARACTER',
      `token holds a character outside RFC 6750 b64token at index ${bad.index}; remove it`,
    );
  fail(
    'INVALID_PADDING',
    `token holds "=" at index ${token.search(/^=|=[^=]/)}; it is only trailing padding`,
  );
}

/**
 * The `Authorization` value for an OAuth access token: `'Bearer ' + token` (RFC 6750 2.1). Pass
 * the bare token: one that already starts with `Bearer ` is refused, as is a pasted newline.
 *
 * @throws {BearerError} `EMPTY_TOKEN` (missing or `''`), `NOT_A_STRING`, `TOO_LONG`, `WHITESPACE`
 * (a pasted newline, a space inside, the `Bearer ` scheme), `CONTROL_CHARACTER`,
 * `INVALID_CHARACTER`, `INVALID_PADDING`.
 *
 * @example
 * ```ts
 * bearerHeader('gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo'); // => 'Bearer gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo'
 * bearerHeader('gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo\n'); // throws WHITESPACE
 * bearerHeader('Bearer gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo'); // throws WHITESPACE: token starts with "Bearer "; pass the bare token
 * ```
 *
 * @example
 * ```ts
 * await fetch(url, { headers: { Authorization: bearerHeader(accessToken) } });
 * ```
 */
export function bearerHeader(token: string): string {
  if (!isBearerToken(token)) checkToken(token);
  return `Bearer ${token}`;
}
