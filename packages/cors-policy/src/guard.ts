import { classifyAuthorization } from './classify.ts';
import { fail } from './errors.ts';

/** What a refused `Authorization` value carries, in words (never the credentials). */
const CARRIES = {
  'api-token': 'an API token',
  password: 'a password',
  other: 'an unknown scheme or malformed credentials',
} as const;

/** Zendesk's retirement of its Basic credentials (developer.zendesk.com, oauth-migration; support 8843683464346). */
const ZENDESK_TIMELINE =
  ' (Zendesk: passwords off since 2025-12-31; since 2026-07-28 an API token unused for 30 days' +
  ' is deactivated; no new API tokens since 2026-10-27; all stop on 2027-04-30)';

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
  if (kind === 'none' || kind === 'bearer') return kind;
  // What it carries and the fix; for Zendesk's Basic credentials, their retirement dates too.
  return fail(
    'AUTH_NOT_ALLOWED',
    `Authorization carries ${CARRIES[kind]}, not allowed cross-origin; use an OAuth access token (Bearer) instead${
      kind === 'other' ? '' : ZENDESK_TIMELINE
    }`,
  );
}
