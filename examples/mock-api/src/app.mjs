// The API itself, as a Web-standard fetch handler (Request in, Response out), so the same
// code could run in Deno.serve, Bun.serve or a Worker. Zendesk's endpoints and rules:
//   GET    /api/v2/users/me.json               API token (Basic {email}/token:{token}) or OAuth access token (Bearer)
//   DELETE /api/v2/oauth/tokens/current.json   revokes the OAuth access token sent (204)
//   POST   /oauth/tokens                       client_credentials, refresh_token and authorization_code grants (RFC 6749)
//   GET    /oauth/authorizations/new           the sign-in's consent page (authorizations.mjs), POST /oauth/authorizations its answer
import { createHash, timingSafeEqual } from 'node:crypto';
import { BasicTokenError, decodeBasic, parseBasicToken } from '@auth/basic-token';
import { BearerError, bearerChallenge, parseBearer } from '@auth/bearer';
import { classifyAuthorization } from '@auth/cors-policy';

/**
 * Compares two secrets in constant time: both are hashed first, so neither their contents
 * nor their lengths show in the timing.
 */
export function sameSecret(presented, expected) {
  const hash = (value) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(hash(presented), hash(expected));
}

const json = (status, body, headers = {}) =>
  Response.json(body, { status, headers: { 'cache-control': 'no-store', ...headers } });

/**
 * @param {{ realm: string, user: { id: number, name: string, email: string, role: string },
 *   apiToken: string, clientId: string, clientSecret: string, publicClientId: string,
 *   tokens: ReturnType<typeof import('./tokens.mjs').createTokenStore>,
 *   authorizations: ReturnType<typeof import('./authorizations.mjs').createAuthorizations> }} config
 *   `clientId` is the confidential client (it has `clientSecret`); `publicClientId` a public
 *   one (a single-page app, a CLI: no secret), which may only sign users in and refresh.
 * @returns {(request: Request) => Promise<Response>}
 */
