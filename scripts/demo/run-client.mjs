// Starts one client process and collects the `{ scenario, ok, ms, detail }` JSON lines it
// prints, calling `onResult` as each arrives (the demo's progress lines).
import { createInterface } from 'node:readline';
import { runChild } from '../lib/run-child.mjs';

const TIMEOUT_MS = 60_000;

/**
 * @returns {Promise<{ results: Array<{ scenario: string, ok: boolean, ms: number, detail: string }>,
 *   code: number | null, stderr: string, seconds: number }>}
 */
export async function runClient({ command, args, env, cwd, timeoutMs = TIMEOUT_MS }, onResult) {
  const started = performance.now();
  const results = [];
  let stderr = '';
  const { child, done } = runChild(command, args, {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    timeoutMs,
  });
  createInterface({ input: child.stdout }).on('line', (line) => {
    try {
      const result = JSON.parse(line);
      if (typeof result?.scenario !== 'string') throw new Error('not a result');
      results.push(result);
      onResult(result);
    } catch {
      stderr += `${line}\n`; // anything else a client prints is kept for the failure report
    }
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const { code, timedOut, error } = await done;
  if (error) stderr += `\n${error.message}`;
  if (timedOut) stderr += `\n(killed after ${timeoutMs / 1000} s)`;
  return { results, code, stderr, seconds: (performance.now() - started) / 1000 };
}
