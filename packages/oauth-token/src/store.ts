import { sleep } from './backoff.ts';
import { OAuthTokenError } from './errors.ts';
import { sanitize } from './sanitize.ts';
import type { TokenStore } from './types.ts';

/**
 * A store's failure as `STORE_ERROR` (a `STORE_ERROR` or `LOCK_TIMEOUT` of this package's own
 * stores passes as it is). No `cause`: a store client's error may carry the command's arguments,
 * a whole token set. What helps instead, its name, code and message, is quoted with `secrets`
 * (the tokens this source holds) masked.
 */
export function storeError(
  operation: string,
  error: unknown,
  secrets: readonly (string | undefined)[],
): OAuthTokenError {
  if (error instanceof OAuthTokenError && (error.code === 'STORE_ERROR' || error.code === 'LOCK_TIMEOUT'))
    return error;
  const { name, code, message } = Object(error) as Record<string, unknown>;
  const said = [name, code, message].filter((part) => typeof part === 'string' && part).join(' ');
  return new OAuthTokenError(
    'STORE_ERROR',
    `store.${operation} failed: ${sanitize(said || String(error), secrets)}; check the store`,
  );
}

/** `store[operation]()`'s result, or its failure as {@link storeError}. */
export async function callStore<T>(
  operation: 'load' | 'save',
  call: () => Promise<T>,
  secrets: readonly (string | undefined)[],
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw storeError(operation, error, secrets);
  }
}

/**
 * `fn()` under `store.lock` when the store has one (else `fn()` alone). What `fn` throws passes
 * as it is; a failure of the lock itself is {@link storeError}.
 */
export async function withLock<T>(
  store: TokenStore,
  fn: () => Promise<T>,
  secrets: readonly (string | undefined)[],
): Promise<T> {
  if (!store.lock) return fn();
  let inner: { error: unknown } | undefined;
  try {
    return await store.lock(async () => {
      try {
        return await fn();
      } catch (error) {
        inner = { error };
        throw error;
      }
    });
  } catch (error) {
    if (inner && error === inner.error) throw error;
    throw storeError('lock', error, secrets);
  }
}

/** The first wait between two checks of {@link pollWhilePending}, in ms; it doubles up to 10. */
const FIRST_POLL_MS = 2;
const MAX_POLL_MS = 10;

/**
 * Resolves once `check()` resolves `true`, asking again after a wait that doubles from 2 ms up
 * to 10 ms, for as long as `pending` has not settled; after that, never (race it with
 * `pending`). A check that throws counts as `false`.
 */
export async function pollWhilePending(
  pending: Promise<unknown>,
  check: () => Promise<boolean>,
): Promise<void> {
  let waiting = true;
  const stop = () => {
    waiting = false;
  };
  pending.then(stop, stop);
  for (let wait = FIRST_POLL_MS; ; wait = Math.min(wait * 2, MAX_POLL_MS)) {
    await sleep(wait);
    if (!waiting) return new Promise<void>(() => {});
    if (await check().catch(() => false)) return;
  }
}
