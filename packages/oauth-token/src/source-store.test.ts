// The source and its TokenStore: load on first use, seed, awaited saves before any caller gets
// a token, compare-and-set conflicts, several sources on one store (as processes on one Redis),
// the lock, and store failures that never leak a token set.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { expectNoSecret, expectRejects } from '../../../config/expect-error.ts';
import { settle, TOKEN_ENDPOINT } from '../test/fake-zendesk.ts';
import { grants, REFRESH_TOKEN, setup } from '../test/setup.ts';
import { watchedStore } from '../test/stores.ts';
import { memoryTokenStore, OAuthTokenError, type TokenSet, type TokenStore } from './index.ts';

const MINUTE = 60_000;

describe('loading and seeding', () => {
  it('loads the store on first use, and serves a stored set without a token request', async () => {
    const { zendesk, signIn, another } = setup();
    const tokens = await signIn();
    const store = watchedStore(memoryTokenStore(tokens));
    const source = another({ store, grant: REFRESH_TOKEN });
    expect(store.log).toEqual([]);
    expect(await source.token()).toBe(tokens.accessToken);
    expect(store.log).toEqual(['load']);
    expect(zendesk.requests).toHaveLength(0);
  });

  it('seeds an empty store with tokens', async () => {
    const { signIn, another } = setup();
    const tokens = await signIn();
    const store = watchedStore();
    const source = another({ store, grant: REFRESH_TOKEN, tokens });
    expect(await source.token()).toBe(tokens.accessToken);
    expect((await store.peek())?.refreshToken).toBe(tokens.refreshToken);
  });

  it('prefers a set already in the store to tokens', async () => {
    const { signIn, another } = setup();
    const [stored, given] = [await signIn(), await signIn()];
    const source = another({ store: memoryTokenStore(stored), grant: REFRESH_TOKEN, tokens: given });
    expect(await source.token()).toBe(stored.accessToken);
  });

  it('loads again when another process seeded first', async () => {
    const { signIn, another } = setup();
    const [theirs, ours] = [await signIn(), await signIn()];
    const inner = memoryTokenStore();
    const store = {
      load: inner.load,
      async save(next: TokenSet, previous: TokenSet | undefined) {
        if (next.accessToken === ours.accessToken) await inner.save(theirs, undefined); // they seeded first
        return inner.save(next, previous);
      },
    };
    const source = another({ store, grant: REFRESH_TOKEN, tokens: ours });
    expect(await source.token()).toBe(theirs.accessToken);
  });
});

describe('saving before handing out', () => {
  it('gives no caller the new token before its save resolved', async () => {
    const store = watchedStore();
    const { source, zendesk } = setup({ store });
    const release = store.holdSaves();
    let got: string | undefined;
    const calls = [source.token().then((token) => (got = token)), source.token()];
    await settle();
    await settle();
    expect(zendesk.requests).toHaveLength(1);
    expect(got).toBeUndefined();
    expect(store.log).toEqual(['load', 'lock', 'load']); // the save is held
    release();
    await Promise.all(calls);
    expect(got).toBe((await store.peek())?.accessToken);
  });

  it('on a failed save: PERSIST_FAILED to its callers, the set kept in memory, saved again by the next call', async () => {
    const store = watchedStore();
    const { source, zendesk, events } = setup({ store });
    store.fail('save', new Error('ECONNRESET'));
    const failed = await expectRejects(
      Promise.all([source.token(), source.token()]),
      OAuthTokenError,
      'PERSIST_FAILED',
    );
    expect(failed.message).toBe(
      '[@auth/oauth-token] store.save failed; the new tokens are kept in memory and saved at the next call',
    );
    expect((failed.cause as OAuthTokenError).code).toBe('STORE_ERROR');
    expect(await store.peek()).toBeUndefined();

    // The next call retries the save first; failing again is reported, not thrown.
    store.fail('save', new Error('ECONNRESET'));
    const token = await source.token();
    expect(token).toBe(zendesk.requests[0]?.issued);
    expect(await store.peek()).toBeUndefined();
    expect(events.filter((event) => event.type === 'persist-failed')).toHaveLength(2);

    // Then it succeeds, and the fast path is back.
    expect(await source.token()).toBe(token);
    expect((await store.peek())?.accessToken).toBe(token);
    const saves = store.log.filter((entry) => entry === 'save').length;
    await source.token();
    expect(store.log.filter((entry) => entry === 'save')).toHaveLength(saves);
    expect(zendesk.requests).toHaveLength(1);
  });

  it('when the store refuses a save (another process refreshed first), adopts what it holds', async () => {
    const { signIn, another, events } = setup();
    const peer = await signIn();
    let stored: TokenSet | undefined;
    const source = another({
      store: {
        load: async () => stored,
        save: async (next) => {
          stored = peer; // a peer wrote between our load and our save
          return next === peer;
        },
      },
    });
    expect(await source.token()).toBe(peer.accessToken);
    expect(events.some((event) => event.type === 'adopted')).toBe(false); // nothing known before: not a peer's
  });
});

