import { checkObject, kindOf, misuse, type Refuse } from './check.ts';
import { fail } from './errors.ts';
import { sanitize } from './sanitize.ts';
import { checkAccessToken, checkRefreshToken, checkScope, sealTokenSet } from './token-set.ts';
import type { TokenSet } from './types.ts';

/** RFC 6749 5.1: expires_in, a lifetime in seconds; some servers send it as a decimal string. */
const DECIMAL = /^\d+(?:\.\d+)?$/;

/** A lifetime in seconds (`expires_in`, `refresh_token_expires_in`) as the epoch ms it ends at, counted from `sentAt`. */
function endOf(value: unknown, field: string, sentAt: number, refuse: Refuse): number | undefined {
  if (value == null) return undefined;
  const seconds = typeof value === 'string' && DECIMAL.test(value) ? Number(value) : value;
  if (typeof seconds === 'number' && seconds >= 0 && seconds < Infinity) return sentAt + seconds * 1000;
  return refuse(`${field} must be a number of seconds, got ${kindOf(value)}`);
}

/**
 * The {@link TokenSet} of a successful token response (RFC 6749 section 5.1), given its body
 * already parsed from JSON and the time its request was sent (`sentAt`, epoch ms), from which
 * expiry counts: `expiresAt = sentAt + expires_in * 1000` (`null` without `expires_in`).
 * `token_type` is compared case-insensitively and must be `bearer`; `expires_in` may be a
 * numeric string; `access_token` must be an RFC 6750 `b64token`. The set's `toJSON` and
 * inspect output are redacted.
 *
 * @throws {OAuthTokenError} `INVALID_RESPONSE` for anything else (the message names the field,
 * never a token); `INVALID_OPTION` when `sentAt` is not a number.
 *
 * @example
 * ```ts
 * const set = parseTokenResponse({ access_token: 'gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo', token_type: 'Bearer', expires_in: '1800', refresh_token: 'f3b1c2d4e5a6b7c8', scope: 'read' }, 1_000);
 * set.expiresAt; // => 1_801_000
 * set.refreshToken; // => 'f3b1c2d4e5a6b7c8'
 * JSON.stringify(set); // => '{"accessToken":"gEry****","tokenType":"bearer","expiresAt":1801000,"issuedAt":1000,"refreshToken":"f3b1****","scope":"read"}'
 * parseTokenResponse({ access_token: 'gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo', token_type: 'mac' }, 1_000); // throws INVALID_RESPONSE
 * ```
 */
export function parseTokenResponse(body: unknown, sentAt: number): TokenSet {
  if (!Number.isFinite(sentAt)) misuse(`sentAt must be epoch milliseconds, got ${kindOf(sentAt)}`);
  return tokenSetOf(body, sentAt, undefined);
}

/** {@link parseTokenResponse} for a checked `sentAt`; its errors carry the answer's `status`. */
export function tokenSetOf(body: unknown, sentAt: number, status: number | undefined): TokenSet {
  const refuse: Refuse = (message) => fail('INVALID_RESPONSE', message, { status });
  const { access_token, token_type, expires_in, refresh_token, refresh_token_expires_in, scope } =
    checkObject(body, 'token response', 'a JSON object', refuse);
  const accessToken = checkAccessToken(access_token, 'token response access_token', refuse);
  if (typeof token_type !== 'string' || token_type.toLowerCase() !== 'bearer') {
    const got = typeof token_type === 'string' ? JSON.stringify(sanitize(token_type)) : kindOf(token_type);
    refuse(`token response token_type must be "bearer", got ${got}`);
  }
  return sealTokenSet({
    accessToken,
    tokenType: 'bearer',
    expiresAt: endOf(expires_in, 'token response expires_in', sentAt, refuse) ?? null,
    issuedAt: sentAt,
    refreshToken: checkRefreshToken(refresh_token, 'token response refresh_token', refuse),
    refreshTokenExpiresAt: endOf(
      refresh_token_expires_in,
      'token response refresh_token_expires_in',
      sentAt,
      refuse,
    ),
    scope: checkScope(scope, 'token response scope', refuse),
  });
}
