// One process of a fleet that acts for one OAuth grant (web instances, queue workers, cron
// jobs of one integration): it calls the API through `source.fetch()`, and its token source
// shares the grant with every other process through Redis. The same file runs in Node, Deno
// and Bun, with either Redis client. `pnpm fleet` starts several (scripts/fleet.mjs).
//
// Configuration: the environment variable FLEET, JSON:
//   { mode: 'shared' | 'naive' | 'seed', api, key, redis, client: 'node-redis' | 'ioredis',
//     clientId, clientSecret, seconds, callsPerSecond, concurrency, lockTtlMs?, timeoutMs?,
//     stallInLock? }
// - 'shared': the set lives in Redis (redisTokenStore): one refresh per rotation for the fleet.
// - 'naive':  the set is read from Redis once at start, then each process keeps its own copy
//             (no store): what a fleet without a shared store does.
// - 'seed':   signs in (here with client_credentials, which the mock API answers with a
//             refresh token too; a real fleet gets its first set from a person's sign-in) and
//             saves the set to Redis, over whatever is there (a sign-in replaces a dead grant).
// `stallInLock` (the kill tests): at the start, the process refreshes: it takes the lock, says
// `{"holding":true}` and stops there, before its token request, to be killed holding it.
// It prints JSON lines: `{"ready":...}`, then waits for a line on stdin to start calling, and
// ends with `{"result":...}`. Nothing it prints holds a token.
import { createTokenSource, parseTokenResponse } from '@auth/oauth-token';
import { redisTokenStore } from '@auth/oauth-token/redis';
import { Redis } from 'ioredis';
import { createClient } from 'redis';

const config = JSON.parse(process.env.FLEET ?? '{}');
const runtime = globalThis.Deno ? 'deno' : globalThis.Bun ? 'bun' : 'node';
const ME = new URL('api/v2/users/me.json', config.api).href;
const TOKEN_ENDPOINT = new URL('oauth/tokens', config.api).href;
const print = (line) => process.stdout.write(`${JSON.stringify(line)}\n`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A connected Redis client. Both are told not to queue commands while Redis is down: a call
 * that needs the store then fails at once with STORE_ERROR instead of waiting for Redis.
 */
async function connectRedis() {
  if (config.client === 'ioredis') {
    const client = new Redis(config.redis, { enableOfflineQueue: false, maxRetriesPerRequest: 0 });
    client.on('error', () => {}); // while Redis is down it reconnects; the calls say what failed
    await new Promise((resolve) => client.once('ready', resolve));
    return { client, close: () => client.disconnect() };
  }
  const client = createClient({ url: config.redis, disableOfflineQueue: true });
  client.on('error', () => {});
  await client.connect();
  return { client, close: () => client.destroy() };
}

// The demo's private CA: Node reads NODE_EXTRA_CA_CERTS and Deno takes --cert; Bun's fetch
// takes it per request.
const ca = runtime === 'bun' && config.ca ? await globalThis.Bun.file(config.ca).text() : undefined;

// Every request the source sends goes through here, to time token requests and API calls.
const timings = { token: [], calls: new Map() };
async function timedFetch(input, init) {
  const request = new Request(input, init);
  const started = performance.now();
  const response = await fetch(request, ca ? { tls: { ca } } : undefined);
  const ms = performance.now() - started;
  const call = request.headers.get('x-call');
  if (request.url === TOKEN_ENDPOINT) timings.token.push(ms);
  else if (call) timings.calls.get(call)?.push({ started, ms, status: response.status });
  return response;
}

const redis = await connectRedis();
const store = redisTokenStore({ client: redis.client, key: config.key, lockTtlMs: config.lockTtlMs });
let started = false; // set at the start (after the warm-up)
if (config.stallInLock) {
  const { lock } = store;
  // Once started, takes the lock as usual but never runs what it holds it for (the refresh).
  store.lock = (fn) =>
    started
      ? lock(async () => {
          print({ holding: true });
          return new Promise(() => {}); // never sends its token request: SIGKILL comes first
        })
      : lock(fn);
}
const grant = { type: 'refresh_token', clientId: config.clientId, clientSecret: config.clientSecret };

if (config.mode === 'seed') {
  const body = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: config.clientId,
    client_secret: config.clientSecret,
  });
  const sentAt = Date.now();
  const set = parseTokenResponse(
    await (await timedFetch(TOKEN_ENDPOINT, { method: 'POST', body })).json(),
    sentAt,
  );
  print({ seeded: await store.save(set, await store.load()) });
  redis.close();
  process.exit(0);
}

