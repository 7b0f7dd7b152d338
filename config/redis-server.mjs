// The one way this repository starts Redis for tests and the fleet: Debian's redis-server,
// on a free loopback port, in a temp folder of its own, no persistence, never a mock.
// redis-server cannot watch its parent, so it runs under a small shell that kills it when
// its stdin closes: when this process ends, however it ends (SIGKILL included), the pipe
// closes and Redis goes with it. No stray server is left behind.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const READY = /Ready to accept connections/;
const START_TIMEOUT_MS = 10_000;

/** The redis-server binary: REDIS_SERVER, or the one on PATH. */
export const redisServerPath = () => process.env.REDIS_SERVER ?? 'redis-server';

const stdioAndChild = (child) => [child, child.stdin, child.stdout, child.stderr];

/** A port nobody listens on now (the OS's pick); the caller retries if it is taken meanwhile. */
async function freePort() {
  const server = createServer();
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Starts redis-server on 127.0.0.1:`port` with `dir` as its folder, and resolves once it
 * accepts connections. The shell between keeps a pipe to this process: closing it (or this
 * process dying) stops Redis.
 */
function spawnRedis(port, dir) {
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
  args.push('--dir', dir, '--logfile', '', '--daemonize', 'no');
  // `read` returns when stdin closes; then Redis gets SIGTERM (the trap covers the shell's own end).
  const script =
    '"$0" "$@" & pid=$!; trap \'kill $pid 2>/dev/null\' EXIT; read _; kill $pid 2>/dev/null; wait $pid';
  const child = spawn('sh', ['-c', script, redisServerPath(), ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  child.stdin.on('error', () => {}); // EPIPE when the server already exited (SHUTDOWN): nothing to stop
  let log = '';
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`redis-server did not start within 10 s:\n${log}`)),
      START_TIMEOUT_MS,
    );
    let up = false;
    const onData = (chunk) => {
      log += chunk;
      if (!up && READY.test(log)) {
        up = true;
        clearTimeout(timer);
        // Once up, Redis never keeps this process alive: when it ends, the pipe closes and Redis stops.
        for (const handle of stdioAndChild(child)) handle.unref();
        resolve();
      }
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', onData);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(
        new Error(
          `${redisServerPath()} could not start (${error.message}): bash scripts/bootstrap.sh installs it`,
        ),
      );
    });
    exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited at start:\n${log.trim().split('\n').slice(-5).join('\n')}`));
    });
  });
  return { child, ready, exited, log: () => log };
}

/**
 * Starts a Redis for tests: `{ port, url, dir, log(), pause(), resume(), stop() }`.
 * `pause()` ends the server and `resume()` starts it again on the same port and folder (a
 * restart, as its clients see it; it loads the `dump.rdb` a `SHUTDOWN SAVE` wrote, if any);
 * `stop()` ends it and removes its folder. Call `stop()` in a `finally` or an `after` hook.
 */
export async function startRedis() {
  const dir = mkdtempSync(join(tmpdir(), 'auth-redis-'));
  let server;
  let port;
  for (let attempt = 1; ; attempt++) {
    port = await freePort();
    server = spawnRedis(port, dir);
    try {
      await server.ready;
      break;
    } catch (error) {
      server.child.stdin.end();
      if (attempt === 5 || !/Address already in use/.test(server.log())) {
        rmSync(dir, { recursive: true, force: true });
        throw error;
      }
    }
  }
  const end = async () => {
    for (const handle of stdioAndChild(server.child)) handle.ref(); // until it has exited
    server.child.stdin.end();
    await server.exited;
  };
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    dir,
    /** The server's log so far. */
    log: () => server.log(),
    /** Ends the server (as a crash or an operator would): clients see the connection drop. */
    pause: end,
    /** Starts it again on the same port and folder (loading dump.rdb if there is one). */
    async resume() {
      server = spawnRedis(port, dir);
      await server.ready;
    },
    /** Ends it and removes its folder. */
    async stop() {
      await end();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Sends one command to Redis at `port` over a raw socket and resolves to the first reply line. */
export function redisCommand(port, ...args) {
  const body = `*${args.length}\r\n${args.map((arg) => `$${Buffer.byteLength(arg)}\r\n${arg}\r\n`).join('')}`;
  return new Promise((resolve, reject) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    let reply = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => {
      reply += chunk;
      if (reply.includes('\r\n')) {
        socket.end();
        resolve(reply.split('\r\n')[0]);
      }
    });
    socket.once('error', reject);
    socket.once('close', () => resolve(reply.split('\r\n')[0]));
    socket.write(body);
  });
}
