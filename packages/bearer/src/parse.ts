import { type BearerErrorCode, fail } from './errors.ts';
import { AUTHORIZATION_MAX_LENGTH, BEARER_MAX_LENGTH } from './limits.ts';
import { isBearerToken, tokenProblem } from './token.ts';
import { headerProblem } from './validate.ts';

/**
 * RFC 6750 2.1: credentials = "Bearer" 1*SP b64token, scheme case-insensitive (RFC 9110 11.1),
 * inside the optional whitespace of a field value (RFC 9110 5.6.3: OWS = *( SP / HTAB )).
 * Every part is a class disjoint from its neighbours, anchored at both ends: linear time.
 */
const CREDENTIALS = /^[ \t]*Bearer +([\w\-.~+/]+=*)[ \t]*$/i;

/**
 * What stands where the credentials should: the scheme (group 1) and the spaces after it (group
 * 2), then the run of characters where the b64token should be (group 3), and OWS. Each part is a
 * class disjoint from the next: linear.
 */
const PARTS = /^[ \t]*(?:(bearer)( *))?([^ \t]*)[ \t]*/i;

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
  const token =
    typeof value === 'string' && value.length <= AUTHORIZATION_MAX_LENGTH && CREDENTIALS.exec(value)?.[1];
  if (token && token.length <= BEARER_MAX_LENGTH) return token;
  return fail(problem(value), 'Authorization value must be "Bearer <token>"; send one RFC 6750 b64token');
}

/** Why `value` is not Bearer credentials, as the code of the error that refuses it. */
function problem(value: unknown): BearerErrorCode {
  const found = headerProblem(value, AUTHORIZATION_MAX_LENGTH, 'EMPTY_TOKEN');
  if (found) return found;
  const [parts = '', scheme, spaces, token] = PARTS.exec(value as string) ?? [];
  // Nothing but OWS and the scheme: no token.
  if (!token) return parts.length === (value as string).length ? 'EMPTY_TOKEN' : 'WRONG_SCHEME';
  // RFC 6750 2.1: "Bearer", one or more spaces (no tab), the token.
  if (!scheme || !spaces) return 'WRONG_SCHEME';
  return isBearerToken(token) ? 'EXTRA_CONTENT' : tokenProblem(token);
}
