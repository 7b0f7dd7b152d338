// The fleet's faults, with real processes, real signals and a real Redis (node --test; run
// after the build): a worker killed with SIGKILL while it holds the lock, Redis restarted
// mid-run, and a token endpoint whose answer comes after the client gave up (it had rotated).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { redisCommand } from '../../config/redis-server.mjs';
import { runFleet, seed, startWorld } from './run.mjs';
import { summarise } from './summary.mjs';

/** Four workers: Node, Deno and Bun with node-redis, and Node with ioredis. */
const FLEET = { mode: 'shared', workers: 4, callsPerSecond: 20 };

/** Every failed call of the run as `{ at, code, worker }`, `at` in ms since the start. */
const failedCalls = (run) =>
  run.workers.flatMap((worker) =>
    (worker.result?.failedAt ?? []).map(([at, code]) => ({
      at,
      code,
      worker: `${worker.runtime}/${worker.client}`,
    })),
  );

/** A test with a world of its own (mock API and Redis), closed whatever happens. */
const fleetTest = (title, fn) =>
  test(title, { timeout: 180_000 }, async () => {
    const world = await startWorld({ accessTokenTtl: 1 });
    try {
      await fn(world);
    } finally {
      await world.close();
    }
  });

fleetTest(
  'a worker killed with SIGKILL while holding the lock: the others go on after its TTL, no invalid_grant',
  async (world) => {
    const lockTtlMs = 3_000;
    let lockLeftMs;
    const run = await runFleet(world, {
      ...FLEET,
      seconds: 7,
      worker: { lockTtlMs },
      workerAt: (index) => (index === 0 ? { stallInLock: true } : {}),
      // It starts alone and refreshes, so it takes the lock at once (no peer races it for it,
      // however slow the machine), and is killed holding it before the others start.
      async first([stalled], { key }) {
        stalled.go();
        await stalled.waitFor((line) => line.holding, 'taking the lock');
        assert.ok(stalled.kill('SIGKILL'));
        lockLeftMs = Number((await redisCommand(world.redis.port, 'PTTL', `${key}:lock`)).slice(1));
      },
    });
    const [killed, ...others] = run.workers;
    assert.equal(killed.signal, 'SIGKILL', `the stalled worker was killed (${killed.stderr})`);
    assert.ok(
      lockLeftMs > lockTtlMs / 2,
      `the dead worker's lock had most of its TTL left when the others started (PTTL ${lockLeftMs})`,
    );
    const summary = summarise({ workers: others, counts: run.counts });
    assert.equal(summary.reported, 3, others.map((w) => w.stderr).join('\n'));
    assert.deepEqual(failedCalls({ workers: others }), [], 'no call of the others failed');
    assert.equal(summary.invalidGrant, 0);
    assert.ok(
      summary.rotations >= 2,
      `the others refreshed after the lock expired (${summary.rotations} rotations)`,
    );
    // Some calls waited for the dead holder's lock to expire: what was left of its TTL, less
    // the second at most that the seed token could still be used, less some slack.
    const longest = Math.max(...others.flatMap((worker) => worker.result.touched));
    assert.ok(
      longest > lockLeftMs - 1_500,
      `the longest wait (${longest.toFixed(0)} ms) shows the lock was held (${lockLeftMs} ms left)`,
    );
    assert.ok(longest < lockTtlMs + 3_000, `and then ended (${longest.toFixed(0)} ms)`);
  },
);

fleetTest(
  'Redis restarted mid-run: calls fail with STORE_ERROR while it is down, then recover; no rotation lost',
  async (world) => {
    let down;
    let up;
    const run = await runFleet(world, {
      ...FLEET,
      seconds: 8,
      async during(_, { started }) {
        await sleep(2_000);
        // A restart that keeps the data, as one of a Redis with persistence does.
        await redisCommand(world.redis.port, 'SHUTDOWN', 'SAVE');
        await world.redis.pause();
        down = performance.now() - started;
        await sleep(1_500);
        await world.redis.resume();
        up = performance.now() - started;
      },
    });
    const summary = summarise(run);
    assert.equal(summary.reported, 4, run.workers.map((w) => w.stderr).join('\n'));
    const failed = failedCalls(run);
    assert.ok(failed.length > 0, 'calls that needed the store while it was down failed');
    for (const { at, code, worker } of failed) {
      assert.equal(code, 'STORE_ERROR', `${worker} at ${at} ms`);
      assert.ok(at > down - 500 && at < up + 3_000, `${worker} failed at ${at} ms, outside ${down}-${up} ms`);
    }
    assert.equal(summary.invalidGrant, 0);
    assert.equal(summary.tokenRequests, summary.rotations, 'every token request rotated');
    // No rotation lost: the set in Redis is the newest, and a process started now uses it.
    const check = await runFleet(world, { ...FLEET, workers: 1, seconds: 1, key: run.key });
    assert.equal(summarise(check).failed, 0);
    assert.equal(check.counts.invalidGrant, 0);
  },
);

fleetTest(
  'a token endpoint that answers after the client gave up (it had rotated): nobody re-presents the spent token; a new sign-in recovers',
  async (world) => {
    let lostAt;
    let signedInAt;
    const run = await runFleet(world, {
      ...FLEET,
      seconds: 7,
      worker: { timeoutMs: 800, lockTtlMs: 3_000 },
      async during(_, { key, started }) {
        await sleep(1_500);
        Object.assign(world.api.faults.switches, { lateAnswers: 1, lateByMs: 2_500 });
        while (world.api.faults.switches.lateAnswers > 0) await sleep(20);
        lostAt = performance.now() - started;
        await sleep(2_000);
        await seed(world, key); // a person signs in again; the new set is saved over the dead one
        signedInAt = performance.now() - started;
      },
    });
    const summary = summarise(run);
    assert.equal(summary.reported, 4, run.workers.map((w) => w.stderr).join('\n'));
    assert.equal(summary.invalidGrant, 0, 'no process sent the refresh token whose answer was lost');
    assert.equal(summary.tokenRequests, summary.rotations, 'every token request rotated');
    const failed = failedCalls(run);
    const codes = new Set(failed.map(({ code }) => code));
    assert.ok(codes.has('TIMEOUT'), `the refresher's callers got TIMEOUT (${[...codes]})`);
    assert.ok(codes.has('NO_REFRESH_TOKEN'), `the others were told a sign-in is needed (${[...codes]})`);
    for (const { at, code, worker } of failed) {
      assert.ok(['TIMEOUT', 'NO_REFRESH_TOKEN'].includes(code), `${worker}: ${code}`);
      assert.ok(
        at > lostAt - 300 && at < signedInAt + 1_500,
        `${worker} failed at ${at} ms (${lostAt}-${signedInAt})`,
      );
    }
    const refreshes = run.workers.flatMap((worker) => Object.keys(worker.result.refreshFailures));
    assert.deepEqual([...new Set(refreshes)], ['TIMEOUT'], 'the one failed token request timed out');
  },
);
