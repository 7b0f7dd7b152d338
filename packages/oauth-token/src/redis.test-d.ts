// Type tests of the BUILT declarations of the Redis store (dist/redis.d.ts), as users' TypeScript sees them.
import type { TokenStore } from '@auth/oauth-token';
import { type RedisTokenStoreOptions, redisTokenStore } from '@auth/oauth-token/redis';
import { expectTypeOf, test } from 'vitest';

test('redisTokenStore takes any client (told apart at run time) and returns a store with a lock', () => {
  expectTypeOf(redisTokenStore).parameter(0).toEqualTypeOf<RedisTokenStoreOptions>();
  expectTypeOf<RedisTokenStoreOptions['client']>().toBeUnknown();
  expectTypeOf<RedisTokenStoreOptions['key']>().toBeString();
  expectTypeOf<RedisTokenStoreOptions['lockTtlMs']>().toEqualTypeOf<number | undefined>();
  const store = redisTokenStore({ client: {}, key: 'oauth:acme' });
  expectTypeOf(store).toExtend<TokenStore>();
  expectTypeOf(store.lock).toBeFunction();
  // @ts-expect-error: the key is required
  redisTokenStore({ client: {} });
});
