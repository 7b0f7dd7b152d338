// The README's and the JSDoc's examples of the Redis store (config/examples.ts), run against a
// real Redis (started for this file) with both real clients, each README example against its
// own fake Zendesk and an empty Redis.
import { Redis } from 'ioredis';
import { createClient } from 'redis';
import { beforeEach, describe, expect, it } from 'vitest';
import { claims, jsdocExamples, readmeExamples, testExamples } from '../../../config/examples.ts';
import { redisCommand } from '../../../config/redis-server.mjs';
import { testZendesk } from '../test/readme-zendesk.ts';
import { useRedis } from '../test/redis.ts';
import * as index from './index.ts';
import { redisTokenStore } from './redis.ts';

const { redis, clientOf } = useRedis();
let client: unknown;
beforeEach(async () => {
  await redisCommand(redis().port, 'FLUSHALL');
  process.env['REDIS_URL'] = redis().url;
  client ??= await clientOf('node-redis');
});

describe('README code blocks of the Redis store', () => {
  const blocks = readmeExamples(new URL('../README.md', import.meta.url)).filter(
    ({ code }) => claims(code) && code.includes('redisTokenStore'),
  );
  it('has examples to check', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(3);
  });
  testExamples(blocks, () => ({
    ...index,
    redisTokenStore,
    createClient,
    Redis,
    zendeskForTests: testZendesk(),
  }));
});

describe('JSDoc @example blocks of the Redis store', () => {
  const examples = jsdocExamples(new URL('.', import.meta.url)).filter(
    ({ code, file }) => claims(code) && file.startsWith('redis'),
  );
  it('has examples to check', () => {
    expect(examples.length).toBeGreaterThanOrEqual(1);
  });
  testExamples(examples, () => ({ redisTokenStore, redis: client }));
});
