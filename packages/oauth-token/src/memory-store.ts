import { misuse } from './check.ts';
import { sameTokens, toTokenSet } from './token-set.ts';
import type { TokenSet, TokenStore } from './types.ts';
import { isCloudflareWorkers } from './workers.ts';

/**
 * A {@link TokenStore} in this process's memory, `initial` to begin with (a source without a
 * `store` keeps its set the same way, in itself).
 * `save` is a compare-and-set on the tokens, and `lock` a queue, so several sources may share
 * one store as processes share a Redis one: one refreshes, the others adopt its set. In
 * Cloudflare Workers it has no `lock`, which would make one request wait on another's promise.
 *
 * @example
 * ```ts
 * const store = memoryTokenStore();
 * const set = { accessToken: 'gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo', tokenType: 'bearer', expiresAt: null };
 * await store.save(set, undefined); // => true
 * await store.save(set, undefined); // => false
 * (await store.load())?.accessToken; // => 'gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo'
 * ```
 */
export function memoryTokenStore(initial?: TokenSet): TokenStore {
  let stored = initial === undefined ? undefined : toTokenSet(initial, 'initial', misuse);
  let queue: Promise<unknown> = Promise.resolve();
  const store: TokenStore = {
    load: async () => stored,
    async save(next, previous) {
      if (!sameTokens(stored, previous)) return false;
      stored = next;
      return true;
    },
  };
  if (!isCloudflareWorkers()) {
    store.lock = <T>(fn: () => Promise<T>): Promise<T> => {
      const turn = queue.then(fn);
      queue = turn.catch(() => {});
      return turn;
    };
  }
  return store;
}
