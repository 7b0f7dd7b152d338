// A token endpoint that could not be reached, for real, on loopback, through the runtime's own
// fetch: when no connection was made nothing was sent, so a refresh token is kept (the next
// call tries again); a connection that failed after the request may have gone out drops it.
import { afterEach, describe, expect, it } from 'vitest';
import { expectRejects } from '../../../config/expect-error.ts';
import { closedPort, resettingServer, untrustedTlsServer } from '../test/loopback.ts';
import {
  createTokenSource,
  exchangeAuthorizationCode,
  memoryTokenStore,
  OAuthTokenError,
  type TokenSourceEvent,
} from './index.ts';

const HELD = { accessToken: 'x', tokenType: 'bearer', expiresAt: 0, refreshToken: 'r1' } as const;
const FIX = [
  'could not connect to the token endpoint: nothing was sent; check the URL, the network and the certificates',
];
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/** A refresh_token source at `tokenEndpoint` with HELD in a memory store, and its events. */
function refreshing(tokenEndpoint: string) {
  const store = memoryTokenStore({ ...HELD });
  const events: TokenSourceEvent[] = [];
  const source = createTokenSource({
    tokenEndpoint,
    grant: { type: 'refresh_token', clientId: 'c' },
    store,
    timeoutMs: 5_000,
    onEvent: (event) => events.push(event),
  });
  return { store, events, source };
}

describe('a token endpoint that nothing could connect to', () => {
  it('a refused port: CONNECTION_FAILED, the refresh token kept in the store, the next call tries again', async () => {
    const { store, events, source } = refreshing(`https://127.0.0.1:${await closedPort()}/oauth/tokens`);
    const error = await expectRejects(source.token(), OAuthTokenError, 'CONNECTION_FAILED', {
      words: FIX,
      secrets: ['r1'],
    });
    expect(error.message).toBe(`[@auth/oauth-token] ${FIX[0]}`);
    expect(JSON.stringify(error.cause, ['message', 'cause', 'code'])).toContain('ECONNREFUSED');
    expect((await store.load())?.refreshToken).toBe('r1');
    expect(source.state).toBe('empty'); // as it was: the held access token had expired
    await expectRejects(source.token(), OAuthTokenError, 'CONNECTION_FAILED');
    expect((await store.load())?.refreshToken).toBe('r1');
    expect(events.filter(({ type }) => type === 'refresh-start')).toHaveLength(2);
    expect(events.filter(({ type }) => type === 'refresh-failed')).toEqual([
      expect.objectContaining({ code: 'CONNECTION_FAILED' }),
      expect.objectContaining({ code: 'CONNECTION_FAILED' }),
    ]);
  });

  it('a self-signed certificate nobody trusts: CONNECTION_FAILED, the refresh token kept', async () => {
    const server = await untrustedTlsServer();
    closers.push(server.close);
    const { store, source } = refreshing(`https://127.0.0.1:${server.port}/oauth/tokens`);
    const error = await expectRejects(source.refresh(), OAuthTokenError, 'CONNECTION_FAILED', { words: FIX });
    expect(JSON.stringify(error.cause, ['message', 'cause', 'code'])).toContain('SELF_SIGNED');
    expect((await store.load())?.refreshToken).toBe('r1');
  });

  it('a client_credentials source retries a refused connection twice, as a network error', async () => {
    let calls = 0;
    const tokenEndpoint = `https://127.0.0.1:${await closedPort()}/oauth/tokens`;
    const source = createTokenSource({
      tokenEndpoint,
      grant: { type: 'client_credentials', clientId: 'c', clientSecret: 's' },
      fetch: (input, init) => {
        calls++;
        return fetch(input, init);
      },
    });
    await expectRejects(source.token(), OAuthTokenError, 'CONNECTION_FAILED');
    expect(calls).toBe(3);
  });

  it('an authorization code exchange that could not connect: CONNECTION_FAILED (the code is not spent)', async () => {
    const tokenEndpoint = `https://127.0.0.1:${await closedPort()}/oauth/tokens`;
    const state = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
    const exchange = exchangeAuthorizationCode({
      tokenEndpoint,
      clientId: 'c',
      redirectUri: 'https://app.example/callback',
      callbackUrl: `https://app.example/callback?code=abc&state=${state}`,
      state,
      codeVerifier: 'v'.repeat(43),
    });
    await expectRejects(exchange, OAuthTokenError, 'CONNECTION_FAILED', { words: FIX });
  });
});

describe('a connection that failed after the request may have gone out', () => {
  it('a reset: NETWORK_ERROR, the refresh token dropped as before', async () => {
    const server = await resettingServer();
    closers.push(server.close);
    const { store, source } = refreshing(`https://127.0.0.1:${server.port}/oauth/tokens`);
    await expectRejects(source.token(), OAuthTokenError, 'NETWORK_ERROR', {
      words: ['after it may have reached the server: its refresh token is dropped; sign in again'],
    });
    expect((await store.load())?.refreshToken).toBeUndefined();
  });
});
