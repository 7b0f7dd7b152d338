import { callbackCode, STATE } from './authorization-callback.ts';
import { misuse } from './check.ts';
import { checkCodeVerifier } from './pkce.ts';
import { checkRedirectUri } from './redirect-uri.ts';
import { checkTokenClient } from './token-client.ts';
import { requestToken } from './token-request.ts';
import type { TokenSet } from './types.ts';

/** The options of {@link exchangeAuthorizationCode}. Unknown ones are ignored, so that `zendesk()` spreads in. */
export interface AuthorizationCodeExchangeOptions {
  /** The token endpoint, `https:` only. */
  tokenEndpoint: string | URL;
  clientId: string;
  /** Only for a confidential client (a server); a single-page app or a CLI has none. */
  clientSecret?: string;
  /** The same `redirectUri` as in `createAuthorizationRequest`. */
  redirectUri: string | URL;
  /** The URL the user came back to (`location.href`, or the callback request's URL). */
  callbackUrl: string | URL;
  /** The `state` that `createAuthorizationRequest` returned. */
  state: string;
  /** The `codeVerifier` that `createAuthorizationRequest` returned. */
  codeVerifier: string;
  /** The request's body: `'form'` (RFC 6749, the default) or `'json'` (what Zendesk documents). */
  format?: 'form' | 'json';
  /** `'body'` (the default) or `'basic'` (RFC 6749 2.3.1), for a client with a secret. */
  clientAuth?: 'body' | 'basic';
  /** For the token request, in ms. Default 10,000. */
  timeoutMs?: number;
  /** Default: the global `fetch`. */
  fetch?: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  /** The clock, in epoch ms, from which expiry counts. Default `Date.now`. */
  now?: () => number;
}

/**
 * Finishes a sign-in: reads `callbackUrl` (the URL the user came back to), whose `state` must
 * equal `state` (else `STATE_MISMATCH`, and no request is sent), turns an `error` there into
 * `AUTHORIZATION_DENIED` (`access_denied`) or `AUTHORIZATION_ERROR`, then posts the code with
 * its `code_verifier` to the token endpoint (RFC 6749 4.1.3, RFC 7636 4.5) through the one
 * module that talks to token endpoints, once: a code is single use, so the request is never
 * retried. Resolves to the {@link TokenSet}, ready for `createTokenSource({ tokens })`.
 *
 * @throws {OAuthTokenError} `INVALID_OPTION` (the calling code is wrong); from the callback
 * `DUPLICATE_PARAMETER`, `INVALID_STATE`, `STATE_MISMATCH`, `AUTHORIZATION_DENIED`,
 * `AUTHORIZATION_ERROR`, `MISSING_CODE`; from the token endpoint `INVALID_GRANT` (a code used
 * twice, expired, or a wrong verifier) and the other token endpoint codes.
 *
 * @example
 * ```ts
 * const state = 'Zm9yZ2VkLXN0YXRlLW9mLWFub3RoZXItc2lnbi1pbiE';
 * const failed = await exchangeAuthorizationCode({
 *   ...zendesk('acme'),
 *   clientId: 'demo_public',
 *   redirectUri: 'https://app.example/callback',
 *   callbackUrl: 'https://app.example/callback?error=access_denied&state=' + state,
 *   state,
 *   codeVerifier: 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk',
 * }).catch((error) => [error.code, error.oauthError]);
 * failed; // => ['AUTHORIZATION_DENIED', 'access_denied']
 * ```
 */
export async function exchangeAuthorizationCode(
  options: AuthorizationCodeExchangeOptions,
): Promise<TokenSet> {
  const given = Object(options) as AuthorizationCodeExchangeOptions;
  const client = checkTokenClient(given, given, 'options.', false);
  const redirectUri = checkRedirectUri(given.redirectUri);
  // Every way a state can be wrong has one fix: pass the one the sign-in returned.
  const { state } = given;
  if (typeof state !== 'string' || !STATE.test(state))
    misuse('options.state must be the state createAuthorizationRequest returned');
  const codeVerifier = checkCodeVerifier(given.codeVerifier, 'options.codeVerifier');
  let callback: URL;
  try {
    callback = new URL(given.callbackUrl);
  } catch {
    return misuse('options.callbackUrl must be the URL the user came back to');
  }
  const code = callbackCode(callback, state, [client.clientSecret, codeVerifier]);
  return requestToken(client, {
    grant_type: 'authorization_code',
    code,
    redirect_uri: redirectUri,
    code_verifier: codeVerifier,
  });
}
