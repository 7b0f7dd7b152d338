// When refreshing fails: a spent refresh token (adopt a peer's set, else re-authorisation), the
// retry policy that respects rotation, callers that give up, and shutting down.
import { describe, expect, it } from 'vitest';
import { expectRejects } from '../../../config/expect-error.ts';
import { settle } from '../test/fake-zendesk.ts';
import { grants, REFRESH_TOKEN, setup } from '../test/setup.ts';
import { watchedStore } from '../test/stores.ts';
import {
  memoryTokenStore,
  OAuthTokenError,
  type OAuthTokenErrorCode,
  type TokenSource,
  type TokenStore,
} from './index.ts';

const MINUTE = 60_000;

/** Expects token(), authorization(), refresh() and fetch() each to fail with `code` and `message`. */
async function everyCallFails(
  source: TokenSource,
  code: OAuthTokenErrorCode,
  message: string,
): Promise<void> {
  for (const call of [
    source.token(),
    source.authorization(),
    source.refresh(),
    source.fetch('https://acme.zendesk.com/'),
  ]) {
    const error = await expectRejects(call, OAuthTokenError, code);
    expect(error.message).toBe(`[@auth/oauth-token] ${message}`);
  }
}

describe('invalid_grant', () => {
  it('with nothing newer in the store: INVALID_GRANT, then REAUTH_REQUIRED with no further request', async () => {
    const { zendesk, signIn, another, events } = setup();
    const tokens = await signIn();
    const store = watchedStore(memoryTokenStore(tokens));
    const source = another({ grant: REFRESH_TOKEN, tokens, store });
    zendesk.revokeAll();
    const spent = await expectRejects(source.refresh(), OAuthTokenError, 'INVALID_GRANT', {
      secrets: [tokens.refreshToken as string],
    });
    expect(spent.message).toBe(
      '[@auth/oauth-token] token endpoint answered 400 invalid_grant: "Token has been expired or revoked."; sign in again',
    );
    expect(store.log).toEqual(['load', 'lock', 'load', 'load', 'unlock']); // loaded again after invalid_grant
    expect(source.state).toBe('reauth-required');
    await everyCallFails(source, 'REAUTH_REQUIRED', 'the refresh token was refused; sign in again');
    expect(zendesk.requests).toHaveLength(1);
    expect(events.map((event) => event.type)).toEqual(['refresh-start', 'refresh-failed', 'reauth-required']);
  });

  it('adopts the set a peer saved after spending the same refresh token first: no outage', async () => {
    const { zendesk, signIn, another, events } = setup();
    const tokens = await signIn();
    const store = memoryTokenStore(tokens);
    // A read that lags behind the peer's write (a replica, a cache): it still shows the spent set.
    let lagging = 0;
    const racy: TokenStore = { load: async () => (lagging-- > 0 ? tokens : store.load()), save: store.save };
    const peer = another({ grant: REFRESH_TOKEN, store });
    const source = another({ grant: REFRESH_TOKEN, store: racy });
    await source.token();
    const fromPeer = await peer.refresh(); // rotates: tokens.refreshToken is now spent
    source.invalidate(tokens.accessToken); // a 401: Zendesk deleted it with the rotation
    lagging = 1;
    const racing = source.token(); // loads (lagging), spends the spent token, loads again
    expect(await racing).toBe(fromPeer.accessToken);
    expect(source.state).toBe('valid');
    expect(zendesk.requests.map((sent) => sent.params.refresh_token)).toEqual([
      tokens.refreshToken,
      tokens.refreshToken,
    ]);
    expect(events.map((event) => event.type)).toContain('adopted');
  });

  it('with client_credentials, fails that call only', async () => {
    const { source, zendesk } = setup();
    zendesk.script(() => Response.json({ error: 'invalid_grant' }, { status: 400 }));
    await expectRejects(source.token(), OAuthTokenError, 'INVALID_GRANT');
    expect(await source.token()).toMatch(/^at-1-/);
  });
});

describe('what a token endpoint echoes', () => {
  it('masks the held access token too, which a refresh does not send', async () => {
    const { signIn, another, clock } = setup();
    const tokens = await signIn();
    const echo = async () =>
      Response.json(
        { error: 'invalid_request', error_description: `${tokens.accessToken} and ${tokens.refreshToken}` },
        { status: 400 },
      );
    const source = another({ grant: REFRESH_TOKEN, tokens, fetch: echo });
    clock.advance(29 * MINUTE);
    const error = await expectRejects(source.token(), OAuthTokenError, 'TOKEN_ENDPOINT_ERROR', {
      secrets: [tokens.accessToken, tokens.refreshToken as string],
    });
    expect(error.message).toContain('answered 400 invalid_request: "**** and ****"');
  });
});

