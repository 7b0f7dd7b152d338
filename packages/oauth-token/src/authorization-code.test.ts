import { describe, expect, it } from 'vitest';
import { expectRejects } from '../../../config/expect-error.ts';
import {
  AUTHORIZATION_ENDPOINT,
  CODE_LIFETIME_MS,
  fakeAuthorization,
  PUBLIC_CLIENT,
  REDIRECT_URI,
} from '../test/fake-authorization.ts';
import { fakeClock, TOKEN_ENDPOINT } from '../test/fake-zendesk.ts';
import { createAuthorizationRequest } from './authorization.ts';
import { exchangeAuthorizationCode } from './authorization-code.ts';
import { OAuthTokenError } from './errors.ts';
import { createTokenSource } from './source.ts';

const ACCESS = 'gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo';
const REFRESH = '31048ba2b5c5d9b1fa2b3b4f5c3d1e2f';
const FORGED = 'Zm9yZ2VkLXN0YXRlLW9mLWFub3RoZXItc2lnbi1pbiE';

/** A sign-in against the fake: the request, every request the exchange sent, and an `exchange` with overrides. */
async function signIn() {
  const clock = fakeClock();
  const sent: Request[] = [];
  const tokens = async () =>
    Response.json({ access_token: ACCESS, token_type: 'bearer', expires_in: 1800, refresh_token: REFRESH });
  const server = fakeAuthorization(async () => new Response(null, { status: 404 }), tokens, clock.now);
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    sent.push(new Request(input, init));
    return server.fetch(input, init);
  };
  const request = await createAuthorizationRequest({
    authorizationEndpoint: AUTHORIZATION_ENDPOINT,
    clientId: PUBLIC_CLIENT,
    redirectUri: REDIRECT_URI,
  });
  const exchange = (callbackUrl: string, more: Record<string, unknown> = {}) =>
    exchangeAuthorizationCode({
      tokenEndpoint: TOKEN_ENDPOINT,
      clientId: PUBLIC_CLIENT,
      redirectUri: REDIRECT_URI,
      callbackUrl,
      state: request.state,
      codeVerifier: request.codeVerifier,
      fetch,
      now: clock.now,
      ...more,
    });
  return { clock, sent, server, request, exchange };
}

/** The callback URL with `query` (the state of the sign-in unless given). */
const callback = (query: string) => `${REDIRECT_URI}?${query}`;

