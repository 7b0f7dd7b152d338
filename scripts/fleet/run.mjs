// A fleet on this machine, for `pnpm fleet` and its kill tests: the demo's mock API (access
// tokens that live 1 second, refresh tokens that rotate, the whole family revoked when a
// spent one comes back), a Redis, and worker processes (examples/fleet/worker.mjs) in Node,
// Deno and Bun with either Redis client, all calling the API at once for a few seconds.
import { createInterface } from 'node:readline';
import { startRedis } from '../../config/redis-server.mjs';
import { startMockApi } from '../../examples/mock-api/src/index.mjs';
import { root } from '../lib/packages.mjs';
import { runChild } from '../lib/run-child.mjs';

const WORKER = `${root}examples/fleet/worker.mjs`;
export const RUNTIMES = ['node', 'deno', 'bun'];
export const CLIENTS = ['node-redis', 'ioredis'];
/** How long a worker may take to start (Deno and Bun load both Redis clients). */
const READY_TIMEOUT_MS = 60_000;

/**
 * Worker `index`'s runtime and Redis client: the runtimes in turn, the client changing every
 * three, so that six workers cover every pair (eight: Node 3, Deno 3, Bun 2; node-redis 5, ioredis 3).
 */
export const mixOf = (index) => ({
  runtime: RUNTIMES[index % RUNTIMES.length],
  client: CLIENTS[Math.floor(index / RUNTIMES.length) % CLIENTS.length],
});

/** How to start the worker in `runtime` against `api`. */
function command(runtime, api) {
  if (runtime === 'deno') {
    const deno = `${root}node_modules/.bin/deno`;
    const args = ['run', `--cert=${api.caPath}`, '--allow-net', '--allow-env', '--allow-read', '--allow-sys'];
    return { file: deno, args: [...args, WORKER], env: {} };
  }
  if (runtime === 'bun') return { file: `${root}node_modules/.bin/bun`, args: [WORKER], env: {} };
  return { file: process.execPath, args: [WORKER], env: { NODE_EXTRA_CA_CERTS: api.caPath } };
}

/** The mock API (1-second access tokens) and a Redis; `close()` ends both. */
export async function startWorld({ accessTokenTtl = 1 } = {}) {
  const redis = await startRedis();
  try {
    const api = await startMockApi({ accessTokenTtl });
    return { api, redis, close: async () => void (await Promise.all([api.close(), redis.stop()])) };
  } catch (error) {
    await redis.stop();
    throw error;
  }
}

/**
 * Starts one worker and follows its JSON lines: `lines` (every one), `waitFor(predicate)`,
 * `go()`, `kill(signal)`, and `done` (its exit, with its result and what it printed to stderr).
 */
export function startWorker(world, config, { runtime, client }, timeoutMs) {
  const { file, args, env } = command(runtime, world.api);
  const fleet = {
    api: world.api.url,
    ca: world.api.caPath,
    redis: world.redis.url,
    client,
    clientId: world.api.credentials.clientId,
    clientSecret: world.api.credentials.clientSecret,
    ...config,
  };
  const { NODE_EXTRA_CA_CERTS: _, ...inherited } = process.env;
  const { child, done, kill } = runChild(file, args, {
    cwd: root,
    env: { ...inherited, ...env, NO_COLOR: '1', FLEET: JSON.stringify(fleet) },
    stdio: ['pipe', 'pipe', 'pipe'],
    timeoutMs,
  });
  child.stdin.on('error', () => {}); // a worker that is gone takes no "go"
  const lines = [];
  const waiters = new Set();
  let toldToGo = false;
  let stderr = '';
  createInterface({ input: child.stdout }).on('line', (text) => {
    let line;
    try {
      line = JSON.parse(text);
    } catch {
      stderr += `${text}\n`;
      return;
    }
    lines.push(line);
    for (const waiter of waiters) waiter(line);
  });
  child.stderr.setEncoding('utf8').on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = done.then((exit) => ({
    ...exit,
    runtime,
    client,
    result: lines.find((line) => line.result)?.result,
    stderr: stderr.trim(),
  }));
  return {
    runtime,
    client,
    lines,
    done: exited,
    /** Starts the worker's calls; once (a later call does nothing). */
    go: () => {
      if (!toldToGo) child.stdin.write('go\n');
      toldToGo = true;
    },
    /** Signals the worker's process group (Deno's and Bun's shims start the real binary); `false`: it was gone. */
    kill,
    /** Resolves with the first line (past or future) for which `predicate` holds; rejects if the worker ends first. */
    waitFor(predicate, what) {
      const seen = lines.find(predicate);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const waiter = (line) => {
          if (!predicate(line)) return;
          waiters.delete(waiter);
          resolve(line);
        };
        waiters.add(waiter);
        exited.then((exit) => {
          if (waiters.delete(waiter))
            reject(new Error(`${runtime} worker ended (code ${exit.code}) before ${what}:\n${exit.stderr}`));
        });
      });
    },
  };
}

/** Signs in and saves the set at `key` (over whatever is there), through a Node worker. */
export async function seed(world, key) {
  const worker = startWorker(world, { mode: 'seed', key }, mixOf(0), READY_TIMEOUT_MS);
  const { seeded } = await worker.waitFor((line) => 'seeded' in line, 'seeding');
  await worker.done;
  if (!seeded) throw new Error(`the seed set could not be saved at ${key}`);
}

/**
 * Runs a fleet: seeds a fresh key (or uses `key`, seeded before), starts `workers` processes in `mode` ('shared': the Redis
 * store; 'naive': each its own copy of the seed set), runs `first(workers, { key })` once all
 * are ready (a kill test starts one worker there, to fault it before the others run), starts
 * the others calling at once, runs `during(workers, { key, started })` meanwhile (the kill tests'
 * faults; `started` is the `performance.now()` of the start), and resolves when all have ended:
 * `{ key, workers: [{ runtime, client, code, signal, result?, stderr }], counts }`, `counts`
 * being the token endpoint's (refresh requests, rotations, invalid_grant) during the run.
 */
export async function runFleet(world, options) {
  const { mode, workers: count = 8, seconds = 5, callsPerSecond = 40, concurrency = 4 } = options;
  const key = options.key ?? `fleet:${mode}:${process.pid}:${Date.now()}`;
  if (!options.key) await seed(world, key);
  world.api.faults.reset();
  const config = { mode, key, seconds, callsPerSecond, concurrency, ...options.worker };
  const timeoutMs = READY_TIMEOUT_MS + seconds * 1000 + 60_000;
  const workers = Array.from({ length: count }, (_, index) =>
    startWorker(world, { ...config, ...options.workerAt?.(index) }, mixOf(index), timeoutMs),
  );
  try {
    await Promise.all(workers.map((worker) => worker.waitFor((line) => line.ready, 'being ready')));
    await options.first?.(workers, { key });
    for (const worker of workers) worker.go();
    const during = options.during?.(workers, { key, started: performance.now() });
    const ended = await Promise.all(workers.map((worker) => worker.done));
    await during;
    return { key, workers: ended, counts: { ...world.api.faults.counts } };
  } finally {
    for (const worker of workers) worker.kill('SIGKILL');
  }
}
