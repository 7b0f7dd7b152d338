// Runs a child process with a time limit, for the demo and the conformance run. The child
// gets its own process group, and the whole group is killed on timeout or when this process
// exits: Deno and Bun start through a shim (node bin.cjs -> spawnSync of the real binary)
// and workerd is started by a Node script, so killing the direct child alone can leave a
// grandchild holding the stdout pipe, and waiting for 'close' would then wait forever.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';

/** After 'exit', how long output still in the pipes may take to arrive. */
const GRACE_MS = 500;
const live = new Set(); // the process groups still running

/** Signals the process group `pid` leads; `false`: the group is already gone (ESRCH). */
function killGroup(pid, signal = 'SIGKILL') {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

function killAll() {
  for (const pid of live) killGroup(pid);
  live.clear();
}

// The groups are not in the terminal's foreground group, so Ctrl-C no longer reaches them:
// this process kills them on its way out, whatever way that is.
function onSignal(signal) {
  killAll();
  process.exit(128 + constants.signals[signal]);
}
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
function track(pid) {
  if (live.size === 0) {
    process.on('exit', killAll);
    for (const signal of SIGNALS) process.on(signal, onSignal);
  }
  live.add(pid);
}
function untrack(pid) {
  if (!live.delete(pid) || live.size > 0) return;
  process.off('exit', killAll);
  for (const signal of SIGNALS) process.off(signal, onSignal);
}

/**
 * Spawns `command` detached (its own process group); attach to `child.stdout` and
 * `child.stderr` synchronously. `done` resolves once the child has exited and its output
 * has arrived (or GRACE_MS have passed), never later: on timeout the group is SIGKILLed.
 * `kill(signal)` signals the whole group (a shim's real binary too); `false`: it was gone.
 *
 * @param {string} command
 * @param {string[]} args
 * @param {import('node:child_process').SpawnOptions & { timeoutMs: number }} options
 * @returns {{ child: import('node:child_process').ChildProcess,
 *   done: Promise<{ code: number | null, signal: string | null, timedOut: boolean, error?: Error }>,
 *   kill: (signal: NodeJS.Signals) => boolean }}
 */
export function runChild(command, args, { timeoutMs, ...options }) {
  const child = spawn(command, args, { ...options, detached: true });
  const done = new Promise((resolve) => {
    let timedOut = false;
    let error;
    let exit;
    let graceTimer;
    let settled = false;
    const settle = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(graceTimer);
      if (child.pid !== undefined) {
        // Whatever of the group outlived its leader (still holding a pipe, or not) goes too.
        killGroup(child.pid);
        untrack(child.pid);
      }
      child.stdout?.destroy();
      child.stderr?.destroy();
      resolve({ code: exit?.code ?? null, signal: exit?.signal ?? null, timedOut, error });
    };
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) killGroup(child.pid);
    }, timeoutMs);
    if (child.pid !== undefined) track(child.pid);
    child.once('error', (reason) => {
      error = reason;
      if (child.pid === undefined) settle(); // never started: no 'exit' comes
    });
    child.once('exit', (code, signal) => {
      exit = { code, signal };
      graceTimer = setTimeout(settle, GRACE_MS);
    });
    child.once('close', () => {
      if (exit) settle();
    });
  });
  return { child, done, kill: (signal) => child.pid !== undefined && killGroup(child.pid, signal) };
}

/**
 * Runs `command` to its end (or `timeoutMs`) and resolves to `{ ok, code, output }`: stdout
 * and stderr together, in arrival order, plus a line saying why when it timed out or could
 * not start. `onData` sees each chunk as it comes.
 *
 * @param {string} command
 * @param {string[]} args
 * @param {import('node:child_process').SpawnOptions & { timeoutMs: number, onData?: (chunk: string) => void }} options
 */
export async function runCaptured(command, args, { onData, ...options }) {
  const { child, done } = runChild(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  let output = '';
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk) => {
      output += chunk;
      onData?.(chunk);
    });
  }
  const { code, timedOut, error } = await done;
  if (timedOut) output += `\n${command} killed after ${options.timeoutMs / 1000} s`;
  if (error) output += `\n${command}: ${error.message}`;
  return { ok: code === 0 && !timedOut && !error, code, output };
}
