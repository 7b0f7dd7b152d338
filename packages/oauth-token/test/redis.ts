/// <reference types="node" />
// A real Redis for the Redis store's tests (Debian's redis-server on a free loopback port,
// config/redis-server.mjs), and connected clients of both kinds, each closed after its file.
import { Redis } from 'ioredis';
import { createClient } from 'redis';
import { afterAll, beforeAll } from 'vitest';
import { startRedis, type TestRedis } from '../../../config/redis-server.mjs';

export type ClientKind = 'node-redis' | 'ioredis';
export const CLIENT_KINDS: readonly ClientKind[] = ['node-redis', 'ioredis'];

/** A connected client of `kind` and how to close it. Both fail fast while Redis is down. */
export async function connect(
  kind: ClientKind,
  port: number,
): Promise<{ client: unknown; close(): Promise<void> }> {
  if (kind === 'ioredis') {
    const client = new Redis({ port, host: '127.0.0.1', enableOfflineQueue: false, maxRetriesPerRequest: 0 });
    client.on('error', () => {}); // reconnection attempts while a test keeps Redis down
    await new Promise((resolve, reject) => {
      client.once('ready', resolve);
      client.once('end', () => reject(new Error('ioredis could not connect')));
    });
    return { client, close: async () => void client.disconnect() };
  }
  const client = createClient({ url: `redis://127.0.0.1:${port}`, disableOfflineQueue: true });
  client.on('error', () => {});
  await client.connect();
  return { client, close: async () => void (client.isOpen && client.destroy()) };
}

/**
 * Starts one Redis for the calling test file (stopped after it, whatever happens) and returns
 * a getter for it, and `clientOf(kind)`: a client connected to it, closed after the file.
 */
export function useRedis(): { redis: () => TestRedis; clientOf: (kind: ClientKind) => Promise<unknown> } {
  let redis: TestRedis | undefined;
  const closers: (() => Promise<void>)[] = [];
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    for (const close of closers) await close().catch(() => {});
    await redis?.stop();
  });
  const started = () =>
    redis ??
    (() => {
      throw new Error('Redis is not started');
    })();
  return {
    redis: started,
    async clientOf(kind) {
      const { client, close } = await connect(kind, started().port);
      closers.push(close);
      return client;
    },
  };
}

let keys = 0;
/** A key no other test of this run uses. */
export const freshKey = (): string => `test:${process.pid}:${Date.now()}:${++keys}`;
