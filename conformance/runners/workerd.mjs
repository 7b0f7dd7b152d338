// workerd runner (run with Node): bundles the suites as Wrangler would (conditions
// workerd, worker, browser), serves them from Cloudflare's own runtime on loopback, and
// asks the Worker for its results (config/workerd.mjs starts it and reads the port it bound).
// Compatibility date 2026-11-01; flags from the command line (`--compatibility-flag=nodejs_compat`).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startWorkerd, textBinding, writeWorkerdConfig } from '../../config/workerd.mjs';
import { formatResult, reportNoResults } from '../harness.js';
import { bundle } from './bundle.mjs';
import { webFixtures } from './fixtures.mjs';

const fail = (message) => {
  reportNoResults(label, message);
  process.exit(1);
};

const FLAG_ARG = '--compatibility-flag=';
const args = process.argv.slice(2);
const flags = args.filter((arg) => arg.startsWith(FLAG_ARG)).map((arg) => arg.slice(FLAG_ARG.length));
const label = ['workerd', ...flags].join('+');
const unknown = args.find((arg) => !arg.startsWith(FLAG_ARG));
if (unknown) fail(`unknown argument ${unknown}; usage: workerd.mjs [${FLAG_ARG}NAME ...]`);

const require = createRequire(import.meta.url);
let version;
try {
  version = require('workerd/package.json').version;
} catch {
  fail('the workerd package is not installed (pnpm install at the repository root)');
}

const dir = mkdtempSync(join(tmpdir(), 'auth-workerd-'));
writeFileSync(
  join(dir, 'worker.js'),
  await bundle(fileURLToPath(new URL('./worker-entry.js', import.meta.url)), [
    'workerd',
    'worker',
    'browser',
  ]),
);
// The fixtures a Worker can use, reached through an outbound network that allows loopback.
writeWorkerdConfig(dir, {
  worker: `compatibilityFlags = ${JSON.stringify(flags)},
  bindings = [${textBinding('FIXTURES', JSON.stringify(webFixtures()))}],`,
});

let workerd;
try {
  workerd = await startWorkerd(dir);
} catch (error) {
  rmSync(dir, { recursive: true, force: true });
  fail(error.message);
}

try {
  const result = await (await fetch(`${workerd.url}/`, { signal: AbortSignal.timeout(120_000) })).json();
  console.log(formatResult(`workerd-${version}${flags.map((flag) => `+${flag}`).join('')}`, result));
  process.exitCode = result.failed > 0 ? 1 : 0;
} catch (error) {
  process.exitCode = reportNoResults(label, `no results from the Worker: ${error.message}`);
} finally {
  workerd.stop();
  rmSync(dir, { recursive: true, force: true });
}
