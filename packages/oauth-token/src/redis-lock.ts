import { sleep } from './backoff.ts';
import { OAuthTokenError } from './errors.ts';
import type { RedisSend } from './redis-client.ts';

/** The first wait for a busy lock, in ms; it doubles, with jitter, up to {@link MAX_RETRY_MS}. */
const FIRST_RETRY_MS = 2;
/**
 * The longest wait between two tries: a waiter sees a lock freed at most this late. Short,
 * because a refresh holds the lock for about one token round trip: the waiters then load the
 * set it saved, and the sooner they do, the less latency the refresh adds to their calls.
 */
const MAX_RETRY_MS = 50;

/** Deletes the lock only if `ARGV[1]`, this holder's random value, still holds it. */
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

/** 16 random bytes as hex: a holder's value, which no other holder can guess. */
function ownerValue(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** What {@link redisLock} needs: the lock's key, its TTL and how long to wait for it. */
export interface RedisLockOptions {
  readonly key: string;
  readonly ttlMs: number;
  readonly waitMs: number;
}

/**
 * Runs `fn` holding the Redis lock `key`: `SET key owner NX PX ttlMs`, tried again after a
 * backoff that doubles from 2 ms up to 50 ms, with jitter so that waiters do not try in step,
 * for at most `waitMs` (then `LOCK_TIMEOUT`). A holder that dies frees it after `ttlMs`. It is
 * released by a script that deletes it only while it still holds this holder's random value:
 * a holder whose lock expired never frees the next holder's.
 */
export async function redisLock<T>(
  send: RedisSend,
  options: RedisLockOptions,
  fn: () => Promise<T>,
): Promise<T> {
  const { key, ttlMs, waitMs } = options;
  const owner = ownerValue();
  const started = Date.now();
  for (let tried = 0; ; tried++) {
    if ((await send(['SET', key, owner, 'NX', 'PX', String(ttlMs)])) === 'OK') break;
    const left = started + waitMs - Date.now();
    if (left <= 0) {
      throw new OAuthTokenError(
        'LOCK_TIMEOUT',
        `Redis lock ${key} not won within lockWaitMs (${waitMs} ms); a holder that died frees it after lockTtlMs`,
      );
    }
    const backoff = Math.min(FIRST_RETRY_MS * 2 ** tried, MAX_RETRY_MS) * (0.5 + Math.random() / 2);
    await sleep(Math.min(backoff, left));
  }
  try {
    return await fn();
  } finally {
    // A release that fails (Redis went away) is not the callers' failure: the TTL frees the lock.
    await send(['EVAL', RELEASE, '1', key, owner]).catch(() => {});
  }
}
