// A TokenStore wrapper for tests: it records what the source does with a store, can make the
// next operations fail, and can hold a save back, to watch what callers see meanwhile.
import { memoryTokenStore } from '../src/index.ts';
import type { TokenSet, TokenStore } from '../src/types.ts';
import { gate } from './gate.ts';

export interface WatchedStore extends TokenStore {
  /** Operations in order: 'load', 'save', 'save:false', 'lock', 'unlock'. */
  readonly log: string[];
  /** The next calls of `operation` throw these, one each. */
  fail(operation: 'load' | 'save' | 'lock', ...errors: unknown[]): void;
  /** Holds saves back until the returned function is called. */
  holdSaves(): () => void;
  /** What the store holds now. */
  peek(): Promise<TokenSet | undefined>;
}

export function watchedStore(
  inner: TokenStore = memoryTokenStore(),
  { lock = true }: { lock?: boolean } = {},
): WatchedStore {
  const log: string[] = [];
  const failures: Record<string, unknown[]> = { load: [], save: [], lock: [] };
  const saves = gate();
  const failure = (operation: string) => {
    const queue = failures[operation] as unknown[];
    if (queue.length) throw queue.shift();
  };
  const store: WatchedStore = {
    log,
    async load() {
      log.push('load');
      failure('load');
      return inner.load();
    },
    async save(next, previous) {
      await saves.wait();
      failure('save');
      const saved = await inner.save(next, previous);
      log.push(saved ? 'save' : 'save:false');
      return saved;
    },
    fail: (operation, ...errors) => void (failures[operation] as unknown[]).push(...errors),
    holdSaves: saves.hold,
    peek: () => inner.load(),
  };
  if (lock) {
    const innerLock = inner.lock?.bind(inner) ?? (<T>(fn: () => Promise<T>) => fn());
    store.lock = <T>(fn: () => Promise<T>): Promise<T> =>
      innerLock(async () => {
        failure('lock');
        log.push('lock');
        try {
          return await fn();
        } finally {
          log.push('unlock');
        }
      });
  }
  return store;
}
