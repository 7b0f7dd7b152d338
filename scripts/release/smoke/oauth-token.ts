// @auth/oauth-token as a user installs it, with its siblings from their own tarballs: a
// client_credentials source against a fake token endpoint (the `fetch` option), one token
// request for two callers, the Bearer header, and a token endpoint's OAuth error.
import { createTokenSource, OAuthTokenError, redactTokenSet } from '@auth/oauth-token';
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
};
