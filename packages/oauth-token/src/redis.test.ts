// The Redis store against a real Redis (Debian's redis-server, started for this file), through
// both clients it accepts: load, the compare-and-set save, TTLs, what it refuses, and Redis
// failures that never leak the command's arguments.
import { describe, expect, it } from 'vitest';
import { expectRejects, expectThrows } from '../../../config/expect-error.ts';
import { redisCommand, startRedis } from '../../../config/redis-server.mjs';
import { CLIENT_KINDS, connect, freshKey, useRedis } from '../test/redis.ts';
import { grants, REFRESH_TOKEN, setup } from '../test/setup.ts';
import { OAuthTokenError, parseTokenResponse, type TokenSet, type TokenStore } from './index.ts';
import { redisTokenStore } from './redis.ts';

const { redis, clientOf } = useRedis();
const DAY = 24 * 60 * 60_000;

/** A set as a token endpoint gives it: sealed, so its own `toJSON` would redact it. */
function tokenSet(n: number, extra: Record<string, unknown> = {}): TokenSet {
  return parseTokenResponse(
    {
      access_token: `at-${n}-gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo`,
      token_type: 'bearer',
      expires_in: 1800,
      refresh_token: `rt-${n}-f3b1c2d4e5a6b7c8d9e0`,
      ...extra,
    },
    Date.now(),
  );
}

