// A Zendesk-style API client built from the packages: GET /me with any Authorization, the
// OAuth token endpoint, and GET /me with OAuth, refreshing an expired access token once.
import { bearerHeader, parseBearerChallenge } from '@auth/bearer';

/**
 * @param {object} options
 * @param {URL} options.api the API, an https URL (`assertHttpsUrl` makes it)
 * @param {string} [options.clientId] this app's OAuth client credentials, sent with every grant
 * @param {string} [options.clientSecret]
 * @param {(authorization: string) => void} [options.checkAuthorization] runs before every call
 *   with an Authorization, and throws to stop it (in a browser: `assertCorsAllowedAuth`)
 * @param {RequestInit} [options.fetchInit] added to every request (Bun: `{ tls: { ca } }`)
 */
export function createApiClient({ api, clientId, clientSecret, checkAuthorization, fetchInit }) {
  /** GET /api/v2/users/me.json with the given Authorization header. */
  function getMe(authorization) {
    checkAuthorization?.(authorization);
    return fetch(new URL('/api/v2/users/me.json', api), {
      ...fetchInit,
      headers: { authorization },
      signal: AbortSignal.timeout(10_000),
    });
  }

  /** POST /oauth/tokens: the grant, with this app's client credentials. Throws the OAuth error. */
  async function requestTokens(grant) {
    const response = await fetch(new URL('/oauth/tokens', api), {
      ...fetchInit,
      method: 'POST',
      body: new URLSearchParams({ client_id: clientId, client_secret: clientSecret, ...grant }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = await response.json();
    if (!response.ok) throw new Error(`${response.status} ${body.error}: ${body.error_description}`);
    return body; // { access_token, refresh_token, expires_in, ... }
  }

  /**
   * GET /me with OAuth: when the API answers 401 `invalid_token` (the access token expired),
   * trade the refresh token for new tokens (it rotates: the old one is now spent) and retry once.
   */
  async function getMeWithOAuth(session) {
    const response = await getMe(bearerHeader(session.access_token));
    if (response.status !== 401) return { response };
    const challenge = parseBearerChallenge(response.headers.get('www-authenticate') ?? '');
    if (challenge.error !== 'invalid_token') return { response, challenge };
    Object.assign(
      session,
      await requestTokens({ grant_type: 'refresh_token', refresh_token: session.refresh_token }),
    );
    return { response: await getMe(bearerHeader(session.access_token)), challenge };
  }

  return { getMe, requestTokens, getMeWithOAuth };
}
