import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectNoSecret, expectRejects } from '../../../config/expect-error.ts';
import { CLIENT, fakeZendesk, TOKEN_ENDPOINT } from '../test/fake-zendesk.ts';
import { OAuthTokenError } from './errors.ts';
import { requestToken, type TokenClient, tokenRequestInit } from './token-request.ts';

afterEach(() => vi.restoreAllMocks());

const client = (overrides: Partial<TokenClient> = {}): TokenClient => ({
  tokenEndpoint: TOKEN_ENDPOINT,
  clientId: CLIENT.clientId,
  clientSecret: CLIENT.clientSecret,
  format: 'form',
  clientAuth: 'body',
  timeoutMs: 1000,
  fetch: fakeZendesk().fetch,
  now: () => 1_000,
  ...overrides,
});
const CC = { grant_type: 'client_credentials' };
const json = (status: number, body: unknown, headers?: Record<string, string>) => async () =>
  Response.json(body, { status, ...(headers && { headers }) });

describe('tokenRequestInit', () => {
  it('posts a form with the client credentials in the body, accepting JSON, never following a redirect', () => {
    const init = tokenRequestInit(client(), { grant_type: 'refresh_token', refresh_token: 'rt' });
    expect(init).toEqual({
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=refresh_token&refresh_token=rt&client_id=demo_app&client_secret=demo-app-secret-0b2f9c4e7a1d',
      redirect: 'manual',
    });
  });

  it('posts JSON, as Zendesk documents', () => {
    const init = tokenRequestInit(client({ format: 'json' }), CC);
    expect(init.headers).toEqual({ accept: 'application/json', 'content-type': 'application/json' });
    expect(JSON.parse(init.body as string)).toEqual({
      grant_type: 'client_credentials',
      client_id: 'demo_app',
      client_secret: 'demo-app-secret-0b2f9c4e7a1d',
    });
  });

  it('authenticates by HTTP Basic over the form-url-encoded id and secret (RFC 6749 2.3.1)', () => {
    const init = tokenRequestInit(
      client({ clientAuth: 'basic', clientId: 'my app:1', clientSecret: 'p@ss w/ré' }),
      CC,
    );
    const { authorization } = init.headers as Record<string, string>;
    expect(authorization).toBe(`Basic ${btoa('my+app%3A1:p%40ss+w%2Fr%C3%A9')}`);
    expect(init.body).toBe('grant_type=client_credentials');
  });

  it('sends a public client (no secret) by its client_id in the body, even with basic', () => {
    const init = tokenRequestInit(client({ clientAuth: 'basic', clientSecret: undefined }), CC);
    expect((init.headers as { authorization?: string }).authorization).toBeUndefined();
    expect(init.body).toBe('grant_type=client_credentials&client_id=demo_app');
  });
});

