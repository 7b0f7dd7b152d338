// A refresh whose answer is lost (a timeout after the server rotated, a reset, a 5xx): the
// refresh token may be spent, so neither this source nor another one sharing its store sends
// it again; they adopt a set another process saved, or say that a sign-in is needed.
import { describe, expect, it } from 'vitest';
import { expectRejects } from '../../../config/expect-error.ts';
import { API } from '../test/fake-zendesk.ts';
import { REFRESH_TOKEN, setup } from '../test/setup.ts';
import { watchedStore } from '../test/stores.ts';
import { memoryTokenStore, OAuthTokenError, type OAuthTokenErrorCode, type TokenSet } from './index.ts';

const MINUTE = 60_000;
const SPENT = ['after it may have reached the server: its refresh token is dropped; sign in again'];

/** The fake rotates (the refresh token is spent, its successor issued), then the answer never comes. */
const rotateThenHang = (_sent: unknown, answer: () => Promise<Response>) =>
  answer().then(() => new Promise<Response>(() => {}));

describe('a refresh whose answer is lost', () => {
  it('fails its callers with the reason and the fix, and never sends the refresh token again', async () => {
    const { zendesk, signIn, another, clock } = setup();
    const tokens = await signIn();
    const source = another({ grant: REFRESH_TOKEN, tokens, timeoutMs: 20 });
    expect(await source.token()).toBe(tokens.accessToken);
    clock.advance(29 * MINUTE); // inside the refresh window
    zendesk.script(rotateThenHang);
    const error = await expectRejects(source.token(), OAuthTokenError, 'TIMEOUT', {
      words: ['refresh failed (TIMEOUT)', ...SPENT],
      secrets: [tokens.refreshToken as string],
    });
    expect((error.cause as OAuthTokenError).code).toBe('TIMEOUT');
    // Every later call: no token request, and the fix.
    await expectRejects(source.fetch(API), OAuthTokenError, 'NO_REFRESH_TOKEN', {
      words: ['pass tokens from a sign-in'],
    });
    expect(zendesk.requests).toHaveLength(1);
  });

  it.each([
    ['a reset', 'NETWORK_ERROR', () => Promise.reject(new TypeError('socket hang up'))],
    ['a 502', 'HTTP_ERROR', () => new Response('bad gateway', { status: 502 })],
    ['an unreadable 200', 'INVALID_RESPONSE', () => new Response('<html>', { status: 200 })],
  ] as const)('counts %s as maybe spent too (%s)', async (_, code, answer) => {
    const { zendesk, signIn, another } = setup();
    const source = another({ grant: REFRESH_TOKEN, tokens: await signIn() });
    zendesk.script(answer);
    await expectRejects(source.refresh(), OAuthTokenError, code as OAuthTokenErrorCode, { words: SPENT });
    await expectRejects(source.refresh(), OAuthTokenError, 'NO_REFRESH_TOKEN');
    expect(zendesk.requests).toHaveLength(1);
  });

  it('keeps the refresh token after an answer that refused it: a 429, an OAuth error', async () => {
    const { zendesk, signIn, another } = setup();
    const tokens = await signIn();
    const source = another({ grant: REFRESH_TOKEN, tokens });
    zendesk.script(
      () => new Response('slow down', { status: 429 }),
      () => Response.json({ error: 'temporarily_unavailable' }, { status: 400 }),
    );
    await expectRejects(source.refresh(), OAuthTokenError, 'HTTP_ERROR', { words: ['answered 429'] });
    await expectRejects(source.refresh(), OAuthTokenError, 'TOKEN_ENDPOINT_ERROR');
    expect((await source.refresh()).accessToken).toMatch(/^at-2-/); // the same refresh token, now taken
    expect(zendesk.requests.map((sent) => sent.params.refresh_token)).toEqual(
      Array(3).fill(tokens.refreshToken),
    );
  });

  it('drops the refresh token from the shared store, so that no other process sends it', async () => {
    const { zendesk, signIn, another } = setup();
    const tokens = await signIn();
    const store = watchedStore(memoryTokenStore(tokens));
    const first = another({ grant: REFRESH_TOKEN, store, timeoutMs: 20 });
    const second = another({ grant: REFRESH_TOKEN, store });
    zendesk.script(rotateThenHang);
    await expectRejects(first.refresh(), OAuthTokenError, 'TIMEOUT', { words: SPENT });
    const stored = (await store.peek()) as TokenSet;
    expect([stored.accessToken, stored.refreshToken]).toEqual([tokens.accessToken, undefined]);
    await expectRejects(second.refresh(), OAuthTokenError, 'NO_REFRESH_TOKEN');
    expect(zendesk.requests).toHaveLength(1);

    // A person signs in again and the new set is saved: every process takes it at its next refresh.
    const again = await signIn();
    expect(await store.save(again, stored)).toBe(true);
    expect((await first.refresh()).accessToken).toBe(again.accessToken);
    expect((await second.refresh()).accessToken).toBe(again.accessToken);
    expect(zendesk.requests).toHaveLength(1);
  });

  it('adopts a set that another process saved meanwhile, and its callers get it', async () => {
    const { zendesk, signIn, another } = setup();
    const tokens = await signIn();
    const newer = await signIn();
    const inner = memoryTokenStore(tokens);
    const store = { load: inner.load, save: inner.save }; // no lock: as when the lock expired
    const source = another({ grant: REFRESH_TOKEN, store });
    expect(await source.token()).toBe(tokens.accessToken);
    zendesk.script(async () => {
      await inner.save(newer, tokens); // another process refreshed and saved while this answer was lost
      return Promise.reject(new TypeError('socket hang up'));
    });
    expect((await source.refresh()).accessToken).toBe(newer.accessToken);
    expect((await inner.load())?.refreshToken).toBe(newer.refreshToken);
  });

  it('drops nothing when another process saved a set meanwhile, even one whose access token expired', async () => {
    const { zendesk, signIn, another, clock } = setup();
    const tokens = await signIn();
    const newer = await signIn(); // issued now: expired once the clock moves 31 minutes
    const inner = memoryTokenStore(tokens);
    const source = another({ grant: REFRESH_TOKEN, store: { load: inner.load, save: inner.save } });
    expect(await source.token()).toBe(tokens.accessToken);
    clock.advance(31 * MINUTE);
    zendesk.script(async () => {
      await inner.save(newer, tokens);
      return Promise.reject(new TypeError('socket hang up'));
    });
    const error = await expectRejects(source.refresh(), OAuthTokenError, 'NETWORK_ERROR');
    expect(error.message).not.toContain('dropped'); // the token it sent is not the one held now
    expect((await inner.load())?.refreshToken).toBe(newer.refreshToken);
    expect((await source.refresh()).accessToken).toMatch(/^at-3-/); // it spends the newer set's
    expect(zendesk.requests.map((sent) => sent.params.refresh_token)).toEqual([
      tokens.refreshToken,
      newer.refreshToken,
    ]);
  });

  it('drops the token even when the store is down, and saves that at the next call', async () => {
    const { zendesk, signIn, another } = setup();
    const tokens = await signIn();
    const store = watchedStore(memoryTokenStore(tokens));
    const source = another({ grant: REFRESH_TOKEN, store });
    expect(await source.token()).toBe(tokens.accessToken);
    zendesk.script(() => {
      store.fail('load', new Error('redis down')); // from now on: the next load and save
      store.fail('save', new Error('redis down'));
      return Promise.reject(new TypeError('socket hang up'));
    });
    await expectRejects(source.refresh(), OAuthTokenError, 'NETWORK_ERROR', { words: SPENT });
    expect((await store.peek())?.refreshToken).toBe(tokens.refreshToken); // not saved yet
    await expectRejects(source.refresh(), OAuthTokenError, 'NO_REFRESH_TOKEN');
    expect((await store.peek())?.refreshToken).toBeUndefined();
    expect(zendesk.requests).toHaveLength(1);
  });
});
