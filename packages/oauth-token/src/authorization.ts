import { checkObject, checkText, misuse } from './check.ts';
import { checkHttpsUrl } from './https-url.ts';
import { codeChallenge, randomBase64url } from './pkce.ts';
import { checkRedirectUri } from './redirect-uri.ts';

/** The options of {@link createAuthorizationRequest}. Unknown ones are ignored, so that `zendesk()` spreads in. */
export interface AuthorizationRequestOptions {
  /** The authorization endpoint, `https:` only (`zendesk('acme')` gives Zendesk's). */
  authorizationEndpoint: string | URL;
  clientId: string;
  /** Registered with the OAuth client: `https:`, or `http://127.0.0.1:<port>` for a CLI (RFC 8252 7.3). */
  redirectUri: string | URL;
  /** Space-separated scopes to ask for (Zendesk: `read`, `write`, `tickets:read`...). */
  scope?: string;
  /** More query parameters (`prompt`, `login_hint`...); never one this function sets. */
  params?: Record<string, string>;
}

/** What {@link createAuthorizationRequest} resolves to. */
export interface AuthorizationRequest {
  /** Where to send the user. */
  url: URL;
  /** Keep it until the user comes back; `exchangeAuthorizationCode` compares it with the callback's. */
  state: string;
  /** Keep it until the user comes back, and show it to no one: it turns the code into tokens. */
  codeVerifier: string;
}

/** The parameters this function sets, which `params` may not: each one is a rule. */
const OWN = [
  'response_type',
  'client_id',
  'redirect_uri',
  'scope',
  'state',
  'code_challenge',
  'code_challenge_method',
];

/**
 * Starts a sign-in with the authorization code grant and PKCE (RFC 6749 4.1, RFC 7636, `S256`
 * only): a fresh `codeVerifier` (32 random bytes from `crypto.getRandomValues`, base64url),
 * its `S256` challenge (`crypto.subtle`) and a fresh random `state`, all in the `url` to send
 * the user to. Keep `state` and `codeVerifier` (a single-page app: `sessionStorage`, which
 * survives the redirect; a server: the user's session) for `exchangeAuthorizationCode`.
 *
 * @throws {OAuthTokenError} `INVALID_OPTION` when an option is missing or wrong: an endpoint
 * that is not `https:`, a `redirectUri` that is neither `https:` nor loopback, `params` that
 * would replace one of the parameters above.
 *
 * @example
 * ```ts
 * const { url, state, codeVerifier } = await createAuthorizationRequest({
 *   ...zendesk('acme'),
 *   clientId: 'demo_public',
 *   redirectUri: 'https://app.example/callback',
 *   scope: 'read',
 * });
 * url.origin + url.pathname; // => 'https://acme.zendesk.com/oauth/authorizations/new'
 * [...url.searchParams.keys()]; // => ['response_type', 'client_id', 'redirect_uri', 'scope', 'state', 'code_challenge', 'code_challenge_method']
 * url.searchParams.get('code_challenge') === (await codeChallenge(codeVerifier)); // => true
 * [state.length, codeVerifier.length]; // => [43, 43]
 * ```
 */
export async function createAuthorizationRequest(
  options: AuthorizationRequestOptions,
): Promise<AuthorizationRequest> {
  const { authorizationEndpoint, clientId, redirectUri, scope, params = {} } = Object(options);
  // assertHttpsUrl makes a new URL: one the caller passed stays as it was.
  const url = checkHttpsUrl(authorizationEndpoint, 'options.authorizationEndpoint');
  checkObject(params, 'options.params', 'an object of query parameters');
  const query: Record<string, string> = {
    response_type: 'code',
    client_id: checkText(clientId, 'options.clientId', 'the client id'),
    redirect_uri: checkRedirectUri(redirectUri),
    ...(scope !== undefined && { scope: checkText(scope, 'options.scope', 'space-separated scopes') }),
  };
  const state = randomBase64url();
  const codeVerifier = randomBase64url();
  Object.assign(query, {
    state,
    code_challenge: await codeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  });
  for (const [name, value] of Object.entries(params)) {
    if (OWN.includes(name)) misuse(`options.params.${name} is set by this function; remove it`);
    query[name] = checkText(value, `options.params.${name}`, 'a string');
  }
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return { url, state, codeVerifier };
}
