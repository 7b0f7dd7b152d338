// The token source's core rules: one token request for any number of callers, refresh ahead of
// expiry counted from when the request was sent, rotation that keeps what it must, and state.
import { describe, expect, it } from 'vitest';
import { expectNoSecret, expectRejects } from '../../../config/expect-error.ts';
import { settle } from '../test/fake-zendesk.ts';
import { grants, REFRESH_TOKEN, setup } from '../test/setup.ts';
import { OAuthTokenError } from './index.ts';

const MINUTE = 60_000;

describe('single flight', () => {
  it('gives 100 concurrent first callers one token request and the same token', async () => {
    const { source, zendesk } = setup();
    const release = zendesk.hold();
    const calls = Array.from({ length: 100 }, () => source.token());
    await settle();
    expect(source.state).toBe('refreshing');
    release();
    const tokens = await Promise.all(calls);
    expect(new Set(tokens)).toEqual(new Set([zendesk.requests[0]?.issued]));
    expect(zendesk.requests).toHaveLength(1);
    expect(source.state).toBe('valid');
  });

  it('serves a held token without any request until the refresh window', async () => {
    const { source, zendesk, clock } = setup();
    const first = await source.token();
    clock.advance(26 * MINUTE);
    expect(await source.token()).toBe(first);
    expect(await source.authorization()).toBe(`Bearer ${first}`);
    expect(zendesk.requests).toHaveLength(1);
  });

  it('refreshes ahead of expiry (a 30-minute token 3 minutes early): callers then share one request', async () => {
    const { source, zendesk, clock } = setup();
    const first = await source.token();
    clock.advance(27 * MINUTE);
    const release = zendesk.hold();
    const calls = Array.from({ length: 50 }, () => source.authorization());
    await settle();
    release();
    const headers = new Set(await Promise.all(calls));
    expect(zendesk.requests).toHaveLength(2);
    expect(headers).toEqual(new Set([`Bearer ${zendesk.requests[1]?.issued}`]));
    expect(headers.has(`Bearer ${first}`)).toBe(false);
  });

  it('counts expiry from when the request was sent, not from when the answer came', async () => {
    const { source, zendesk, clock } = setup({
      fetch: async (input, init) => {
        clock.advance(5_000); // a slow answer
        return zendesk.fetch(input, init);
      },
    });
    const sentAt = clock.now();
    await source.token();
    expect(source.expiresAt).toBe(sentAt + 1_800_000);
  });

  it('takes a refresh window in ms, or as a function of the lifetime', async () => {
    const fixed = setup({ refreshWindowMs: 10 * MINUTE });
    await fixed.source.token();
    fixed.clock.advance(20 * MINUTE + 1);
    await fixed.source.token();
    expect(fixed.zendesk.requests).toHaveLength(2);

    const half = setup({ refreshWindowMs: (lifetime) => lifetime / 2 });
    await half.source.token();
    half.clock.advance(14 * MINUTE);
    await half.source.token();
    expect(half.zendesk.requests).toHaveLength(1);
    half.clock.advance(MINUTE);
    await half.source.token();
    expect(half.zendesk.requests).toHaveLength(2);
  });

  it('refresh() forces one refresh, joined by callers and by another refresh()', async () => {
    const { source, zendesk } = setup();
    const first = await source.token();
    const release = zendesk.hold();
    const forced = [source.refresh(), source.refresh()];
    const joined = source.token(); // the held token may be deleted by the refresh: it waits for it
    await settle();
    release();
    const [a, b] = await Promise.all(forced);
    expect(zendesk.requests).toHaveLength(2);
    expect(a?.accessToken).not.toBe(first);
    expect(b).toBe(a);
    expect(await joined).toBe(a?.accessToken);
  });
});