export function createApi({
  realm,
  user,
  apiToken,
  clientId,
  clientSecret,
  publicClientId,
  tokens,
  authorizations,
}) {
  /**
   * The 401s, and which carry a `WWW-Authenticate` challenge. Zendesk documents its 401 body
   * (`{"error":"Couldn't authenticate you"}`) but not whether a challenge comes with it, so a
   * client must not depend on one. This API answers:
   * - no credentials, or credentials it cannot use: a bare `Bearer realm` challenge (RFC 6750
   *   3.1: it names the scheme to use, with no `error` since no token was presented);
   * - a Bearer token it never issued (forged, truncated): `error="invalid_token"` (RFC 6750 3.1),
   *   so a client can tell a broken token from an expired one;
   * - a Bearer token that expired, or that a refresh or a revocation deleted: no challenge at
   *   all, only the JSON body. That is the 401 a client sees in normal operation, the one it
   *   must answer with a refresh; answering it without a challenge proves clients refresh on
   *   any 401, not only on `invalid_token` (the demo's clients do).
   */
  const unauthorized = (error, description) =>
    json(401, error ? { error, error_description: description } : { error: "Couldn't authenticate you" }, {
      'www-authenticate': bearerChallenge(
        error ? { realm, error, errorDescription: description } : { realm },
      ),
    });
  const ended = () => json(401, { error: "Couldn't authenticate you" });

  /** Who is calling, or the 401 that says why not. */
  function authenticate(authorization) {
    const kind = classifyAuthorization(authorization);
    if (kind === 'api-token') {
      const credentials = parseBasicToken(authorization);
      const tokenMatches = sameSecret(credentials.token, apiToken); // always computed: constant time
      const emailMatches = credentials.email.toLowerCase() === user.email.toLowerCase();
      return tokenMatches && emailMatches ? { via: 'api_token' } : unauthorized();
    }
    if (kind === 'password') {
      // Zendesk turned password access off: a 401 that says so.
      const body = {
        error: "Couldn't authenticate you",
        description: 'Password access is disabled: use OAuth',
      };
      return json(401, body, { 'www-authenticate': bearerChallenge({ realm }) });
    }
    if (kind === 'bearer') {
      const result = tokens.verifyAccess(parseBearer(authorization));
      if (result.ok) return { via: 'oauth_token' };
      return result.reason === 'unknown'
        ? unauthorized('invalid_token', 'The access token is invalid')
        : ended();
    }
    return unauthorized();
  }

  async function me(request) {
    const who = authenticate(request.headers.get('authorization'));
    if (who instanceof Response) return who;
    return json(200, { user: { ...user, authenticated_by: who.via } });
  }

  /**
   * Client authentication (RFC 6749 2.3.1): HTTP Basic, or `client_id` + `client_secret` in
   * the body; the public client sends its `client_id` alone (RFC 6749 2.1), and never a secret.
   */
  function authenticateClient(request, params) {
    const authorization = request.headers.get('authorization');
    const { username: id, password: secret } = authorization
      ? decodeBasic(authorization)
      : { username: String(params.client_id ?? ''), password: params.client_secret };
    if (id === publicClientId && secret === undefined) return id;
    const secretMatches = sameSecret(String(secret ?? ''), clientSecret); // always computed: constant time
    if (secretMatches && id === clientId) return id;
    const challenge = authorization ? { 'www-authenticate': `Basic realm="${realm}"` } : {};
    return json(
      401,
      { error: 'invalid_client', error_description: 'Unknown client or wrong secret' },
      challenge,
    );
  }

  async function token(request) {
    const params = await readParams(request);
    if (!params) {
      return json(400, { error: 'invalid_request', error_description: 'Send a form or JSON body' });
    }
    const client = authenticateClient(request, params);
    if (client instanceof Response) return client;
    if (params.grant_type === 'client_credentials') {
      if (client === publicClientId) {
        return json(400, {
          error: 'unauthorized_client',
          error_description: 'A public client has no client credentials',
        });
      }
      return json(200, tokens.issue(client, undefined, undefined, requestedLifetime(params)));
    }
    if (params.grant_type === 'authorization_code') {
      const { tokens: fresh, error, description } = authorizations.exchange(params, client);
      return fresh ? json(200, fresh) : json(400, { error, error_description: description });
    }
    if (params.grant_type === 'refresh_token') {
      const { tokens: fresh, error, description } = tokens.rotate(String(params.refresh_token ?? ''), client);
      return fresh ? json(200, fresh) : json(400, { error, error_description: description });
    }
    return json(400, {
      error: 'unsupported_grant_type',
      error_description: 'Use client_credentials, refresh_token or authorization_code',
    });
  }

  /** Revokes the access token sent, with its family (tokens.mjs says why); a 401 without one. */
  async function revokeCurrent(request) {
    const authorization = request.headers.get('authorization');
    if (classifyAuthorization(authorization) !== 'bearer') return unauthorized();
    return tokens.revokeAccess(parseBearer(authorization)) ? new Response(null, { status: 204 }) : ended();
  }

  const routes = {
    '/api/v2/users/me.json': { GET: me, HEAD: me },
    '/api/v2/oauth/tokens/current.json': { DELETE: revokeCurrent },
    '/oauth/tokens': { POST: token },
    '/oauth/authorizations/new': { GET: authorizations.authorize },
    '/oauth/authorizations': { POST: authorizations.decide },
  };

  return async function api(request) {
    const route = routes[new URL(request.url).pathname];
    if (!route) return json(404, { error: 'RecordNotFound', description: 'Not found' });
    const handler = route[request.method];
    if (!handler) return json(405, { error: 'MethodNotAllowed' }, { allow: Object.keys(route).join(', ') });
    try {
      return await handler(request);
    } catch (error) {
      // The packages' errors say what is malformed (never the secret): pass that on as a 400.
      if (error instanceof BasicTokenError || error instanceof BearerError) {
        return json(400, { error: 'invalid_request', error_description: error.message, code: error.code });
      }
      throw error;
    }
  };
}

/**
 * The access token's lifetime a token request asks for: Zendesk documents an `expires_in`
 * parameter (seconds; its bounds are 5 minutes to 2 days, which this demo API does not keep,
 * so that its tokens can expire within a demo). `undefined`: the API's default.
 */
function requestedLifetime(params) {
  const seconds = Number(params.expires_in);
  return params.expires_in !== undefined && seconds > 0 && seconds <= 172_800 ? seconds : undefined;
}

/** The body of a token request, as an object of strings; `undefined` when unreadable. */
export async function readParams(request) {
  const type = request.headers.get('content-type')?.split(';')[0].trim().toLowerCase();
  try {
    if (type === 'application/x-www-form-urlencoded') {
      return Object.fromEntries(new URLSearchParams(await request.text()));
    }
    if (type === 'application/json') {
      const body = await request.json();
      return body && typeof body === 'object' && !Array.isArray(body) ? body : undefined;
    }
  } catch {
    return undefined;
  }
  return undefined;
}
