import { check, fail, HEADER_RULES, type Rule } from './check.ts';
import { AUTHORIZATION_MAX_LENGTH, BEARER_MAX_LENGTH } from './limits.ts';
import { TOKEN_RULES } from './token.ts';

/**
 * RFC 6750 2.1: credentials = "Bearer" 1*SP b64token, scheme case-insensitive (RFC 9110 11.1),
 * inside the optional whitespace of a field value (RFC 9110 5.6.3: OWS = *( SP / HTAB )).
 * Every part is a class disjoint from its neighbours, anchored at both ends: linear time.
 */
const CREDENTIALS = /^[ \t]*Bearer +([\w\-.~+/]+=*)[ \t]*$/i;

/** RFC 6750 2.1: "Bearer" 1*SP, then what stands where the b64token should (up to OWS). */
const TOKEN_PART = /^[ \t]*bearer +([^ \t]*)/i;

const FIELD = 'Authorization value';

/**
 * Why an `Authorization` value is not `Bearer <token>`, in the order they are checked, after
 * the header rules: empty; nothing after the scheme; a tab between the scheme and the token
 * (RFC 6750 2.1 allows only 1*SP there, unlike the OWS around the value); no `Bearer` scheme
 * followed by a space. Anchored patterns of disjoint classes: linear.
 */
const AUTH_RULES: readonly Rule[] = [
  [/^[ \t]*$/, 'EMPTY_TOKEN', 'is empty; send "Bearer <token>"'],
  [/^[ \t]*bearer[ \t]*$/i, 'EMPTY_TOKEN', 'has no token after "Bearer"'],
  [/^[ \t]*bearer *\t/i, 'WRONG_SCHEME', 'has a tab after "Bearer"; use a space (RFC 6750 section 2.1)'],
  [/^(?![ \t]*bearer )/i, 'WRONG_SCHEME', 'must be "Bearer", a space, then the token'],
];

/**
 * The access token of an `Authorization: Bearer <token>` value (RFC 6750 2.1). The scheme is
 * case-insensitive, one or more spaces may follow it, whitespace (SP, HTAB) around the value
 * is tolerated; there must be exactly one `b64token`.
 *
 * @throws {BearerError} `NOT_A_STRING`, `TOO_LONG` (a token over `BEARER_MAX_LENGTH`, or a value
 * over `BEARER_MAX_LENGTH + 128`: what `bearerHeader` gives is always read back), `EMPTY_TOKEN`,
 * `WRONG_SCHEME`, `EXTRA_CONTENT`, `WHITESPACE`, `CONTROL_CHARACTER`, `INVALID_CHARACTER`,
 * `INVALID_PADDING`.
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
  check(value, FIELD, HEADER_RULES, AUTHORIZATION_MAX_LENGTH);
  check(value, FIELD, AUTH_RULES, AUTHORIZATION_MAX_LENGTH);
  check((TOKEN_PART.exec(value) as RegExpExecArray)[1], 'token', TOKEN_RULES);
  return fail('EXTRA_CONTENT', `${FIELD} has text after the token; send one token`);
}
