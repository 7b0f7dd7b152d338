// Runs every package's conformance suite in every runtime, one runtime after another,
// with the live servers of conformance/fixtures/*.mjs started once, from Node, for all.
// Runtimes fetched on demand (Node 22/24/26) are installed first, once, and cached.
// Usage: node run-all.mjs [runtime ...]   (default: all of conformance/runtimes.mjs)
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runChild } from '../scripts/lib/run-child.mjs';
import { runtimes } from './runtimes.mjs';

const TIMEOUT_MS = 5 * 60_000;
const INSTALL_TIMEOUT_MS = 10 * 60_000;
const RESULT_LINE = /^[\w.+-]+: (\d+) passed, (\d+) failed$/m;
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !runtimes.some((runtime) => runtime.name === name));
if (unknown.length > 0) {
  console.error(`unknown runtime ${unknown.join(', ')}; known: ${runtimes.map((r) => r.name).join(', ')}`);
  process.exit(2);
}
const selected = wanted.length > 0 ? runtimes.filter((r) => wanted.includes(r.name)) : runtimes;

// An install that fails leaves its runtimes missing: each then fails with the reason.
const installFailures = new Map();
for (const script of new Set(selected.map((runtime) => runtime.installs).filter(Boolean))) {
  const { done } = runChild('bash', [script], {
    stdio: ['ignore', 'inherit', 'inherit'],
    timeoutMs: INSTALL_TIMEOUT_MS,
  });
  const { code, timedOut, error } = await done;
  if (code !== 0 || timedOut || error) {
    const why = error?.message ?? (timedOut ? 'timed out' : `exit code ${code}`);
    installFailures.set(script, `could not be installed (bash ${script}: ${why}; see above)`);
  }
}

const fixtureDir = new URL('./fixtures/', import.meta.url);
const fixtureModules = existsSync(fixtureDir)
  ? readdirSync(fixtureDir).filter((file) => file.endsWith('.mjs'))
  : [];
const fixtures = {};
const closers = [];
for (const file of fixtureModules) {
  const started = await (await import(new URL(file, fixtureDir).href)).start();
  fixtures[file.replace(/\.mjs$/, '')] = started.fixtures;
  closers.push(started.close);
}

async function run({ name, command, args }) {
  const started = performance.now();
  const { child, done } = runChild(command, args, {
    cwd: fileURLToPath(new URL('.', import.meta.url)),
    env: { ...process.env, AUTH_CONFORMANCE_FIXTURES: JSON.stringify(fixtures), NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
    timeoutMs: TIMEOUT_MS,
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
    process.stdout.write(chunk);
  });
  const { code, timedOut, error } = await done;
  if (error) output += `\n${error.message}`;
  if (timedOut) console.log(`${name}: killed after ${TIMEOUT_MS / 1000} s`);
  const match = output.match(RESULT_LINE);
  const [passed, failed] = match ? [Number(match[1]), Number(match[2])] : [0, 1];
  const ok = code === 0 && match !== null && failed === 0 && passed > 0;
  return {
    name,
    passed,
    failed: ok ? failed : Math.max(failed, 1),
    ok,
    seconds: (performance.now() - started) / 1000,
  };
}

const results = [];
try {
  for (const runtime of selected) {
    console.log(`\n--- ${runtime.name}`);
    const missing = installFailures.get(runtime.installs) ?? runtime.missing?.();
    if (missing) {
      console.log(`${runtime.name}: ${missing}\n${runtime.name}: 0 passed, 1 failed`);
      results.push({ name: runtime.name, passed: 0, failed: 1, ok: false, seconds: 0 });
      continue;
    }
    results.push(await run(runtime));
  }
} finally {
  await Promise.all(closers.map((close) => close()));
}

console.log('\nconformance by runtime:');
for (const { name, passed, failed, ok, seconds } of results) {
  console.log(
    `  ${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(21)} ${String(passed).padStart(4)} passed, ${failed} failed  (${seconds.toFixed(1)} s)`,
  );
}
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`conformance: ${passed} passed, ${failed} failed`);
process.exitCode = results.every((r) => r.ok) ? 0 : 1;
