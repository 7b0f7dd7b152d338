// `pnpm test` after the build: every check of the repository, each one run even when an
// earlier one failed, then one table and one closing "N passed, N failed" line.
import { runChild } from './lib/run-child.mjs';

/** No step may hang CI: the slowest takes about a minute here. */
const STEP_TIMEOUT_MS = 15 * 60_000;

const turbo = ['exec', 'turbo', 'run', 'typecheck', 'test', 'check:package', '--continue', '--concurrency=2'];

/** `count(output)` turns a step's output into `[passed, failed]` test counts. */
const steps = [
  { name: 'lint', command: 'pnpm', args: ['exec', 'biome', 'check', '.'] },
  { name: 'unit + types + packaging', command: 'pnpm', args: turbo, count: countVitest },
  {
    name: 'size budgets',
    command: process.execPath,
    args: ['scripts/size.mjs', '--check'],
    count: lastLine('size'),
  },
  {
    name: 'conformance (8 runtimes)',
    command: process.execPath,
    args: ['conformance/run-all.mjs'],
    count: lastLine('conformance'),
  },
  {
    name: 'demo (5 runtimes)',
    command: process.execPath,
    args: ['scripts/demo.mjs'],
    count: lastLine('demo'),
  },
];

function countVitest(output) {
  let passed = 0;
  let failed = 0;
  for (const [, fail, pass] of output.matchAll(/^\S*\s*Tests\s+(?:(\d+) failed \| )?(?:(\d+) passed)?/gm)) {
    failed += Number(fail ?? 0);
    passed += Number(pass ?? 0);
  }
  return [passed, failed];
}

function lastLine(label) {
  return (output) => {
    const matches = [...output.matchAll(new RegExp(`^${label}: (\\d+) passed, (\\d+) failed$`, 'gm'))];
    const last = matches.at(-1);
    return last ? [Number(last[1]), Number(last[2])] : [0, 1];
  };
}

async function run({ command, args }) {
  const { child, done } = runChild(command, args, {
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', TURBO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    timeoutMs: STEP_TIMEOUT_MS,
  });
  let output = '';
  for (const [stream, sink] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ]) {
    stream.on('data', (chunk) => {
      output += chunk;
      sink.write(chunk);
    });
  }
  const { code, timedOut, error } = await done;
  if (timedOut) output += `\nkilled after ${STEP_TIMEOUT_MS / 60_000} minutes`;
  if (error) output += `\n${error.message}`;
  return { code: timedOut || error ? 1 : code, output };
}

const rows = [];
for (const step of steps) {
  console.log(`\n=== ${step.name}`);
  const started = performance.now();
  const { code, output } = await run(step);
  const [passed, failed] = step.count ? step.count(output) : [code === 0 ? 1 : 0, code === 0 ? 0 : 1];
  rows.push({
    name: step.name,
    ok: code === 0,
    passed,
    failed: code === 0 ? failed : Math.max(failed, 1),
    started,
  });
  rows.at(-1).seconds = (performance.now() - started) / 1000;
}

console.log('\n=== summary');
for (const { name, ok, passed, failed, seconds } of rows) {
  console.log(
    `  ${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(26)} ${String(passed).padStart(5)} passed, ${failed} failed  (${seconds.toFixed(1)} s)`,
  );
}
const passed = rows.reduce((sum, row) => sum + row.passed, 0);
const failed = rows.reduce((sum, row) => sum + row.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = rows.every((row) => row.ok) ? 0 : 1;
