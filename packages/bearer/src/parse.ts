import { fail } from './errors.ts';
import { AUTHORIZATION_MAX_LENGTH, BEARER_MAX_LENGTH } from './limits.ts';
import { checkToken, isBearerToken } from './token.ts';
import {
  checkString,
  type Field,
  NEWLINE_AT_AN_END,
  refuseControl,
  refuseEmpty,
  refuseWhitespace,
} from './validate.ts';

const AUTHORIZATION: Field = ['Authorization value', '"Bearer", a space, then the token', 'EMPTY_TOKEN'];

/**
 * RFC 6750 2.1: credentials = "Bearer" 1*SP b64token, scheme case-insensitive (RFC 9110 11.1),
 * inside the optional whitespace of a field value (RFC 9110 5.6.3: OWS = *( SP / HTAB )).
 * Every part is a class disjoint from its neighbours, anchored at both ends: linear time.
 */
const CREDENTIALS = /^[ \t]*Bearer +([\w\-.~+/]+=*)[ \t]*$/i;

/** RFC 6750 2.1: "Bearer" 1*SP, then what stands where the b64token should (up to OWS). */
const TOKEN_PART = /^[ \t]*bearer +([^ \t]*)/i;

/** C1 controls (%x80-9F) are refused here too: no b64token holds one, so it is an injection attempt. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\0-\x08\n-\x1f\x7f-\x9f]/;

/**
 * The access token of an `Authorization: Bearer <token>` value (RFC 6750 2.1). The scheme is
 * case-insensitive, one or more spaces may follow it, whitespace (SP, HTAB) around the value
 * is tolerated; there must be exactly one `b64token`.
 *
 * @throws {BearerError} `EMPTY_TOKEN` (also for a missing value: `undefined` or `null`),
 * `NOT_A_STRING`, `TOO_LONG` (a token over `BEARER_MAX_LENGTH`, or a value over
 * `BEARER_MAX_LENGTH + 128`: what `bearerHeader` gives is always read back), `WRONG_SCHEME`,
 * `EXTRA_CONTENT`, `WHITESPACE`, `CONTROL_CHARACTER`, `INVALID_CHARACTER`, `INVALID_PADDING`.
 *
 * @example
 * ```ts
 * parseBearer('Bearer gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo'); // => 'gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo'
 * parseBearer(' bearer   mF_9.B5f-4.1JqM '); // => 'mF_9.B5f-4.1JqM'
 * parseBearer('Bearer gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo\n'); // throws WHITESPACE
 * ```
 */
export function parseBearer(value: string): string {
  if (typeof value === 'string' && value.length <= AUTHORIZATION_MAX_LENGTH) {
    const match = CREDENTIALS.exec(value);
    if (match && (match[1] as string).length <= BEARER_MAX_LENGTH) return match[1] as string;
  }
  // The slow path, for invalid values only: find what is wrong and say so.
  const [name, what] = AUTHORIZATION;
  checkString(value, AUTHORIZATION, AUTHORIZATION_MAX_LENGTH);
  refuseWhitespace(value, name, NEWLINE_AT_AN_END);
  refuseControl(value, name, CONTROL);
  if (/^[ \t]*$/.test(value)) refuseEmpty(AUTHORIZATION);
  // The scheme alone: the token is empty.
  if (/^[ \t]*bearer[ \t]*$/i.test(value)) checkToken('');
  // RFC 6750 2.1 allows only 1*SP after the scheme, unlike the OWS around the value.
  if (/^[ \t]*bearer *\t/i.test(value)) {
    fail('WRONG_SCHEME', `${name} has a tab after "Bearer"; use a space (RFC 6750 section 2.1)`);
  }
  const part = TOKEN_PART.exec(value) ?? fail('WRONG_SCHEME', `${name} must be ${what}`);
  if (!isBearerToken(part[1])) checkToken(part[1]);
  return fail('EXTRA_CONTENT', `${name} has text after the token; send one token`);
}
