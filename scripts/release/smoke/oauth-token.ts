// @auth/oauth-token as a user installs it, with its siblings from their own tarballs: a
// client_credentials source against a fake token endpoint (the `fetch` option), one token
// request for two callers, the Bearer header, and a token endpoint's OAuth error; a sign-in's
// request (S256 of its verifier, RFC 7636 appendix B) and a forged callback refused unsent;
// the Redis subpath's store, which shares the package's error class.
import {
  codeChallenge,
  createAuthorizationRequest,
  createTokenSource,
  exchangeAuthorizationCode,
  OAuthTokenError,
  redactTokenSet,
} from '@auth/oauth-token';
import { redisTokenStore } from '@auth/oauth-token/redis';
import { type Checks, equal } from './assert.js';

const SECRET = 'client-secret-never-shown';

/** A token endpoint that issues `token-1`, `token-2`... and counts the requests it got. */
function fakeEndpoint() {
  const seen = { requests: 0 };
  const fetch = async (_input: RequestInfo | URL, init?: RequestInit) => {
    seen.requests++;
    const body = new URLSearchParams(String(init?.body));
    if (body.get('client_secret') !== SECRET) {
      return Response.json({ error: 'invalid_client', error_description: 'Unknown client' }, { status: 401 });
    }
    return Response.json({ access_token: `token-${seen.requests}`, token_type: 'Bearer', expires_in: 1800 });
  };
  return { seen, fetch };
}

const options = (clientSecret: string, fetch: typeof globalThis.fetch) => ({
  tokenEndpoint: 'https://acme.zendesk.com/oauth/tokens',
  grant: { type: 'client_credentials' as const, clientId: 'app', clientSecret },
  fetch,
});

export const checks: Checks = {
  'two callers share one token request; the header is a Bearer header': async () => {
    const { seen, fetch } = fakeEndpoint();
    const source = createTokenSource(options(SECRET, fetch));
    const tokens = await Promise.all([source.token(), source.authorization()]);
    equal([tokens, seen.requests], [['token-1', 'Bearer token-1'], 1]);
  },
  'a token endpoint error is an OAuthTokenError with its code, and no secret': async () => {
    const { fetch } = fakeEndpoint();
    const source = createTokenSource(options('wrong-secret', fetch));
    const error = await source.token().then(
      () => undefined,
      (reason: unknown) => reason,
    );
    if (!(error instanceof OAuthTokenError))
      throw new Error(`expected an OAuthTokenError, got ${String(error)}`);
    equal([error.code, error.status, String(error).includes('wrong-secret')], ['INVALID_CLIENT', 401, false]);
  },
  'the Redis store (a subpath) throws the same OAuthTokenError class, and takes a client by shape':
    async () => {
      let error: unknown;
      try {
        redisTokenStore({ client: {}, key: 'oauth:acme' });
      } catch (reason) {
        error = reason;
      }
      if (!(error instanceof OAuthTokenError))
        throw new Error(`expected an OAuthTokenError, got ${String(error)}`);
      const sent: string[][] = [];
      const ioredisShaped = {
        status: 'ready',
        call: async (...args: string[]) => {
          sent.push(args);
          return null;
        },
      };
      const loaded = await redisTokenStore({ client: ioredisShaped, key: 'oauth:acme' }).load();
      equal([error.code, loaded, sent], ['INVALID_OPTION', undefined, [['GET', 'oauth:acme']]]);
    },
  'redactTokenSet shows at most four characters of a token': () =>
    equal(
      redactTokenSet({ accessToken: 'gErypPlm4dOVgGRvA1Zz', tokenType: 'bearer', expiresAt: null })
        .accessToken,
      'gEry****',
    ),
  'a sign-in: S256 of the verifier in the URL; a forged state refused before any request': async () => {
    equal(
      await codeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk'),
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
    const redirectUri = 'http://127.0.0.1:8765/callback';
    const { url, state, codeVerifier } = await createAuthorizationRequest({
      authorizationEndpoint: 'https://acme.zendesk.com/oauth/authorizations/new',
      clientId: 'app',
      redirectUri,
    });
    equal(url.searchParams.get('code_challenge'), await codeChallenge(codeVerifier));
    let sent = 0;
    const forged = `${redirectUri}?code=x&state=${'A'.repeat(43)}`;
    const error = await exchangeAuthorizationCode({
      tokenEndpoint: 'https://acme.zendesk.com/oauth/tokens',
      clientId: 'app',
      redirectUri,
      callbackUrl: forged,
      state,
      codeVerifier,
      fetch: async () => {
        sent++;
        return new Response(null, { status: 500 });
      },
    }).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    if (!(error instanceof OAuthTokenError))
      throw new Error(`expected an OAuthTokenError, got ${String(error)}`);
    equal([error.code, sent], ['STATE_MISMATCH', 0]);
  },
};
