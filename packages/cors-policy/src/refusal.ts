import type { AuthorizationKind } from './types.ts';

const CARRIES: Readonly<Record<AuthorizationKind, string>> = {
  none: 'no credentials',
  bearer: 'an OAuth access token',
  'api-token': 'an API token',
  password: 'a password',
  other: 'an unknown scheme or malformed credentials',
};

/** Zendesk's retirement of its Basic credentials (developer.zendesk.com, oauth-migration; support 8843683464346). */
const ZENDESK_TIMELINE =
  ' (Zendesk: passwords off since 2025-12-31; since 2026-07-28 an API token unused for 30 days' +
  ' is deactivated; no new API tokens since 2026-10-27; all stop on 2027-04-30)';

/**
 * Plain English for a refused `Authorization` kind: what it carries, that it is not allowed
 * cross-origin, with `suggestBearer` to use an OAuth access token, and for Zendesk's Basic
 * credentials (API tokens, passwords) their retirement dates. Never the credentials.
 *
 * @example
 * ```ts
 * refusal('other', true);
 * // => 'Authorization carries an unknown scheme or malformed credentials, not allowed cross-origin; use an OAuth access token (Bearer) instead'
 * refusal('password', false).endsWith('all stop on 2027-04-30)');
 * // => true
 * ```
 */
export function refusal(kind: AuthorizationKind, suggestBearer: boolean): string {
  return `Authorization carries ${CARRIES[kind]}, not allowed cross-origin${
    suggestBearer ? '; use an OAuth access token (Bearer) instead' : ''
  }${kind === 'api-token' || kind === 'password' ? ZENDESK_TIMELINE : ''}`;
}