describe('retries', () => {
  it('never retries a refresh_token request that may have reached the server', async () => {
    for (const failure of [
      () => Promise.reject(new TypeError('connection reset')),
      () => Response.json({ error: 'server_error' }, { status: 502 }),
      () => new Response('busy', { status: 429, headers: { 'retry-after': '0' } }),
    ]) {
      const { zendesk, signIn, another } = setup();
      const source = another({ grant: REFRESH_TOKEN, tokens: await signIn() });
      zendesk.script(failure);
      const error = await source.refresh().catch((reason) => reason);
      expect(error).toBeInstanceOf(OAuthTokenError);
      expect(zendesk.requests).toHaveLength(1);
      expect(source.state).toBe('valid'); // the old set is still held: it may still work
    }
  });

  it('retries a client_credentials request twice on network errors, timeouts, 429 and 5xx', async () => {
    const { source, zendesk } = setup({ timeoutMs: 50 });
    zendesk.script(
      () => Promise.reject(new TypeError('fetch failed')),
      () => new Response('', { status: 429, headers: { 'retry-after': '0' } }),
    );
    expect(await source.token()).toMatch(/^at-1-/);
    expect(grants(zendesk)).toEqual(['client_credentials', 'client_credentials', 'client_credentials']);

    const slow = setup({ timeoutMs: 30 });
    slow.zendesk.script(
      () => new Promise(() => {}),
      () => new Promise(() => {}),
      () => new Promise(() => {}),
    );
    await expectRejects(slow.source.token(), OAuthTokenError, 'TIMEOUT');
    expect(slow.zendesk.requests).toHaveLength(3);
  });
});

describe("a caller's signal", () => {
  it('detaches only that caller: the shared refresh goes on, is saved, and serves the others', async () => {
    const store = watchedStore();
    const { source, zendesk } = setup({ store });
    const release = zendesk.hold();
    const controller = new AbortController();
    const leaving = source.token({ signal: controller.signal });
    const staying = source.token();
    await settle();
    controller.abort(new Error('the user navigated away'));
    const error = await expectRejects(leaving, OAuthTokenError, 'ABORTED');
    expect(error.message).toBe('[@auth/oauth-token] the call was aborted by its signal; the refresh goes on');
    expect((error.cause as Error).message).toBe('the user navigated away');
    release();
    expect(await staying).toBe(zendesk.requests[0]?.issued);
    expect((await store.peek())?.accessToken).toBe(await staying);
  });

  it('finishes and saves the refresh even when every caller left', async () => {
    const store = watchedStore();
    const { source, zendesk } = setup({ store });
    const release = zendesk.hold();
    const controller = new AbortController();
    const leaving = source.authorization({ signal: controller.signal });
    await settle();
    controller.abort();
    await expectRejects(leaving, OAuthTokenError, 'ABORTED');
    release();
    await source.close();
    expect((await store.peek())?.accessToken).toBe(zendesk.requests[0]?.issued);
  });

  it('refuses at once when already aborted, without a request', async () => {
    const { source, zendesk } = setup();
    await expectRejects(source.refresh({ signal: AbortSignal.abort() }), OAuthTokenError, 'ABORTED');
    await expectRejects(source.token({ signal: AbortSignal.abort() }), OAuthTokenError, 'ABORTED');
    expect(zendesk.requests).toHaveLength(0);
    await source.token();
    await expectRejects(source.token({ signal: AbortSignal.abort() }), OAuthTokenError, 'ABORTED');
  });
});

describe('close', () => {
  it('waits for the refresh in flight and its save; callers already waiting get its result', async () => {
    const store = watchedStore();
    const { source, zendesk } = setup({ store });
    const release = zendesk.hold();
    const waiting = source.token();
    await settle();
    let closed = false;
    const closing = source.close().then(() => (closed = true));
    await expectRejects(source.token(), OAuthTokenError, 'CLOSED');
    expect(source.state).toBe('refreshing');
    await settle();
    expect(closed).toBe(false);
    release();
    expect(await waiting).toBe(zendesk.requests[0]?.issued);
    await closing;
    expect(store.log).toContain('save');
    expect(source.state).toBe('closed');
  });

  it('then fails every call with CLOSED, and is what await using disposes', async () => {
    const { source } = setup();
    const token = await source.token();
    await source[Symbol.asyncDispose]();
    await everyCallFails(source, 'CLOSED', 'the token source is closed; create another');
    expect(source.invalidate(token)).toBe(false);
    expect(source.state).toBe('closed');
    await source.close(); // twice is fine
  });
});

describe('in flight a long time', () => {
  it('times out a token request that hangs, under timeoutMs, whatever the callers do', async () => {
    const { zendesk, signIn, another, clock } = setup();
    const source = another({ grant: REFRESH_TOKEN, tokens: await signIn(), timeoutMs: 20 });
    clock.advance(29 * MINUTE);
    zendesk.script(() => new Promise(() => {}));
    await expectRejects(source.token(), OAuthTokenError, 'TIMEOUT');
    expect(zendesk.requests).toHaveLength(1);
  });
});