describe('exchangeAuthorizationCode', () => {
  it('posts the code with its verifier and redirect_uri, as a public client, and returns the set', async () => {
    const { clock, server, request, exchange } = await signIn();
    const set = await exchange(await server.authorize(request.url));
    expect({ ...set }).toEqual({
      accessToken: ACCESS,
      tokenType: 'bearer',
      expiresAt: clock.now() + 1_800_000,
      issuedAt: clock.now(),
      refreshToken: REFRESH,
    });
    const [sent] = server.exchanges;
    expect(sent?.params).toEqual({
      grant_type: 'authorization_code',
      code: expect.stringMatching(/^[\da-f]{32}$/),
      redirect_uri: REDIRECT_URI,
      code_verifier: request.codeVerifier,
      client_id: PUBLIC_CLIENT,
    });
    expect([sent?.contentType, sent?.authorization]).toEqual(['application/x-www-form-urlencoded', null]);
  });

  it('gives a set that createTokenSource takes as its tokens', async () => {
    const { clock, server, request, exchange } = await signIn();
    const tokens = await exchange(await server.authorize(request.url));
    const source = createTokenSource({
      now: clock.now,
      tokenEndpoint: TOKEN_ENDPOINT,
      grant: { type: 'refresh_token', clientId: PUBLIC_CLIENT },
      tokens,
      fetch: async () => new Response(null, { status: 500 }),
    });
    expect(await source.token()).toBe(ACCESS);
  });

  it('a confidential client: JSON, the secret in the body or in HTTP Basic', async () => {
    const { server, request, exchange } = await signIn();
    await exchange(await server.authorize(request.url), {
      clientSecret: 'server-secret-9f8e7d',
      format: 'json',
    });
    expect(server.exchanges[0]?.contentType).toBe('application/json');
    expect(server.exchanges[0]?.params.client_secret).toBe('server-secret-9f8e7d');
    const second = await signIn();
    await second.exchange(await second.server.authorize(second.request.url), {
      clientSecret: 'server-secret-9f8e7d',
      clientAuth: 'basic',
    });
    expect(second.server.exchanges[0]?.authorization).toBe(
      `Basic ${btoa(`${PUBLIC_CLIENT}:server-secret-9f8e7d`)}`,
    );
    expect(second.server.exchanges[0]?.params.client_secret).toBeUndefined();
  });

  it('a code used twice is INVALID_GRANT from the server, and the message shows neither code nor verifier', async () => {
    const { server, request, exchange } = await signIn();
    const back = await server.authorize(request.url);
    await exchange(back);
    const code = new URL(back).searchParams.get('code') as string;
    await expectRejects(exchange(back), OAuthTokenError, 'INVALID_GRANT', {
      words: ['token endpoint answered 400 invalid_grant'],
      secrets: [code, request.codeVerifier],
    });
  });

  it(`a code older than ${CODE_LIFETIME_MS / 1000} s is INVALID_GRANT`, async () => {
    const { clock, server, request, exchange } = await signIn();
    const back = await server.authorize(request.url);
    clock.advance(CODE_LIFETIME_MS + 1);
    await expectRejects(exchange(back), OAuthTokenError, 'INVALID_GRANT');
  });

  it('another verifier is INVALID_GRANT: the code alone is worth nothing', async () => {
    const { server, request, exchange } = await signIn();
    const other = await createAuthorizationRequest({
      authorizationEndpoint: AUTHORIZATION_ENDPOINT,
      clientId: PUBLIC_CLIENT,
      redirectUri: REDIRECT_URI,
    });
    await expectRejects(
      exchange(await server.authorize(request.url), { codeVerifier: other.codeVerifier }),
      OAuthTokenError,
      'INVALID_GRANT',
      { secrets: [other.codeVerifier] },
    );
  });

  it('sends the request once: a code is single use, so a 5xx is not retried', async () => {
    const { server, request, exchange, sent } = await signIn();
    const back = await server.authorize(request.url);
    const failing = async () => new Response('busy', { status: 503, headers: { 'retry-after': '0' } });
    await expectRejects(exchange(back, { fetch: failing }), OAuthTokenError, 'HTTP_ERROR');
    const counted: unknown[] = [];
    await exchange(back, {
      fetch: async () => {
        counted.push(1);
        return new Response('busy', { status: 503 });
      },
    }).catch(() => {});
    expect([counted.length, sent.length]).toEqual([1, 0]);
  });
});