const events = { 'refresh-start': 0, 'refresh-ok': 0, 'refresh-failed': 0, adopted: 0, 'reauth-required': 0 };
const refreshFailures = {}; // failed token requests by code
const source = createTokenSource({
  tokenEndpoint: TOKEN_ENDPOINT,
  grant,
  ...(config.mode === 'shared' ? { store } : { tokens: await store.load() }),
  // The default window (a tenth of the lifetime, at least 15 s) is longer than the demo's
  // 1-second tokens: a tenth to a fifth of it here, jittered so that the processes do not all
  // refresh at the same moment (the first saves, the others load its set).
  refreshWindowMs: (lifetime) => lifetime * (0.1 + Math.random() * 0.1),
  ...(config.timeoutMs && { timeoutMs: config.timeoutMs }),
  fetch: timedFetch,
  onEvent: (event) => {
    events[event.type] = (events[event.type] ?? 0) + 1;
    if (event.type === 'refresh-failed') refreshFailures[event.code] = (refreshFailures[event.code] ?? 0) + 1;
  },
});

/** Redis round trips, in ms (PING through the client the store uses). */
async function redisRoundTrips(count) {
  const times = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await redis.client.ping();
    times.push(performance.now() - started);
  }
  return times;
}

const redisTimes = await redisRoundTrips(20);
let calls = 0;
let failed = 0;
const failures = {}; // failed calls by code
const count = (name) => {
  failures[name] = (failures[name] ?? 0) + 1;
  return name;
};

/** One API call through the source: `undefined` when it succeeded, else why it failed. */
async function call(headers) {
  calls++;
  try {
    const response = await source.fetch(ME, { headers });
    await response.body?.cancel();
    if (response.status === 200) return undefined;
    failed++;
    return count(`HTTP ${response.status}`);
  } catch (error) {
    failed++;
    return count(error.code ?? error.name);
  }
}

// As many calls as will run at once, before the start (counted, not timed): connections are
// open (TLS handshakes done) and code is warm when timing starts.
await Promise.all(Array.from({ length: config.concurrency }, () => call({})));
print({ ready: true, runtime, client: config.client, mode: config.mode });
await new Promise((resolve) => process.stdin.once('data', resolve)); // the driver says go to all at once

started = true;
if (config.stallInLock) source.refresh().catch(() => {}); // takes the lock now, and stalls there
const failedAt = []; // [ms since go, code] of each failed call
const go = performance.now();
const touched = []; // the latency a refresh added to each call it touched, in ms
let next = 0;
const until = performance.now() + config.seconds * 1000;
const interval = (1000 / config.callsPerSecond) * config.concurrency;

async function loop() {
  while (performance.now() < until) {
    const id = String(next++);
    timings.calls.set(id, []);
    const started = performance.now();
    const failure = await call({ 'x-call': id });
    const total = performance.now() - started;
    const sent = timings.calls.get(id);
    timings.calls.delete(id);
    if (failure) failedAt.push([Math.round(started - go), failure]);
    const last = sent.at(-1);
    // Touched by a refresh: it waited for its token (more than 1 ms before its request went
    // out) or was sent twice (a 401: a peer's refresh deleted the token it held).
    if (!failure && last && (sent.length > 1 || sent[0].started - started > 1)) touched.push(total - last.ms);
    await sleep(interval * (0.5 + Math.random()));
  }
}
await Promise.all(Array.from({ length: config.concurrency }, loop));
await source.close();
redisTimes.push(...(await redisRoundTrips(20).catch(() => [])));
redis.close();
print({
  result: {
    runtime,
    client: config.client,
    mode: config.mode,
    calls,
    failed,
    failures,
    failedAt,
    refreshFailures,
    events,
    touched,
    tokenMs: timings.token,
    redisMs: redisTimes,
  },
});
process.exit(0);