describe('several sources on one store (processes sharing Redis)', () => {
  it('a refresh adopts the newer set another source saved, with no token request', async () => {
    const { zendesk, clock, signIn, another, events } = setup();
    const store = memoryTokenStore(await signIn());
    const a = another({ store, grant: REFRESH_TOKEN });
    const b = another({ store, grant: REFRESH_TOKEN });
    await Promise.all([a.token(), b.token()]);
    clock.advance(28 * MINUTE);
    const fromA = await a.token();
    expect(zendesk.requests).toHaveLength(1);
    expect(await b.token()).toBe(fromA);
    expect(zendesk.requests).toHaveLength(1);
    expect(events.filter((event) => event.type === 'adopted')).toEqual([
      { type: 'adopted', expiresAt: a.expiresAt },
    ]);
  });

  it('concurrent sources due at once spend the refresh token once (the lock serialises them)', async () => {
    const { zendesk, clock, signIn, another } = setup();
    const store = watchedStore(memoryTokenStore(await signIn()));
    const sources = Array.from({ length: 5 }, () => another({ store, grant: REFRESH_TOKEN }));
    await Promise.all(sources.map((source) => source.token()));
    clock.advance(29 * MINUTE);
    const tokens = await Promise.all(sources.map((source) => source.token()));
    expect(grants(zendesk)).toEqual(['refresh_token']);
    expect(new Set(tokens).size).toBe(1);
    expect(store.log.filter((entry) => entry === 'lock')).toHaveLength(5);
  });

  it('one lock call holds the load, the token request and the save', async () => {
    const { zendesk, signIn, another } = setup();
    const store = watchedStore(memoryTokenStore(await signIn()));
    const fetch: typeof zendesk.fetch = (input, init) => {
      if (String(input) === TOKEN_ENDPOINT) store.log.push('request');
      return zendesk.fetch(input, init);
    };
    const source = another({ store, grant: REFRESH_TOKEN, fetch });
    await source.refresh();
    expect(store.log).toEqual(['load', 'lock', 'load', 'request', 'save', 'unlock']);
  });

  it('refresh() adopts a newer stored set instead of spending', async () => {
    const { zendesk, signIn, another } = setup();
    const store = memoryTokenStore(await signIn());
    const a = another({ store, grant: REFRESH_TOKEN });
    const b = another({ store, grant: REFRESH_TOKEN });
    await Promise.all([a.token(), b.token()]);
    const fromA = await a.refresh();
    const fromB = await b.refresh();
    expect(fromB.accessToken).toBe(fromA.accessToken);
    expect(zendesk.requests).toHaveLength(1);
  });

  it('after the store lost its data, the next refresh puts its new set there and the others adopt it', async () => {
    const { zendesk, clock, signIn, another } = setup();
    let inner = memoryTokenStore(await signIn());
    const store: TokenStore = {
      load: () => inner.load(),
      save: (next, previous) => inner.save(next, previous),
      lock: (fn) => (inner.lock as NonNullable<TokenStore['lock']>)(fn),
    };
    const a = another({ store, grant: REFRESH_TOKEN });
    const b = another({ store, grant: REFRESH_TOKEN });
    await Promise.all([a.token(), b.token()]);
    inner = memoryTokenStore(); // as a Redis restarted without persistence: empty
    clock.advance(29 * MINUTE);
    const fromA = await a.token();
    expect((await store.load())?.accessToken).toBe(fromA); // compare-and-set against nothing
    expect(await b.token()).toBe(fromA); // adopted: b never presents the refresh token a spent
    expect(grants(zendesk)).toEqual(['refresh_token']);
  });

  it('without a lock too, loads before spending', async () => {
    const { zendesk, clock, signIn, another } = setup();
    const store = watchedStore(memoryTokenStore(await signIn()), { lock: false });
    const a = another({ store, grant: REFRESH_TOKEN });
    const b = another({ store, grant: REFRESH_TOKEN });
    await Promise.all([a.token(), b.token()]);
    clock.advance(29 * MINUTE);
    await a.token();
    await b.token();
    expect(zendesk.requests).toHaveLength(1);
    expect(store.log).toEqual(['load', 'load', 'load', 'save', 'load']);
  });
});

