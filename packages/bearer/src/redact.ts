import { isBearerToken } from './token.ts';

/** RFC 6750 2.1: the scheme, case-insensitive, then one or more spaces or the end. */
const SCHEME = /^bearer(?: +|$)/i;

/**
 * A log-safe form of an `Authorization` value or of a bare token: `'Bearer '`, at most the
 * first 4 characters of the token, then `'****'`. Short tokens show a quarter of their
 * length, rounded down (15 characters show 3, under 4 show none), so at most a quarter of
 * any token is revealed. Anything that is not a valid Bearer token (another scheme, junk,
 * a non-string) becomes `'Bearer ****'`. Never throws.
 *
 * @example
 * ```ts
 * redactBearer('Bearer gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo'); // => 'Bearer gEry****'
 * redactBearer('gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo'); // => 'Bearer gEry****'
 * redactBearer('Basic amRvZUBleGFtcGxlLmNvbQ=='); // => 'Bearer ****'
 * ```
 */
export function redactBearer(value: unknown): string {
  const token = typeof value === 'string' ? value.trim().replace(SCHEME, '') : '';
  return `Bearer ${isBearerToken(token) ? token.slice(0, Math.min(4, token.length >> 2)) : ''}****`;
}
