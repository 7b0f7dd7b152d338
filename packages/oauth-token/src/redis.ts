import { checkMs, checkObject, checkText } from './check.ts';
import { fail } from './errors.ts';
import { redisSender } from './redis-client.ts';
import { redisLock } from './redis-lock.ts';
import type { TokenSet, TokenStore } from './types.ts';

/** The options of {@link redisTokenStore}. */
export interface RedisTokenStoreOptions {
  /**
   * A connected client of node-redis (`createClient()` of the `redis` package, 4 or newer) or of
   * ioredis (5 or newer), told apart by shape; this package depends on neither.
   */
  client: unknown;
  /** The Redis key of the set; the lock is `<key>:lock`. One key per grant (per user, per client). */
  key: string;
  /** How long a lock lives if its holder dies, in ms. Default 15,000: longer than `timeoutMs`. */
  lockTtlMs?: number;
  /** How long to wait for the lock before `LOCK_TIMEOUT`, in ms. Default 20,000. */
  lockWaitMs?: number;
}

/**
 * How long a set outlives the last of its tokens in Redis: a day, so that a clock that differs
 * between this process and Redis cannot cut it short. A dead set that lingers does no harm.
 */
const KEEP_MS = 24 * 60 * 60_000;

/**
 * Compare-and-set, atomic in Redis: writes `ARGV[3]` (the new set's JSON, with the TTL
 * `ARGV[4]` in ms, none when empty) only while the stored set has the access token `ARGV[1]`
 * and the refresh token `ARGV[2]` (`''`: none), or, when `ARGV[1]` is `''`, only while nothing
 * is stored. 1: written; 0: another process wrote first, or what is stored is no set.
 */
const COMPARE_AND_SET = `
local stored = redis.call('GET', KEYS[1])
if ARGV[1] == '' then
  if stored then return 0 end
else
  if not stored then return 0 end
  local ok, set = pcall(cjson.decode, stored)
  if not ok or type(set) ~= 'table' then return 0 end
  local refresh = set.refreshToken
  if type(refresh) ~= 'string' then refresh = '' end
  if set.accessToken ~= ARGV[1] or refresh ~= ARGV[2] then return 0 end
end
if ARGV[4] == '' then redis.call('SET', KEYS[1], ARGV[3]) else redis.call('SET', KEYS[1], ARGV[3], 'PX', ARGV[4]) end
return 1`;

/** The set's fields as JSON: its own fields only, so a set's redacting `toJSON` is not used. */
function serialise(set: TokenSet): string {
  const { accessToken, tokenType, expiresAt, issuedAt, refreshToken, refreshTokenExpiresAt, scope } = set;
  return JSON.stringify({
    accessToken,
    tokenType,
    expiresAt,
    issuedAt,
    refreshToken,
    refreshTokenExpiresAt,
    scope,
  });
}

/**
 * The set's TTL in ms: until its refresh token expires (its access token, when it has none),
 * plus {@link KEEP_MS}; `''` (no TTL) when that expiry is not known.
 */
function ttlOf(set: TokenSet): string {
  const ends = set.refreshToken === undefined ? set.expiresAt : set.refreshTokenExpiresAt;
  if (ends == null) return '';
  const last = Math.max(ends, set.expiresAt ?? ends);
  return String(Math.max(Math.ceil(last - Date.now()), 0) + KEEP_MS);
}

/**
 * A {@link TokenStore} on Redis, for a fleet of processes (Node, Deno, Bun) that act for one
 * grant: the set is one JSON value at `key`, with a TTL no shorter than its refresh token's
 * life; `save` is a compare-and-set in one Lua script (on the access and refresh tokens), and
 * `lock` a `SET NX PX` lock with a random owner, released by a compare-and-delete script. A
 * holder whose lock expired mid-refresh cannot overwrite a newer set: its save finds the store
 * changed, and its source adopts the newer set. Redis failures are `STORE_ERROR`, whose
 * `cause` has the client error's name, code and message only (never the command's arguments).
 *
 * @throws {OAuthTokenError} `INVALID_OPTION` when `client` is neither client, or an option is wrong.
 *
 * @example
 * ```ts
 * const store = redisTokenStore({ client: redis, key: 'oauth:acme:demo_app' });
 * const set = { accessToken: 'gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo', tokenType: 'bearer', expiresAt: null };
 * await store.save(set, undefined); // => true
 * await store.save(set, undefined); // => false
 * (await store.load())?.accessToken; // => 'gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo'
 * redisTokenStore({ client: {}, key: 'oauth:acme:demo_app' });
 * // throws INVALID_OPTION: options.client must be a connected client of node-redis (redis 4+) or ioredis 5+, got object
 * ```
 */
export function redisTokenStore(options: RedisTokenStoreOptions): Required<TokenStore> {
  checkObject(options, 'options', '{ client, key }');
  const send = redisSender(options.client);
  const key = checkText(options.key, 'options.key', 'the Redis key of the set');
  const lock = {
    key: `${key}:lock`,
    ttlMs:
      options.lockTtlMs === undefined
        ? 15_000
        : Math.ceil(checkMs(options.lockTtlMs, 'options.lockTtlMs', 1)),
    waitMs: options.lockWaitMs === undefined ? 20_000 : checkMs(options.lockWaitMs, 'options.lockWaitMs', 0),
  };
  return {
    async load() {
      const stored = await send(['GET', key]);
      if (stored == null) return undefined;
      try {
        return JSON.parse(String(stored)) as TokenSet;
      } catch {
        return fail('STORE_ERROR', `Redis key ${key} holds no JSON; delete it, or save a set there`);
      }
    },
    async save(next, previous) {
      const expected =
        previous === undefined ? ['', ''] : [previous.accessToken, previous.refreshToken ?? ''];
      const secrets = [next.accessToken, next.refreshToken, ...expected];
      const args = ['EVAL', COMPARE_AND_SET, '1', key, ...expected, serialise(next), ttlOf(next)];
      return Number(await send(args, secrets)) === 1;
    },
    lock: (fn) => redisLock(send, lock, fn),
  };
}
