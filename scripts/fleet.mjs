// `pnpm fleet [--workers 8] [--seconds 5] [--calls-per-second 40] [--check] [--no-naive]`:
// N processes (Node, Deno and Bun in turn, both Redis clients) act for one OAuth grant against
// the demo's mock API, whose access tokens live 1 second and whose refresh tokens rotate (a
// spent one coming back revokes the whole family), first sharing the set through Redis
// (@auth/oauth-token/redis), then naively (each process its own copy). One table compares
// them. `--check` (what `pnpm test` runs) fails on any failed call or invalid_grant of the
// Redis fleet; its last line is `fleet: N passed, N failed`. Run `pnpm build` first.
import { parseArgs } from 'node:util';
import { mixOf, runFleet, startWorld } from './fleet/run.mjs';
import { summarise } from './fleet/summary.mjs';
import { formatTable, tableRows } from './fleet/table.mjs';

const { values } = parseArgs({
  options: {
    workers: { type: 'string', default: '8' },
    seconds: { type: 'string', default: '5' },
    'calls-per-second': { type: 'string', default: '40' },
    check: { type: 'boolean', default: false },
    'no-naive': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(
    'usage: pnpm fleet [--workers N] [--seconds S] [--calls-per-second C (per process)] [--check] [--no-naive]',
  );
  process.exit(0);
}
const workers = Number(values.workers);
const seconds = Number(values.seconds);
const callsPerSecond = Number(values['calls-per-second']);
for (const [name, value] of Object.entries({ workers, seconds, callsPerSecond })) {
  if (!(value > 0)) {
    console.error(`fleet: --${name} must be a number above 0`);
    process.exit(2);
  }
}

const say = (line) => console.log(`fleet: ${line}`);
const runs = [{ mode: 'shared', title: 'Redis store' }];
if (!values['no-naive']) runs.push({ mode: 'naive', title: 'naive (own copy each)' });
const mix = Array.from({ length: workers }, (_, index) => mixOf(index));
say(`${workers} processes: ${mix.map(({ runtime, client }) => `${runtime}/${client}`).join(', ')}`);
say(`each calls the API ${callsPerSecond} times a second for ${seconds} s through source.fetch()`);

const world = await startWorld({ accessTokenTtl: 1 });
const columns = [];
try {
  say(
    `mock API on ${world.api.url}: access tokens live 1 s, refresh tokens rotate, reuse revokes the family`,
  );
  say(`Redis ${world.redis.url} (redis-server, no persistence)`);
  for (const { mode, title } of runs) {
    const started = performance.now();
    const run = await runFleet(world, { mode, workers, seconds, callsPerSecond });
    const summary = summarise(run);
    columns.push({ mode, title, summary });
    say(`${title}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    for (const worker of run.workers.filter((w) => !w.result || w.code !== 0)) {
      say(`  ${worker.runtime}/${worker.client} ended with code ${worker.code} and no result:`);
      console.log(worker.stderr.replace(/^/gm, '    | '));
    }
  }
} finally {
  await world.close();
}

console.log(`\n${formatTable(tableRows(columns))}\n`);
const shared = columns[0].summary;
const fixed = (value, digits = 1) => value?.toFixed(digits) ?? '-';
say(
  `one token round trip: median ${fixed(shared.tokenMs)} ms (p99 ${fixed(shared.tokenP99)} ms); one Redis round trip: median ${fixed(shared.redisMs, 2)} ms`,
);
const goal = (text, met) => say(`goal: ${text}: ${met ? 'met' : 'MISSED'}`);
goal(
  `token requests per rotation <= 1.05 (${shared.perRotation?.toFixed(2) ?? '-'})`,
  shared.perRotation <= 1.05,
);
goal(`no failed call (${shared.failed})`, shared.failed === 0);
goal(
  `p99 a refresh adds <= 3 x (token + Redis round trip) = ${shared.budgetMs?.toFixed(1) ?? '-'} ms (${shared.addedP99?.toFixed(1) ?? '-'} ms)`,
  shared.addedP99 <= shared.budgetMs,
);
const naive = columns.find((column) => column.mode === 'naive')?.summary;
if (naive)
  say(`naive fleet: ${naive.failed} of ${naive.calls} calls failed, ${naive.invalidGrant} invalid_grant`);

if (values.check) {
  // What the Redis fleet must never show; the figures above are measured, not tested.
  const checks = [
    [`every process reported (${shared.reported} of ${shared.workers})`, shared.reported === shared.workers],
    [`no failed call (${shared.failed})`, shared.failed === 0],
    [`no invalid_grant (${shared.invalidGrant})`, shared.invalidGrant === 0],
    [`the grant rotated (${shared.rotations} rotations)`, shared.rotations > 0],
  ];
  if (naive)
    checks.push([
      `the naive fleet shows what the store prevents (${naive.invalidGrant} invalid_grant)`,
      naive.invalidGrant > 0,
    ]);
  for (const [what, ok] of checks) console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
  const failed = checks.filter(([, ok]) => !ok).length;
  console.log(`fleet: ${checks.length - failed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}
