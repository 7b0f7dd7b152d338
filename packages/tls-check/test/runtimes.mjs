/// Runs a short ES module in a fresh process of each runtime with sockets (Node 20, 22, 24, 26,
/// Bun, Deno), importing this package's BUILT node entry, for the unit tests that need a process
/// of their own: environment variables read at start, command-line flags, Deno's permissions.
// A runtime whose binary is missing fails the test that asks for it: it is never skipped.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runChild } from '../../../scripts/lib/run-child.mjs';

const root = (path) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

/** The built entry that Node, Bun and Deno resolve `@auth/tls-check` to. */
export const NODE_ENTRY = new URL('../dist/node.js', import.meta.url).href;

/** The built command, `auth-tls-check`. */
export const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

/** The command that starts each runtime, before its flags and the file to run. */
export const RUNTIMES = {
  node20: [process.execPath],
  node22: [root('runtimes/node_modules/node22/bin/node')],
  node24: [root('runtimes/node_modules/node24/bin/node')],
  node26: [root('runtimes/node_modules/node26/bin/node')],
  bun: [root('node_modules/.bin/bun')],
  deno: [root('node_modules/.bin/deno'), 'run'],
};

/**
 * Runs `file` with `args` under `runtime`, after its `flags` (Node's `--tls-min-v1.0`, Deno's
 * `--allow-net`: a Deno run has no permission unless given). Resolves to its exit code and
 * output; a run over 30 s is killed and fails.
 */
export async function runFile(runtime, file, { flags = [], args = [], env = {} } = {}) {
  const [command, ...before] = RUNTIMES[runtime];
  if (!existsSync(command)) throw new Error(`${runtime} is not installed (${command}): run pnpm install`);
  const { child, done } = runChild(command, [...before, ...flags, file, ...args], {
    env: { ...process.env, NODE_OPTIONS: '', NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    timeoutMs: 30_000,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const { code, timedOut } = await done;
  if (timedOut) throw new Error(`${runtime} ${file} ran over 30 s: ${stderr}`);
  return { code, stdout, stderr };
}

/**
 * Runs `code`, an ES module body that may use `tlsCheck` (the built node entry) and must print
 * one JSON value, under `runtime`; resolves to that value. Throws with the output on failure.
 */
export async function runModule(runtime, code, options = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'auth-tls-check-run-'));
  const file = join(dir, 'run.mjs');
  writeFileSync(file, `import * as tlsCheck from ${JSON.stringify(NODE_ENTRY)};\n${code}\n`);
  try {
    const { code: status, stdout, stderr } = await runFile(runtime, file, options);
    if (status !== 0) throw new Error(`${runtime} exited with ${status}: ${stderr}${stdout}`);
    return JSON.parse(stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
