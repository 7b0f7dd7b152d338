// The Redis store's lock against a real Redis, with real time: one holder at a time, released
// only by its owner, LOCK_TIMEOUT after lockWaitMs, and a holder whose lock expired mid-refresh
// that cannot overwrite the newer set (its source adopts it instead).
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { expectRejects } from '../../../config/expect-error.ts';
import { redisCommand } from '../../../config/redis-server.mjs';
import { fakeZendesk, TOKEN_ENDPOINT } from '../test/fake-zendesk.ts';
import { CLIENT_KINDS, freshKey, useRedis } from '../test/redis.ts';
import { CLIENT_CREDENTIALS } from '../test/setup.ts';
import { createTokenSource, OAuthTokenError } from './index.ts';
import { redisTokenStore } from './redis.ts';

const { redis, clientOf } = useRedis();

describe.each(CLIENT_KINDS)('with %s', (kind) => {
  it('lets one holder in at a time, across clients, and returns what fn returns', async () => {
    const key = freshKey();
    const stores = [
      redisTokenStore({ client: await clientOf(kind), key }),
      redisTokenStore({ client: await clientOf('ioredis'), key }),
      redisTokenStore({ client: await clientOf('node-redis'), key }),
    ];
    let inside = 0;
    let most = 0;
    const results = await Promise.all(
      stores.flatMap((store, s) =>
        [0, 1].map((n) =>
          store.lock(async () => {
            most = Math.max(most, ++inside);
            await sleep(15);
            inside--;
            return `${s}.${n}`;
          }),
        ),
      ),
    );
    expect(most).toBe(1);
    expect(results).toEqual(['0.0', '0.1', '1.0', '1.1', '2.0', '2.1']);
    expect(await redisCommand(redis().port, 'EXISTS', `${key}:lock`)).toBe(':0'); // all released
  });

  it('is freed by a holder that throws, and passes its error on', async () => {
    const key = freshKey();
    const store = redisTokenStore({ client: await clientOf(kind), key });
    const failure = new Error('refresh failed');
    await expect(store.lock(async () => Promise.reject(failure))).rejects.toBe(failure);
    expect(await store.lock(async () => 'next')).toBe('next');
  });

  it('expires with a holder that died, and a late release never frees the next holder', async () => {
    const key = freshKey();
    const store = redisTokenStore({ client: await clientOf(kind), key, lockTtlMs: 100 });
    const other = redisTokenStore({ client: await clientOf(kind), key, lockTtlMs: 5_000 });
    let released!: () => void;
    const slow = store.lock(() => new Promise<void>((resolve) => (released = resolve))); // holds past its TTL
    await sleep(20);
    const started = Date.now();
    let otherInside = false;
    let done!: () => void;
    const next = other.lock(async () => {
      otherInside = true;
      await new Promise<void>((resolve) => (done = resolve));
    });
    while (!otherInside) await sleep(5);
    expect(Date.now() - started).toBeGreaterThanOrEqual(60); // it waited for the TTL
    released(); // the first holder ends now, long after its lock expired
    await slow;
    // Its release found another owner's value and left the lock alone.
    expect(await redisCommand(redis().port, 'EXISTS', `${key}:lock`)).toBe(':1');
    done();
    await next;
    expect(await redisCommand(redis().port, 'EXISTS', `${key}:lock`)).toBe(':0');
  });

  it('fails with LOCK_TIMEOUT after lockWaitMs, naming the lock and what frees it', async () => {
    const key = freshKey();
    await redisCommand(redis().port, 'SET', `${key}:lock`, 'someone-else', 'PX', '10000');
    const store = redisTokenStore({ client: await clientOf(kind), key, lockWaitMs: 120 });
    const started = Date.now();
    await expectRejects(
      store.lock(async () => 'never'),
      OAuthTokenError,
      'LOCK_TIMEOUT',
      {
        words: [`Redis lock ${key}:lock not won within lockWaitMs (120 ms)`, 'frees it after lockTtlMs'],
      },
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(120);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});

describe('a holder whose lock expired mid-refresh (real Redis, real time)', () => {
  it.each(CLIENT_KINDS)(
    'cannot overwrite the newer set: its save is refused and its source adopts (%s)',
    async (kind) => {
      // client_credentials: both token requests succeed (nothing is spent), so both reach their save.
      const zendesk = fakeZendesk({ now: Date.now });
      const key = freshKey();
      const events: string[] = [];
      const options = { tokenEndpoint: TOKEN_ENDPOINT, grant: CLIENT_CREDENTIALS, fetch: zendesk.fetch };
      const a = createTokenSource({
        ...options,
        store: redisTokenStore({ client: await clientOf(kind), key, lockTtlMs: 100 }),
        onEvent: (event) => events.push(event.type),
      });
      const b = createTokenSource({
        ...options,
        store: redisTokenStore({ client: await clientOf(kind), key }),
      });
      const first = await a.token();
      expect(await b.token()).toBe(first);

      // A's token request is answered only after its lock expired and B refreshed and saved.
      let answerA!: () => void;
      const held = new Promise<void>((resolve) => (answerA = resolve));
      zendesk.script(async (_sent, answer) => {
        await held;
        return answer();
      });
      const slow = a.refresh();
      await sleep(150); // A's lock (100 ms) has expired; A is still waiting for its answer
      const newer = await b.refresh();
      answerA();
      const adopted = await slow;
      expect(zendesk.requests).toHaveLength(3);
      expect(zendesk.requests[1]?.issued).not.toBe(newer.accessToken); // A got a set of its own...
      const stored = await redisTokenStore({ client: await clientOf(kind), key }).load();
      // ...which its save could not write over B's: the store, A and B all hold B's.
      expect([stored?.accessToken, adopted.accessToken, await a.token(), await b.token()]).toEqual(
        Array(4).fill(newer.accessToken),
      );
      expect(events).toContain('adopted');
    },
  );
});
