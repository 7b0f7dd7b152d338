// A Zendesk-style API client built from the packages: GET /me with any Authorization, the OAuth
// token endpoint for a first set of tokens, and OAuth token sources (@auth/oauth-token) that
// keep the access token valid for every caller: refreshed ahead of expiry, one token request
// however many calls are waiting, a 401 answered with one refresh and one retry.
import { createTokenSource } from '@auth/oauth-token';

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
  const me = new URL('/api/v2/users/me.json', api);
  const tokenEndpoint = new URL('/oauth/tokens', api);
  /** `fetch` with `fetchInit` and a timeout, for every request of this client. */
  const send = (input, init) => fetch(input, { signal: AbortSignal.timeout(10_000), ...fetchInit, ...init });

  /** GET /api/v2/users/me.json with the given Authorization header. */
  function getMe(authorization) {
    checkAuthorization?.(authorization);
    return send(me, { headers: { authorization } });
  }

  /**
   * POST /oauth/tokens: the grant, with this app's client credentials. Throws the OAuth error.
   * Only for a first set of tokens (as a sign-in gives): a token source does every refresh.
   */
  async function requestTokens(grant) {
    const response = await send(tokenEndpoint, {
      method: 'POST',
      body: new URLSearchParams({ client_id: clientId, client_secret: clientSecret, ...grant }),
    });
    const body = await response.json();
    if (!response.ok) throw new Error(`${response.status} ${body.error}: ${body.error_description}`);
    return body; // { access_token, refresh_token, expires_in, ... }
  }

  /**
   * A token source for this API (see @auth/oauth-token): `grant` defaults to the app's
   * client_credentials; pass `{ type: 'refresh_token' }` and `tokens` (a first set) to spend
   * refresh tokens. `onRequest(url, response)` sees every request it sends (the demo counts them).
   */
  function tokenSource({ grant = { type: 'client_credentials' }, onRequest, ...options } = {}) {
    return createTokenSource({
      tokenEndpoint,
      grant: { clientId, clientSecret, ...grant },
      fetch: async (input, init) => {
        const url = input instanceof Request ? input.url : String(input);
        const response = await send(input, init);
        onRequest?.(url, response);
        return response;
      },
      ...options,
    });
  }

  /** GET /me through a token source: the Bearer token it holds, refreshed when needed. */
  async function getMeWithOAuth(source) {
    checkAuthorization?.(await source.authorization());
    return source.fetch(me);
  }

  return { me, getMe, requestTokens, tokenSource, getMeWithOAuth };
}
