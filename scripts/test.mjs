// `pnpm test`: every check of the repository, one line per step on screen, then the failures
// (each failing step's own output, trimmed to what matters), one table, and a closing
// "N passed, N failed" line. Full logs go to .test-logs/<step>.log. Counts come from
// machine-readable reports: vitest's JSON reporter and our `node --test` reporter (both
// switched on through AUTH_TEST_RESULTS), turbo's run summary, and the closing
// `<label>: N passed, N failed` line of our own scripts.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { runtimes } from '../conformance/runtimes.mjs';
import { root } from './lib/packages.mjs';
import { runCaptured } from './lib/run-child.mjs';
import { failureLines, indent, plain } from './lib/text.mjs';

/** No step may hang CI: the slowest takes about two minutes here. */
const STEP_TIMEOUT_MS = 15 * 60_000;
const LOGS = '.test-logs';
const RESULTS = `${root}${LOGS}/results`;
const REPORTER = `${root}scripts/lib/node-test-reporter.mjs`;
/** Lines every vitest run prints that say nothing about this run. */
const NOISE =
  /Testing types with tsc and vue-tsc is an experimental feature|Breaking changes might not follow SemVer/;

// new-only: the log holds what ran now, never a cached task's replayed output (the builds).
const turbo = (...args) => ['exec', 'turbo', 'run', ...args, '--output-logs=new-only', '--summarize'];
const node = (...args) => ({ command: process.execPath, args });

const steps = [
  { name: 'build', command: 'pnpm', args: turbo('build'), count: turboCounts, stopsTheRun: true },
  { name: 'lint', command: 'pnpm', args: ['exec', 'biome', 'check', '.'] },
  {
    name: 'unit + types + packaging',
    command: 'pnpm',
    args: turbo('typecheck', 'test', 'check:package', '--continue', '--concurrency=2'),
    count: turboCounts,
  },
  {
    name: 'scripts (node --test)',
    ...node('--test', ...scriptTests()), // NODE_OPTIONS (below) names our reporter, as for every node --test
    count: () => nodeTestCounts('auth-primitives'),
  },
  { name: 'size budgets', ...node('scripts/size.mjs', '--check'), count: lastLine('size') },
  { name: 'release check', ...node('scripts/release-check.mjs'), count: lastLine('release') },
  { name: 'docs, followed as typed', ...node('scripts/docs-check.mjs'), count: lastLine('docs') },
  {
    name: `conformance (${runtimes.length} runtimes)`,
    ...node('conformance/run-all.mjs'),
    count: lastLine('conformance'),
  },
  { name: 'demo (5 runtimes)', ...node('scripts/demo.mjs'), count: lastLine('demo') },
  {
    name: 'fleet (8 processes, Redis)',
    ...node('scripts/fleet.mjs', '--check', '--seconds', '3'),
    count: lastLine('fleet'),
  },
];

/** The tests of scripts/ (named explicitly: `node --test scripts/` would also run this file). */
function scriptTests() {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(`${root}${dir}`, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(`${dir}/${entry.name}`);
      else if (entry.name.endsWith('.test.mjs')) found.push(`${dir}/${entry.name}`);
    }
  };
  walk('scripts');
  return found.sort();
}

function lastLine(label) {
  return ({ output }) => {
    const matches = [...output.matchAll(new RegExp(`^${label}: (\\d+) passed, (\\d+) failed$`, 'gm'))];
    const last = matches.at(-1);
    return last ? { passed: Number(last[1]), failed: Number(last[2]) } : { passed: 0, failed: 1 };
  };
}

const readJson = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined);

function nodeTestCounts(packageName) {
  const report = readJson(`${RESULTS}/${packageName.replace('/', '+')}.node-test.json`);
  if (!report) return undefined;
  const failures = report.failures.map(({ title, message }) => [
    `not ok ${title}`,
    ...message.split('\n').slice(0, 4),
  ]);
  return { passed: report.passed, failed: report.failed, failures: failures.flat() };
}

/** A failure message's lines, without stack frames (the test's file and line are named). */
function withoutStack(message) {
  return plain(message)
    .split('\n')
    .filter((line) => !/^\s+at /.test(line));
}

function vitestCounts(packageName) {
  const report = readJson(`${RESULTS}/${packageName.replace('/', '+')}.vitest.json`);
  if (!report) return undefined;
  const failures = [];
  let brokenFiles = 0;
  for (const file of report.testResults) {
    const where = file.name.slice(root.length);
    const failed = file.assertionResults.filter((test) => test.status === 'failed');
    if (file.status === 'failed' && failed.length === 0) {
      brokenFiles++;
      failures.push(`FAIL ${where}`, ...withoutStack(file.message).slice(0, 6));
    }
    for (const test of failed) {
      const message = withoutStack(test.failureMessages.join('\n')).slice(0, 4);
      failures.push(`FAIL ${where} > ${test.fullName}`, ...message.map((line) => `  ${line}`));
    }
  }
  return { passed: report.numPassedTests, failed: report.numFailedTests + brokenFiles, failures };
}