/** What `store` loads once its client is connected again after a restart (waits up to 10 s). */
async function reconnected(store: TokenStore): Promise<TokenSet | undefined> {
  for (let tries = 1; ; tries++) {
    try {
      return await store.load();
    } catch (error) {
      if (tries === 200) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

const pttl = async (key: string) => Number((await redisCommand(redis().port, 'PTTL', key)).slice(1));

describe.each(CLIENT_KINDS)('with %s', (kind) => {
  it('loads nothing from an empty key, then the whole set that was saved', async () => {
    const store = redisTokenStore({ client: await clientOf(kind), key: freshKey() });
    expect(await store.load()).toBeUndefined();
    const set = tokenSet(1, { scope: 'read', refresh_token_expires_in: 600 });
    expect(await store.save(set, undefined)).toBe(true);
    expect(await store.load()).toEqual({ ...set }); // the real tokens, not the redacted toJSON
  });

  it('saves only over the set it was given as previous (compare-and-set)', async () => {
    const store = redisTokenStore({ client: await clientOf(kind), key: freshKey() });
    const [one, two, three] = [tokenSet(1), tokenSet(2), tokenSet(3)];
    expect(await store.save(one, undefined)).toBe(true);
    expect(await store.save(two, undefined)).toBe(false); // something is stored already
    expect(await store.save(three, two)).toBe(false); // another process wrote one, not two
    const sameAccessOtherRefresh = { ...one, refreshToken: 'rt-other' };
    expect(await store.save(three, sameAccessOtherRefresh)).toBe(false);
    expect((await store.load())?.accessToken).toBe(one.accessToken);
    expect(await store.save(two, one)).toBe(true);
    expect((await store.load())?.refreshToken).toBe(two.refreshToken);
  });

  it('compares a set without a refresh token by its access token', async () => {
    const store = redisTokenStore({ client: await clientOf(kind), key: freshKey() });
    const bare = {
      accessToken: 'at-bare-gErypPlm4dOVgGRvA1ZzMH5M',
      tokenType: 'bearer' as const,
      expiresAt: null,
    };
    expect(await store.save(bare, undefined)).toBe(true);
    expect(await store.save(tokenSet(2), { ...bare, refreshToken: 'rt-x' })).toBe(false);
    expect(await store.save(tokenSet(2), bare)).toBe(true);
  });

  it('keeps a set at least as long as its refresh token lives, and forever when that is not known', async () => {
    const client = await clientOf(kind);
    const [withExpiry, without, accessOnly] = [freshKey(), freshKey(), freshKey()];
    await redisTokenStore({ client, key: withExpiry }).save(
      tokenSet(1, { refresh_token_expires_in: 3600 }),
      undefined,
    );
    await redisTokenStore({ client, key: without }).save(tokenSet(2), undefined);
    const access = {
      accessToken: 'at-3-gErypPlm4dOVgGRvA1ZzMH5M',
      tokenType: 'bearer' as const,
      expiresAt: Date.now() + 60_000,
    };
    await redisTokenStore({ client, key: accessOnly }).save(access, undefined);
    const ttl = await pttl(withExpiry);
    expect(ttl).toBeGreaterThan(3_600_000 + DAY - 5_000);
    expect(ttl).toBeLessThanOrEqual(3_600_000 + DAY);
    expect(await pttl(without)).toBe(-1); // no TTL: the refresh token's life is not known
    expect(await pttl(accessOnly)).toBeGreaterThan(60_000 + DAY - 5_000);
  });

  it('refuses to overwrite what is no set, and says so when loading it', async () => {
    const key = freshKey();
    await redisCommand(redis().port, 'SET', key, 'not json');
    const store = redisTokenStore({ client: await clientOf(kind), key });
    await expectRejects(store.load(), OAuthTokenError, 'STORE_ERROR', {
      words: [key, 'holds no JSON; delete it'],
    });
    expect(await store.save(tokenSet(1), tokenSet(0))).toBe(false);
    await redisCommand(redis().port, 'SET', key, '[1]');
    expect(await store.save(tokenSet(1), tokenSet(0))).toBe(false);
  });

  it('turns a Redis error into STORE_ERROR whose cause holds none of the arguments', async () => {
    const key = freshKey();
    await redisCommand(redis().port, 'LPUSH', key, 'a list, not a string');
    const store = redisTokenStore({ client: await clientOf(kind), key });
    const set = tokenSet(7);
    const previous = tokenSet(6);
    const error = await expectRejects(store.save(set, previous), OAuthTokenError, 'STORE_ERROR', {
      words: ['Redis EVAL failed', 'WRONGTYPE', 'check Redis and the client'],
      secrets: [set.accessToken, set.refreshToken ?? '', previous.accessToken, previous.refreshToken ?? ''],
    });
    const cause = error.cause as Error & Record<string, unknown>;
    expect(cause.message).toContain('WRONGTYPE');
    expect(cause.name).toMatch(/Error/);
    expect(Object.keys(cause).filter((field) => field !== 'name')).toEqual([]); // ioredis's `command: { name, args }` is gone
  });

  it('a fleet on a Redis restarted without its data: the next refresh saves its new set there, the others adopt it', async () => {
    const own = await startRedis();
    const connections = [await connect(kind, own.port), await connect(kind, own.port)] as const;
    try {
      const { zendesk, clock, signIn, another } = setup();
      const key = freshKey();
      const [storeA, storeB] = connections.map(({ client }) => redisTokenStore({ client, key })) as [
        TokenStore,
        TokenStore,
      ];
      expect(await storeA.save(await signIn(), undefined)).toBe(true);
      const a = another({ store: storeA, grant: REFRESH_TOKEN });
      const b = another({ store: storeB, grant: REFRESH_TOKEN });
      await Promise.all([a.token(), b.token()]);
      await own.pause();
      await own.resume(); // no persistence: the set is gone
      for (const store of [storeA, storeB]) expect(await reconnected(store)).toBeUndefined();
      clock.advance(29 * 60_000);
      const fromA = await a.token();
      expect((await storeB.load())?.accessToken).toBe(fromA);
      expect(await b.token()).toBe(fromA); // b never presents the refresh token a spent
      expect(grants(zendesk)).toEqual(['refresh_token']);
    } finally {
      for (const { close } of connections) await close();
      await own.stop();
    }
  });

  it('fails with STORE_ERROR, naming the cause, while Redis is down', async () => {
    const own = await startRedis();
    const { client, close } = await connect(kind, own.port);
    try {
      const store = redisTokenStore({ client, key: freshKey() });
      await own.pause();
      const error = await expectRejects(store.load(), OAuthTokenError, 'STORE_ERROR', {
        words: ['Redis GET failed'],
      });
      expect(error.message).toMatch(/closed|offline|writeable|ECONNRESET|ECONNREFUSED|Connection/i);
      await expectRejects(
        store.lock(async () => 1),
        OAuthTokenError,
        'STORE_ERROR',
        { words: ['Redis SET failed'] },
      );
    } finally {
      await close();
      await own.stop();
    }
  });
});

describe('options', () => {
  it('accepts a client by its shape only, and refuses anything else naming both clients', async () => {
    const key = freshKey();
    for (const client of [undefined, null, {}, { call() {} }, { sendCommand() {} }, 'redis://localhost']) {
      expectThrows(() => redisTokenStore({ client, key }), OAuthTokenError, 'INVALID_OPTION', {
        words: ['options.client must be a connected client of node-redis (redis 4+) or ioredis 5+'],
      });
    }
    const ioredisShaped = {
      status: 'ready',
      call: async (...args: string[]) => (args[0] === 'GET' ? null : 'OK'),
    };
    expect(await redisTokenStore({ client: ioredisShaped, key }).load()).toBeUndefined();
  });

  it('refuses a missing key, a wrong lockTtlMs or lockWaitMs, and missing options', async () => {
    const client = await clientOf('node-redis');
    // @ts-expect-error: the options are required
    expectThrows(() => redisTokenStore(), OAuthTokenError, 'INVALID_OPTION', {
      words: ['options is missing; pass { client, key }'],
    });
    expectThrows(() => redisTokenStore({ client, key: '' }), OAuthTokenError, 'INVALID_OPTION', {
      words: ['options.key is empty; pass the Redis key of the set'],
    });
    // @ts-expect-error: the key is a string
    expectThrows(() => redisTokenStore({ client, key: 7 }), OAuthTokenError, 'INVALID_OPTION', {
      words: ['options.key must be a string, got number'],
    });
    expectThrows(
      () => redisTokenStore({ client, key: 'k', lockTtlMs: 0 }),
      OAuthTokenError,
      'INVALID_OPTION',
      {
        words: ['options.lockTtlMs must be a number of ms, 1 or more'],
      },
    );
    expectThrows(
      () => redisTokenStore({ client, key: 'k', lockWaitMs: -1 }),
      OAuthTokenError,
      'INVALID_OPTION',
      {
        words: ['options.lockWaitMs must be a number of ms, 0 or more'],
      },
    );
  });
});
