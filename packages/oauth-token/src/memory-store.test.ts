import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectThrows } from '../../../config/expect-error.ts';
import { memoryTokenStore, OAuthTokenError, type TokenSet } from './index.ts';

afterEach(() => vi.unstubAllGlobals());

const set = (n: number): TokenSet => ({
  accessToken: `access-${n}`,
  tokenType: 'bearer',
  expiresAt: null,
  refreshToken: `refresh-${n}`,
});

describe('memoryTokenStore', () => {
  it('starts empty, or with a checked initial set', async () => {
    expect(await memoryTokenStore().load()).toBeUndefined();
    const loaded = await memoryTokenStore(set(1)).load();
    expect({ ...loaded }).toEqual(set(1));
    expect(JSON.stringify(loaded)).not.toContain('access-1'); // sealed: redacted when logged
    expectThrows(() => memoryTokenStore({ accessToken: '' } as TokenSet), OAuthTokenError, 'INVALID_OPTION');
  });

  it('saves by compare-and-set on the tokens: false, and nothing written, when the stored set changed', async () => {
    const store = memoryTokenStore();
    expect(await store.save(set(1), undefined)).toBe(true);
    expect(await store.save(set(2), undefined)).toBe(false);
    expect(await store.save(set(2), { ...set(1), expiresAt: 5 })).toBe(true); // same tokens: same set
    expect(await store.save(set(3), set(1))).toBe(false);
    expect((await store.load())?.accessToken).toBe('access-2');
  });

  it('queues lock holders one after another, a failing one included', async () => {
    const store = memoryTokenStore();
    const order: string[] = [];
    const hold = (name: string, ms: number, fail = false) =>
      store.lock?.(async () => {
        order.push(`${name} in`);
        await new Promise((resolve) => setTimeout(resolve, ms));
        order.push(`${name} out`);
        if (fail) throw new Error(name);
        return name;
      });
    const results = await Promise.allSettled([hold('a', 20, true), hold('b', 1), hold('c', 1)]);
    expect(order).toEqual(['a in', 'a out', 'b in', 'b out', 'c in', 'c out']);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
  });

  it('has no lock in Cloudflare Workers, where it would make one request wait on another', () => {
    vi.stubGlobal('navigator', { userAgent: 'Cloudflare-Workers' });
    expect(memoryTokenStore().lock).toBeUndefined();
  });
});