describe('store failures', () => {
  /** An error as a Redis client makes it: the command's arguments, a whole token set, on it. */
  const redisError = (set: unknown) =>
    Object.assign(new Error(`ERR while running SET oauth:set ${JSON.stringify({ ...(set as object) })}`), {
      name: 'ReplyError',
      code: 'ERR',
      command: { name: 'set', args: ['oauth:set', JSON.stringify({ ...(set as object) })] },
    });

  it('is STORE_ERROR for a failed load, saying what failed, without any token or cause', async () => {
    const { signIn, another } = setup();
    const tokens = await signIn();
    const store = watchedStore(memoryTokenStore(tokens));
    const source = another({ store, grant: REFRESH_TOKEN, tokens });
    await source.token();
    source.invalidate(tokens.accessToken);
    store.fail('load', redisError(tokens));
    const error = await expectRejects(source.token(), OAuthTokenError, 'STORE_ERROR', {
      secrets: [tokens.accessToken, tokens.refreshToken as string],
    });
    expect(error.message).toMatch(
      /^\[@auth\/oauth-token\] store\.load failed: ReplyError ERR ERR while running SET oauth:set/,
    );
    expect(error.message).toContain('"accessToken":"****"');
    expect(error.cause).toBeUndefined();
    expect(inspect(error, { depth: 10 })).not.toContain(tokens.refreshToken);
  });

  it('is STORE_ERROR for a failed save of the new set, masking the new tokens too', async () => {
    const { source, zendesk } = setup({
      store: {
        load: async () => undefined,
        save: async (next) => {
          throw new Error(`cannot write ${next.accessToken} with ${next.refreshToken}`);
        },
      },
    });
    const error = await expectRejects(source.token(), OAuthTokenError, 'PERSIST_FAILED');
    const cause = error.cause as OAuthTokenError;
    expect(cause.code).toBe('STORE_ERROR');
    expect(cause.message).toBe(
      '[@auth/oauth-token] store.save failed: Error cannot write **** with ****; check the store',
    );
    const issued = zendesk.requests[0]?.issued as string;
    expectNoSecret(error, [issued, issued.replace(/^at-(\d+)-.*/, 'rt-$1-f3b1c2d4e5a6b7c8d9e0')]);
  });

  it('is STORE_ERROR for a loaded value that is no token set', async () => {
    const { another } = setup();
    const source = another({
      store: { load: async () => ({ access_token: 'x' }) as never, save: async () => true },
    });
    const error = await expectRejects(source.token(), OAuthTokenError, 'STORE_ERROR');
    expect(error.message).toBe('[@auth/oauth-token] store.load().accessToken must be an RFC 6750 b64token');
  });

  it('is STORE_ERROR when the lock fails, LOCK_TIMEOUT when a store says so, and the inner error as it is', async () => {
    const { source: _, another } = setup();
    const store = watchedStore();
    const source = another({ store });
    store.fail('lock', 'redis is down', new OAuthTokenError('LOCK_TIMEOUT', 'lock not won within 20000 ms'));
    const down = await expectRejects(source.token(), OAuthTokenError, 'STORE_ERROR');
    expect(down.message).toBe('[@auth/oauth-token] store.lock failed: redis is down; check the store');
    await expectRejects(source.token(), OAuthTokenError, 'LOCK_TIMEOUT');
    const denied = another({
      store,
      grant: { type: 'client_credentials', clientId: 'demo_app', clientSecret: 'wrong' },
    });
    await expectRejects(denied.token(), OAuthTokenError, 'INVALID_CLIENT');
    expect(await source.token()).toMatch(/^at-/);
  });

  it('shows no token in the message or the inspect output of any store error', async () => {
    const { signIn, another } = setup();
    const tokens = await signIn();
    const store = watchedStore(memoryTokenStore(tokens));
    const source = another({ store, grant: REFRESH_TOKEN });
    await source.token();
    source.invalidate(tokens.accessToken);
    store.fail('save', redisError(tokens));
    const error = await source.token().catch((reason) => reason);
    expect(error.code).toBe('PERSIST_FAILED');
    const fresh = await source.token();
    expectNoSecret(error, [tokens.accessToken, tokens.refreshToken as string, fresh]);
  });
});