describe('rotation', () => {
  it('spends the refresh token and keeps the rotated one (google-auth-library overwrites it)', async () => {
    const { zendesk, clock, signIn, another } = setup();
    const tokens = await signIn();
    const source = another({ grant: REFRESH_TOKEN, tokens });
    expect(await source.token()).toBe(tokens.accessToken);
    clock.advance(28 * MINUTE);
    const second = await source.token();
    clock.advance(28 * MINUTE);
    const third = await source.token();
    expect(grants(zendesk)).toEqual(['refresh_token', 'refresh_token']);
    expect(zendesk.requests.map((sent) => sent.params.refresh_token)).toEqual([
      tokens.refreshToken,
      expect.stringMatching(/^rt-2-/),
    ]);
    expect([second, third]).toEqual([expect.stringMatching(/^at-2-/), expect.stringMatching(/^at-3-/)]);
  });

  it('keeps the previous refresh token and its expiry when the answer has none (RFC 6749 section 6)', async () => {
    const { zendesk, clock, signIn, another } = setup();
    const tokens = await signIn();
    const source = another({ grant: REFRESH_TOKEN, tokens });
    zendesk.script(() =>
      Response.json({ access_token: 'new-access', token_type: 'bearer', expires_in: 1800 }),
    );
    const set = await source.refresh();
    expect(set.accessToken).toBe('new-access');
    expect(set.refreshToken).toBe(tokens.refreshToken);
    expect(set.refreshTokenExpiresAt).toBe(tokens.refreshTokenExpiresAt);
    clock.advance(28 * MINUTE);
    await source.token();
    expect(zendesk.requests[1]?.params.refresh_token).toBe(tokens.refreshToken);
  });

  it('sends the client_credentials scope, and the grant the format and auth ask for', async () => {
    const { source, zendesk } = setup({
      grant: {
        type: 'client_credentials',
        clientId: 'demo_app',
        clientSecret: 'demo-app-secret-0b2f9c4e7a1d',
        scope: 'read',
      },
      format: 'json',
      clientAuth: 'basic',
    });
    await source.token();
    const [sent] = zendesk.requests;
    expect(sent?.params).toEqual({ grant_type: 'client_credentials', scope: 'read' });
    expect(sent?.contentType).toBe('application/json');
    expect(sent?.headers.get('authorization')).toMatch(/^Basic /);
  });

  it('refuses to refresh without a refresh token: NO_REFRESH_TOKEN, no request', async () => {
    const { zendesk, another } = setup();
    const source = another({ grant: REFRESH_TOKEN });
    const error = await expectRejects(source.token(), OAuthTokenError, 'NO_REFRESH_TOKEN');
    expect(error.message).toBe('[@auth/oauth-token] no refresh token; pass tokens from a sign-in');
    expect(zendesk.requests).toHaveLength(0);
  });

  it('uses a set without expires_in until a 401 shows it is dead', async () => {
    const { zendesk, clock, another } = setup();
    const source = another({ tokens: { accessToken: 'forever', tokenType: 'bearer', expiresAt: null } });
    clock.advance(1000 * 24 * 60 * MINUTE);
    expect(await source.token()).toBe('forever');
    expect(source.expiresAt).toBeNull();
    expect(source.state).toBe('valid');
    expect(source.invalidate('forever')).toBe(true);
    expect(await source.token()).toMatch(/^at-1-/);
    expect(zendesk.requests).toHaveLength(1);
  });
});

describe('invalidate', () => {
  it('marks the current token stale (compare-and-swap): true once, false for any other token', async () => {
    const { source, zendesk } = setup();
    const first = await source.token();
    expect(source.invalidate('some-older-token')).toBe(false);
    expect(source.invalidate(first)).toBe(true);
    expect(source.invalidate(first)).toBe(false);
    expect(source.state).toBe('empty');
    const second = await source.token();
    expect(second).not.toBe(first);
    expect(source.invalidate(first)).toBe(false); // already replaced: no second refresh
    expect(await source.token()).toBe(second);
    expect(zendesk.requests).toHaveLength(2);
  });
});

describe('state and events', () => {
  it('moves empty -> refreshing -> valid, with expiresAt', async () => {
    const { source, zendesk, clock } = setup();
    expect([source.state, source.expiresAt]).toEqual(['empty', null]);
    const release = zendesk.hold();
    const call = source.token();
    await settle();
    expect(source.state).toBe('refreshing');
    release();
    await call;
    expect([source.state, source.expiresAt]).toEqual(['valid', clock.now() + 1_800_000]);
    clock.advance(31 * MINUTE);
    expect(source.state).toBe('empty'); // expired: the next call refreshes
  });

  it('reports refreshes for metrics, never a token nor a secret', async () => {
    const { source, events, zendesk, clock } = setup();
    await source.token();
    clock.advance(29 * MINUTE);
    zendesk.script(() => Response.json({ error: 'server_error' }, { status: 500 }));
    zendesk.script(() => Response.json({ error: 'server_error' }, { status: 500 }));
    zendesk.script(() => Response.json({ error: 'server_error' }, { status: 500 }));
    await expectRejects(source.token(), OAuthTokenError, 'TOKEN_ENDPOINT_ERROR');
    expect(events).toEqual([
      { type: 'refresh-start', grant: 'client_credentials', forced: false },
      { type: 'refresh-ok', expiresAt: 1_000_000 + 1_800_000, rotated: true, ms: 0 },
      { type: 'refresh-start', grant: 'client_credentials', forced: false },
      { type: 'refresh-failed', code: 'TOKEN_ENDPOINT_ERROR', status: 500, ms: 0 },
    ]);
    expectNoSecret(events, ['at-', 'rt-', 'demo-app-secret']);
  });

  it('ignores what onEvent throws', async () => {
    const { source } = setup({
      onEvent: () => {
        throw new Error('metrics are down');
      },
    });
    expect(await source.token()).toMatch(/^at-1-/);
  });
});
