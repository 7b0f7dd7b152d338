import type { AuthorizationKind } from './types.ts';

const CARRIES: Readonly<Record<AuthorizationKind, string>> = {
  none: 'no credentials',
  bearer: 'an OAuth access token',
  'api-token': 'an API token',
  password: 'a password',
  other: 'an unknown scheme or malformed credentials',
};

/**
 * Plain English for a refused `Authorization` kind: what it carries, that it is not allowed
 * cross-origin, and (with `suggestBearer`) to use an OAuth access token. Never the credentials.
 *
 * @example
 * ```ts
 * refusal('password', true);
 * // => 'Authorization carries a password, not allowed cross-origin; use an OAuth access token (Bearer) instead'
 * ```
 */
export function refusal(kind: AuthorizationKind, suggestBearer: boolean): string {
  return `Authorization carries ${CARRIES[kind]}, not allowed cross-origin${
    suggestBearer ? '; use an OAuth access token (Bearer) instead' : ''
  }${kind === 'api-token' ? ' (API tokens stop working on 2027-04-30)' : ''}`;
}
