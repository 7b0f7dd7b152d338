// While a source waits for its store's lock, it looks for the set the holder is about to save:
// processes that saw the same expiry or 401 take it at once, instead of queueing at the lock
// one by one only to load it (what made the fleet's slowest calls slow).
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { REFRESH_TOKEN, setup } from '../test/setup.ts';
import { memoryTokenStore, type TokenSet, type TokenStore } from './index.ts';

describe('waiting for the lock', () => {
  it('takes the set another process saved without waiting for that process to release the lock', async () => {
    const { zendesk, signIn, another } = setup();
    const tokens = await signIn();
    const shared = memoryTokenStore(tokens);
    const lock = shared.lock as NonNullable<TokenStore['lock']>;
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    // The holder keeps the lock a while after its save (as a process that is slow to release).
    const slow: TokenStore = {
      load: shared.load,
      save: shared.save,
      lock: (fn) =>
        lock(async () => {
          const result = await fn();
          await released;
          return result;
        }),
    };
    const holder = another({ grant: REFRESH_TOKEN, store: slow });
    const waiter = another({ grant: REFRESH_TOKEN, store: shared });
    expect([await holder.token(), await waiter.token()]).toEqual([tokens.accessToken, tokens.accessToken]);

    const open = zendesk.hold(); // the holder's token request waits, holding the lock
    const holding = holder.refresh();
    await sleep(5);
    let waited: TokenSet | undefined;
    const waiting = waiter.refresh().then((set) => (waited = set)); // it waits for the lock
    await sleep(20);
    expect(waited).toBeUndefined();
    open(); // the holder's answer comes, and it saves (then keeps the lock until release())
    for (let tries = 0; waited === undefined && tries < 200; tries++) await sleep(5);
    const saved = (await shared.load()) as TokenSet;
    expect(saved.accessToken).not.toBe(tokens.accessToken);
    expect(waited?.accessToken).toBe(saved.accessToken); // taken while the lock is still held
    release();
    expect((await holding).accessToken).toBe(saved.accessToken);
    await waiting;
    await sleep(10);
    expect(zendesk.requests).toHaveLength(1); // winning the lock later spent nothing
    expect((await shared.load())?.accessToken).toBe(saved.accessToken);
  });
});
