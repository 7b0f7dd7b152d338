import { isBearerToken } from '@auth/bearer';
import { checkText, kindOf } from './check.ts';
import { fail } from './errors.ts';
import { sanitize } from './sanitize.ts';
import { sealTokenSet } from './token-set.ts';
import type { TokenSet } from './types.ts';

/** RFC 6749 5.1: expires_in, a lifetime in seconds; some servers send it as a decimal string. */
const DECIMAL = /^\d+(?:\.\d+)?$/;

/** A lifetime field in seconds (`expires_in`, `refresh_token_expires_in`): `undefined` when absent. */
function seconds(value: unknown, field: string, status: number | undefined): number | undefined {
  if (value == null) return undefined;
  const number = typeof value === 'string' && DECIMAL.test(value) ? Number(value) : value;
  if (typeof number === 'number' && number >= 0 && number < Infinity) return number;
  return fail(
    'INVALID_RESPONSE',
    `token response ${field} must be a number of seconds, got ${kindOf(value)}`,
    {
      status,
    },
  );
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
  if (!Number.isFinite(sentAt))
    fail('INVALID_OPTION', `sentAt must be epoch milliseconds, got ${kindOf(sentAt)}`);
  return tokenSetOf(body, sentAt, undefined);
}

/** {@link parseTokenResponse} for a checked `sentAt`; its errors carry the answer's `status`. */
export function tokenSetOf(body: unknown, sentAt: number, status: number | undefined): TokenSet {
  const invalid = (message: string): never =>
    fail('INVALID_RESPONSE', `token response ${message}`, { status });
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return invalid(`must be a JSON object, got ${kindOf(body)}`);
  }
  const { access_token, token_type, expires_in, refresh_token, refresh_token_expires_in, scope } =
    body as Record<string, unknown>;
  if (!isBearerToken(access_token)) {
    const what =
      typeof access_token === 'string' ? 'is not an RFC 6750 b64token' : `is ${kindOf(access_token)}`;
    return invalid(`access_token ${what}`);
  }
  if (typeof token_type !== 'string' || token_type.toLowerCase() !== 'bearer') {
    const got = typeof token_type === 'string' ? JSON.stringify(sanitize(token_type)) : kindOf(token_type);
    return invalid(`token_type must be "bearer", got ${got}`);
  }
  if (scope != null && typeof scope !== 'string') {
    return invalid(`scope must be a string, got ${kindOf(scope)}`);
  }
  const lifetime = seconds(expires_in, 'expires_in', status);
  const refreshLifetime = seconds(refresh_token_expires_in, 'refresh_token_expires_in', status);
  return sealTokenSet({
    accessToken: access_token,
    tokenType: 'bearer',
    expiresAt: lifetime === undefined ? null : sentAt + lifetime * 1000,
    issuedAt: sentAt,
    refreshToken:
      refresh_token == null
        ? undefined
        : checkText(refresh_token, 'token response refresh_token', 'a refresh token', 'INVALID_RESPONSE'),
    refreshTokenExpiresAt: refreshLifetime === undefined ? undefined : sentAt + refreshLifetime * 1000,
    scope: scope ?? undefined,
  });
}
