// Starts one client process and collects the `{ scenario, ok, ms, detail }` JSON lines it
// prints, calling `onResult` as each arrives (the demo's progress lines).
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const TIMEOUT_MS = 60_000;

/**
 * @returns {Promise<{ results: Array<{ scenario: string, ok: boolean, ms: number, detail: string }>,
 *   code: number | null, stderr: string, seconds: number }>}
 */
export function runClient({ command, args, env, cwd }, onResult) {
  return new Promise((resolve) => {
    const started = performance.now();
    const results = [];
    let stderr = '';
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const timer = setTimeout(() => {
      stderr += `\n(killed after ${TIMEOUT_MS / 1000} s)`;
      child.kill('SIGKILL');
    }, TIMEOUT_MS);
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
    child.on('error', (error) => {
      stderr += `\n${error.message}`;
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ results, code, stderr, seconds: (performance.now() - started) / 1000 });
    });
  });
}