describe('the callback, read before any request', () => {
  it.each([
    [
      'a state that is not this sign-in’s',
      `code=abc&state=${FORGED}`,
      'STATE_MISMATCH',
      "callback state is not this sign-in's; sign in again",
    ],
    ['no state', 'code=abc', 'INVALID_STATE', 'callback has no valid state; sign in again'],
    [
      'a state of another shape',
      'code=abc&state=xyz',
      'INVALID_STATE',
      'callback has no valid state; sign in again',
    ],
    [
      'a state one character short',
      `code=abc&state=${FORGED.slice(1)}`,
      'INVALID_STATE',
      'callback has no valid state; sign in again',
    ],
    [
      'two codes',
      'code=abc&code=def&state=STATE',
      'DUPLICATE_PARAMETER',
      'callback has code twice; sign in again',
    ],
    [
      'two states',
      'code=abc&state=STATE&state=STATE',
      'DUPLICATE_PARAMETER',
      'callback has state twice; sign in again',
    ],
    [
      'two errors',
      'error=access_denied&error=x&state=STATE',
      'DUPLICATE_PARAMETER',
      'callback has error twice; sign in again',
    ],
    ['no code', 'state=STATE', 'MISSING_CODE', 'callback has no code; sign in again'],
    ['an empty code', 'code=&state=STATE', 'MISSING_CODE', 'callback has no code; sign in again'],
    [
      'access_denied',
      'error=access_denied&state=STATE',
      'AUTHORIZATION_DENIED',
      'the user denied access; sign in again to go on',
    ],
    [
      'access_denied with a description and a page',
      'error=access_denied&error_description=The+user+said+no&error_uri=https%3A%2F%2Fidp.example%2Fdenied&state=STATE',
      'AUTHORIZATION_DENIED',
      'the user denied access: "The user said no" (https://idp.example/denied); sign in again to go on',
    ],
    [
      'invalid_scope, its description sanitised, a page that is not https: left out',
      'error=invalid_scope&error_description=Unknown+scope%0D%0AX-Injected%3A+1&error_uri=javascript%3Aalert(1)&state=STATE',
      'AUTHORIZATION_ERROR',
      'authorization server answered invalid_scope: "Unknown scope X-Injected: 1"; check the request',
    ],
    [
      'an error with a code beside it',
      'error=server_error&code=abc&state=STATE',
      'AUTHORIZATION_ERROR',
      'authorization server answered server_error; check the request',
    ],
  ])('%s: its own code, no request sent', async (_, query, code, message) => {
    const { request, exchange, sent } = await signIn();
    const error = await expectRejects(
      exchange(callback(query.replaceAll('STATE', request.state))),
      OAuthTokenError,
      code as never,
      { secrets: [request.codeVerifier, request.state, 'abc'] },
    );
    expect(error.message).toBe(`[@auth/oauth-token] ${message}`);
    expect(sent).toEqual([]);
    if (code.startsWith('AUTHORIZATION_'))
      expect(error.oauthError).toBe(new URLSearchParams(query).get('error'));
  });

  it('an error whose description and page echo the code, the verifier or the client secret: masked', async () => {
    const { request, exchange, sent } = await signIn();
    const secret = 'confidential-secret-5e4d3c2b1a';
    const echo = encodeURIComponent(`code abc, verifier ${request.codeVerifier}, secret ${secret}`);
    const error = await expectRejects(
      exchange(
        callback(
          `error=server_error&error_description=${echo}&error_uri=https%3A%2F%2Fidp.example%2F${secret}&code=abc&state=${request.state}`,
        ),
        { clientSecret: secret },
      ),
      OAuthTokenError,
      'AUTHORIZATION_ERROR',
      { secrets: [secret, request.codeVerifier, 'abc'] },
    );
    expect(error.message).toBe(
      '[@auth/oauth-token] authorization server answered server_error: "code ****, verifier ****, secret ****" (https://idp.example/****); check the request',
    );
    expect(sent).toEqual([]);
  });

  it('the state comparison finds a difference in the first or the last character alike', async () => {
    const { request, exchange } = await signIn();
    const flip = (c: string) => (c === 'A' ? 'B' : 'A');
    const { state } = request;
    for (const forged of [
      flip(state[0] as string) + state.slice(1),
      state.slice(0, -1) + flip(state.at(-1) as string),
    ]) {
      await expectRejects(exchange(callback(`code=abc&state=${forged}`)), OAuthTokenError, 'STATE_MISMATCH');
    }
  });

  it.each([
    [{ state: undefined }, 'options.state must be the state createAuthorizationRequest returned'],
    [{ state: 'xyz' }, 'options.state must be the state createAuthorizationRequest returned'],
    [{ codeVerifier: undefined }, 'options.codeVerifier must be an RFC 7636 code verifier'],
    [{ codeVerifier: 'short' }, 'options.codeVerifier must be an RFC 7636 code verifier'],
    [{ callbackUrl: '/callback?code=abc' }, 'options.callbackUrl must be the URL the user came back to'],
    [
      { redirectUri: 'http://app.example/callback' },
      'options.redirectUri must be https:, or http://127.0.0.1 on this machine',
    ],
    [{ clientId: undefined }, 'options.clientId is missing; pass the client id'],
    [{ clientSecret: '' }, 'options.clientSecret is empty; pass the client secret'],
    [{ tokenEndpoint: 'http://acme.zendesk.com/oauth/tokens' }, 'options.tokenEndpoint uses http:'],
    [{ format: 'xml' }, "options.format must be 'form' or 'json'"],
    [
      { clientSecret: 'x'.repeat(70_000), clientAuth: 'basic' },
      "options.clientAuth: the client id and secret are too long for 'basic'; use 'body'",
    ],
  ])('refuses %j: INVALID_OPTION, before any request', async (change, words) => {
    const { server, request, exchange, sent } = await signIn();
    const back = await server.authorize(request.url);
    await expectRejects(
      exchange((change as { callbackUrl?: string }).callbackUrl ?? back, change),
      OAuthTokenError,
      'INVALID_OPTION',
      {
        words: [words],
        secrets: [request.codeVerifier],
      },
    );
    expect(sent).toEqual([]);
  });

  it('refuses no options at all', async () => {
    await expectRejects(exchangeAuthorizationCode(undefined as never), OAuthTokenError, 'INVALID_OPTION', {
      words: ['options.clientId is missing'],
    });
  });
});