/** The newest turbo run summary written since `since` (epoch ms). */
function turboSummary(since) {
  const dir = `${root}.turbo/runs`;
  if (!existsSync(dir)) return undefined;
  const newest = readdirSync(dir)
    .map((file) => `${dir}/${file}`)
    .filter((path) => statSync(path).mtimeMs >= since)
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  if (!newest) return undefined;
  const summary = readJson(newest);
  rmSync(newest); // read once; they would pile up in .turbo/runs otherwise
  return summary;
}

/**
 * Counts of a turbo step: a test task counts its tests (vitest's or node --test's report),
 * any other task counts as one. A failed task shows its failures, else the end of its log.
 */
function turboCounts({ started }) {
  const summary = turboSummary(started);
  if (!summary) return undefined;
  let passed = 0;
  let failed = 0;
  const failures = [];
  for (const task of summary.tasks) {
    const exitCode = task.execution?.exitCode;
    const ok = exitCode === 0;
    const tests =
      task.task === 'test' ? (vitestCounts(task.package) ?? nodeTestCounts(task.package)) : undefined;
    const counts = tests ?? { passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
    passed += counts.passed;
    failed += ok ? counts.failed : Math.max(counts.failed, 1);
    if (ok && counts.failed === 0) continue;
    // Uncached tasks (the tests) have no logFile in the summary, but turbo writes it all the same.
    const logFile = task.logFile ?? `${task.directory}/.turbo/turbo-${task.task.replace(':', '$colon$')}.log`;
    const log = `${root}${logFile}`;
    const detail =
      tests?.failures.length > 0
        ? tests.failures
        : failureLines(existsSync(log) ? readFileSync(log, 'utf8') : '').filter((line) => !NOISE.test(line));
    failures.push(
      `${task.taskId} (exit ${exitCode ?? 'none'}; log: ${logFile})`,
      ...detail.map((l) => `  ${l}`),
    );
  }
  return { passed, failed, failures };
}

function slug(name) {
  return name
    .replace(/\(.*?\)/g, '')
    .trim()
    .replace(/[^a-z0-9]+/gi, '-')
    .toLowerCase();
}

rmSync(`${root}${LOGS}`, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });
const env = {
  ...process.env,
  FORCE_COLOR: '0',
  NO_COLOR: '1',
  TURBO_TELEMETRY_DISABLED: '1',
  AUTH_TEST_RESULTS: RESULTS,
  // Every `node --test` in the workspace (the examples' tests) reports through ours.
  NODE_OPTIONS: [process.env.NODE_OPTIONS, `--test-reporter "${REPORTER}" --test-reporter-destination=stdout`]
    .filter(Boolean)
    .join(' '),
};

console.log(`pnpm test: ${steps.length} steps; full logs in ${LOGS}/<step>.log`);
const rows = [];
let stopped;
for (const [index, step] of steps.entries()) {
  const log = `${LOGS}/${slug(step.name)}.log`;
  const title = `[${index + 1}/${steps.length}] ${step.name}`;
  if (stopped) {
    console.log(`  FAIL ${title}: not run, the ${stopped} failed`);
    rows.push({ name: step.name, ok: false, passed: 0, failed: 1, seconds: 0 });
    continue;
  }
  const started = Date.now();
  const { ok, output } = await runCaptured(step.command, step.args, {
    cwd: root,
    env,
    timeoutMs: STEP_TIMEOUT_MS,
  });
  writeFileSync(`${root}${log}`, output);
  const seconds = (Date.now() - started) / 1000;
  const counted = step.count?.({ output, started });
  const passed = counted?.passed ?? (ok ? 1 : 0);
  const failed = ok ? (counted?.failed ?? 0) : Math.max(counted?.failed ?? 0, 1);
  const fine = ok && failed === 0;
  rows.push({ name: step.name, ok: fine, passed, failed, seconds });
  console.log(
    `  ${fine ? 'ok  ' : 'FAIL'} ${title.padEnd(36)} ${String(passed).padStart(5)} passed, ${failed} failed  (${seconds.toFixed(1)} s)`,
  );
  if (fine) continue;
  const detail = counted?.failures?.length > 0 ? counted.failures : failureLines(output);
  console.log(indent(detail.filter((line) => !NOISE.test(line)).slice(0, 60)));
  console.log(`      full log: ${log}`);
  if (step.stopsTheRun) stopped = step.name;
}

console.log('\nsummary');
for (const { name, ok, passed, failed, seconds } of rows) {
  console.log(
    `  ${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(28)} ${String(passed).padStart(5)} passed, ${failed} failed  (${seconds.toFixed(1)} s)`,
  );
}
const total = rows.reduce((sum, row) => sum + row.seconds, 0);
console.log(`  ${(total / 60).toFixed(1)} minutes in all; logs in ${LOGS}/`);
const passed = rows.reduce((sum, row) => sum + row.passed, 0);
const failed = rows.reduce((sum, row) => sum + row.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = rows.every((row) => row.ok) ? 0 : 1;
