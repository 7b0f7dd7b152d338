import { classifyAuthorization } from './classify.ts';
import { fail } from './errors.ts';
import { refusal } from './refusal.ts';

/**
 * Whether a browser may send this `Authorization` value cross-origin: `true` for no
 * credentials and for an OAuth access token (`Bearer`), `false` for API tokens, passwords
 * and anything else. It never throws.
 *
 * @example
 * ```ts
 * isCorsAllowedAuth('Bearer gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo'); // => true
 * isCorsAllowedAuth(`Basic ${btoa('jdoe@example.com/token:6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv')}`); // => false
 * ```
 */
export function isCorsAllowedAuth(value: string | null | undefined): boolean {
  const kind = classifyAuthorization(value);
  return kind === 'none' || kind === 'bearer';
}

/**
 * Fails fast, before the browser emits an opaque CORS error: returns the kind when the
 * value may be sent cross-origin (`'none'` or `'bearer'`), otherwise throws a
 * `CorsPolicyError` `AUTH_NOT_ALLOWED` whose message says to use an OAuth access token.
 *
 * @example
 * ```ts
 * assertCorsAllowedAuth('Bearer gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo'); // => 'bearer'
 * assertCorsAllowedAuth(`Basic ${btoa('jdoe@example.com/token:6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv')}`); // throws AUTH_NOT_ALLOWED
 * ```
 *
 * @example
 * ```ts
 * const authorization = `Bearer ${accessToken}`;
 * assertCorsAllowedAuth(authorization);
 * await fetch('https://example.zendesk.com/api/v2/users/me.json', { headers: { authorization } });
 * ```
 */
export function assertCorsAllowedAuth(value: string | null | undefined): 'none' | 'bearer' {
  const kind = classifyAuthorization(value);
  return kind === 'none' || kind === 'bearer' ? kind : fail('AUTH_NOT_ALLOWED', refusal(kind, true));
}
