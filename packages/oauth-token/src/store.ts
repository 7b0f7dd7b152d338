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