describe('requestToken', () => {
  it('returns the set, expiry counted from when the request was sent', async () => {
    const zendesk = fakeZendesk();
    let time = 1_000;
    const set = await requestToken(
      client({
        fetch: async (input, init) => {
          time += 700; // the answer takes 700 ms
          return zendesk.fetch(input, init);
        },
        now: () => time,
      }),
      CC,
    );
    expect(set.issuedAt).toBe(1_000);
    expect(set.expiresAt).toBe(1_000 + 1_800_000);
    expect(zendesk.requests[0]?.redirect).toBe('manual');
    expect(zendesk.requests[0]?.headers.get('accept')).toBe('application/json');
  });

  it.each([
    ['invalid_grant', 400, 'INVALID_GRANT', '; sign in again'],
    ['invalid_client', 401, 'INVALID_CLIENT', '; check the client id, secret and clientAuth'],
    ['unauthorized_client', 400, 'UNAUTHORIZED_CLIENT', "; allow this grant in the OAuth client's settings"],
    ['invalid_scope', 400, 'INVALID_SCOPE', '; ask only for scopes the client may have'],
    ['unsupported_grant_type', 400, 'TOKEN_ENDPOINT_ERROR', ''], // the error and its description say it all
  ] as const)(
    'maps the OAuth error %s (RFC 6749 5.2) to its code, with status and oauthError',
    async (error, status, code, fix) => {
      const failed = await expectRejects(
        requestToken(client({ fetch: json(status, { error, error_description: 'Nope.' }) }), CC),
        OAuthTokenError,
        code,
        { secrets: [CLIENT.clientSecret] },
      );
      expect(failed.message).toBe(
        `[@auth/oauth-token] token endpoint answered ${status} ${error}: "Nope."${fix}`,
      );
      expect(failed.status).toBe(status);
      expect(failed.oauthError).toBe(error);
      expect(failed.cause).toBeUndefined();
    },
  );

  it('sanitises error_description and masks the secrets a server echoes', async () => {
    const description = `refresh token rt-secret-1 for demo-app-secret-0b2f9c4e7a1d\r\nSet-Cookie: x ${'y'.repeat(400)}`;
    const failed = await expectRejects(
      requestToken(client({ fetch: json(400, { error: 'invalid_grant', error_description: description }) }), {
        grant_type: 'refresh_token',
        refresh_token: 'rt-secret-1',
      }),
      OAuthTokenError,
      'INVALID_GRANT',
      { secrets: ['rt-secret-1', CLIENT.clientSecret] },
    );
    expect(failed.message).toContain('"refresh token **** for **** Set-Cookie: x yyy');
    expect(failed.message.length).toBeLessThan(330);
  });

  it.each([
    [302, 'it redirected: set tokenEndpoint to where it leads'],
    [429, 'try again later'],
    [503, 'try again later'],
    [404, 'check tokenEndpoint'],
  ])('is HTTP_ERROR for a %i without an OAuth error', async (status, fix) => {
    const fetch = async () => new Response('<html>busy</html>', { status });
    const failed = await expectRejects(requestToken(client({ fetch }), CC), OAuthTokenError, 'HTTP_ERROR');
    expect(failed.message).toBe(
      `[@auth/oauth-token] token endpoint answered ${status} without an OAuth error; ${fix}`,
    );
    expect(failed.status).toBe(status);
  });

  it('treats a browser opaque redirect (status 0) as a redirect', async () => {
    const opaque = {
      status: 0,
      headers: new Headers(),
      text: async () => '',
      [Symbol.toStringTag]: 'Response',
    };
    const failed = await expectRejects(
      requestToken(client({ fetch: async () => opaque as unknown as Response }), CC),
      OAuthTokenError,
      'HTTP_ERROR',
    );
    expect(failed.message).toContain('it redirected');
  });

  it('is INVALID_RESPONSE for a 200 that is not JSON, or not a token response; the body is never the cause', async () => {
    const html = await expectRejects(
      requestToken(client({ fetch: async () => new Response('<html>') }), CC),
      OAuthTokenError,
      'INVALID_RESPONSE',
    );
    expect(html.message).toBe('[@auth/oauth-token] token endpoint answered 200 without JSON');
    const live = {
      access_token: 'gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo',
      token_type: 'mac',
      refresh_token: 'rt-live-1',
    };
    const mac = await expectRejects(
      requestToken(client({ fetch: json(200, live) }), CC),
      OAuthTokenError,
      'INVALID_RESPONSE',
      {
        secrets: [live.access_token, live.refresh_token],
      },
    );
    expect(mac.status).toBe(200);
    expect(mac.cause).toBeUndefined();
  });

  it('gives every refusal of a 2xx body its status, so that the source knows it was answered', async () => {
    for (const body of [
      { access_token: 'abc', token_type: 'bearer', refresh_token: '' },
      { token_type: 'bearer' },
      [],
    ]) {
      const failed = await expectRejects(
        requestToken(client({ fetch: json(200, body) }), CC),
        OAuthTokenError,
        'INVALID_RESPONSE',
      );
      expect(failed.status).toBe(200);
    }
  });

  it('accepts a Response from another realm (looseInstanceOf) and refuses what is none', async () => {
    const foreign = {
      status: 200,
      headers: new Headers(),
      text: async () => JSON.stringify({ access_token: 'abc', token_type: 'bearer' }),
      [Symbol.toStringTag]: 'Response',
    };
    expect(
      (await requestToken(client({ fetch: async () => foreign as unknown as Response }), CC)).accessToken,
    ).toBe('abc');
    const failed = await expectRejects(
      requestToken(client({ fetch: async () => ({ status: 200 }) as unknown as Response }), CC),
      OAuthTokenError,
      'INVALID_RESPONSE',
    );
    expect(failed.message).toBe('[@auth/oauth-token] options.fetch must resolve to a Response, got object');
  });

  it('is NETWORK_ERROR when fetch rejects, with that error as the cause', async () => {
    const cause = new TypeError('fetch failed');
    const failed = await expectRejects(
      requestToken(client({ fetch: () => Promise.reject(cause) }), CC),
      OAuthTokenError,
      'NETWORK_ERROR',
    );
    expect(failed.cause).toBe(cause);
    expect(failed.message).toBe(
      '[@auth/oauth-token] token request failed before an answer; check the network',
    );
  });

  it('is TIMEOUT after timeoutMs, even when fetch ignores the abort signal, and aborts the request', async () => {
    let signal: AbortSignal | undefined;
    const fetch = (_: unknown, init?: RequestInit) => {
      signal = init?.signal ?? undefined;
      return new Promise<Response>(() => {});
    };
    const failed = await expectRejects(
      requestToken(client({ fetch, timeoutMs: 30 }), CC),
      OAuthTokenError,
      'TIMEOUT',
    );
    expect(failed.message).toBe('[@auth/oauth-token] token endpoint did not answer within 30 ms; try again');
    expect(signal?.aborted).toBe(true);
  });

  it('is TIMEOUT when the body does not arrive in time either', async () => {
    const fetch = async () => new Response(new ReadableStream({ start() {} }));
    await expectRejects(requestToken(client({ fetch, timeoutMs: 30 }), CC), OAuthTokenError, 'TIMEOUT');
  });

  it('retries network errors, timeouts, 429 and 5xx when told to, at most that many times', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const zendesk = fakeZendesk();
    const answers = [
      () => Promise.reject(new TypeError('fetch failed')),
      json(503, { error: 'temporarily_unavailable' }),
    ];
    let calls = 0;
    const fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      calls++;
      return (answers.shift() ?? (() => zendesk.fetch(input, init)))();
    };
    expect((await requestToken(client({ fetch }), CC, 2)).accessToken).toMatch(/^at-1-/);
    expect(calls).toBe(3);
  });

  it.each([
    ['honours Retry-After and stops after the retries allowed', 429, '0', 3],
    ['does not wait when Retry-After asks for longer than the timeout', 503, '3600', 1],
  ])('%s', async (_, status, retryAfter, sent) => {
    let calls = 0;
    const fetch = async () => {
      calls++;
      return new Response('', { status, headers: { 'retry-after': retryAfter } });
    };
    await expectRejects(requestToken(client({ fetch }), CC, 2), OAuthTokenError, 'HTTP_ERROR');
    expect(calls).toBe(sent);
  });

  it('never retries an answered OAuth error, nor anything when retries is 0', async () => {
    let calls = 0;
    const grant = async () => {
      calls++;
      return Response.json({ error: 'invalid_client' }, { status: 401 });
    };
    await expectRejects(requestToken(client({ fetch: grant }), CC, 2), OAuthTokenError, 'INVALID_CLIENT');
    const busy = async () => {
      calls++;
      return new Response('', { status: 503 });
    };
    await expectRejects(requestToken(client({ fetch: busy }), CC), OAuthTokenError, 'HTTP_ERROR');
    expect(calls).toBe(2);
  });

  it('never shows the client secret or a refresh token in any error', async () => {
    for (const fetch of [
      () => Promise.reject(new TypeError('x')),
      json(500, { error: 'server_error', error_description: CLIENT.clientSecret }),
    ]) {
      const error = await requestToken(client({ fetch }), {
        grant_type: 'refresh_token',
        refresh_token: 'rt-1-xyz',
      }).catch((reason) => reason);
      expectNoSecret(error, [CLIENT.clientSecret, 'rt-1-xyz']);
    }
  });
});
