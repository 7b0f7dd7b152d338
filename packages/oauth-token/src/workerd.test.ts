// The single flight in Cloudflare's own runtime: workerd serving a Worker that holds one
// module-level source. Two requests that need a token at once must both finish (neither waits
// on the other's promise: panva/jose#355, #509), each request's callers share one token
// request, and a request that ended with a refresh still in flight does not fail the next one
// (workerd: "This promise was created by a request that has since ended, so it can never settle").
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundle } from '../../../conformance/runners/bundle.mjs';

const require = createRequire(import.meta.url);
const TOKEN_DELAY_MS = 400;

let tokenRequests = 0;
let server: Server;
let workerd: ChildProcess;
let worker = '';
const dir = mkdtempSync(join(tmpdir(), 'oauth-token-workerd-'));

beforeAll(async () => {
  // A slow token endpoint on loopback: every answer takes TOKEN_DELAY_MS, and counts.
  server = createServer((_, response) => {
    const n = ++tokenRequests;
    setTimeout(() => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ access_token: `at-${n}`, token_type: 'bearer', expires_in: 1800 }));
    }, TOKEN_DELAY_MS);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };

  // Bundled as Wrangler would: the conformance runners' bundler, with workerd's conditions.
  const script = await bundle(fileURLToPath(new URL('../test/workerd/worker.ts', import.meta.url)), [
    'workerd',
    'worker',
    'browser',
  ]);
  writeFileSync(join(dir, 'worker.js'), script);
  writeFileSync(
    join(dir, 'config.capnp'),
    `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .worker),
    (name = "internet", network = (allow = ["public", "private", "local"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:0", http = (), service = "main")],
);
const worker :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "worker.js")],
  compatibilityDate = "2026-11-01",
  globalOutbound = "internet",
  bindings = [(name = "TOKEN_SERVER", text = "http://127.0.0.1:${address.port}/oauth/tokens")],
);
`,
  );
  workerd = spawn(
    require.resolve('workerd/bin/workerd'),
    ['serve', join(dir, 'config.capnp'), '--control-fd=3'],
    {
      stdio: ['ignore', 'inherit', 'inherit', 'pipe'],
    },
  );
  const port = await new Promise<number>((resolve, reject) => {
    workerd.once('exit', (code) => reject(new Error(`workerd exited with code ${code}`)));
    createInterface({ input: workerd.stdio[3] as NodeJS.ReadableStream }).on('line', (line) => {
      const event = JSON.parse(line);
      if (event.event === 'listen' && event.socket === 'http') resolve(event.port);
    });
  });
  worker = `http://127.0.0.1:${port}/`;
}, 30_000);

afterAll(async () => {
  workerd?.removeAllListeners('exit');
  workerd?.kill();
  await new Promise((resolve) => server?.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

const ask = async (callers: number, { query = '', signal = AbortSignal.timeout(10_000) } = {}) => {
  const response = await fetch(`${worker}?callers=${callers}${query}`, { signal });
  return (await response.json()) as { tokens: string[]; state: string };
};

describe('a module-level source in workerd', () => {
  it('serves two concurrent requests: no hang, one token request per request, the same token within one', async () => {
    // A hang (a request awaiting another request's promise) ends in the abort of `ask`.
    const [a, b] = await Promise.all([ask(20), ask(20)]);
    expect(new Set(a.tokens).size).toBe(1);
    expect(new Set(b.tokens).size).toBe(1);
    expect(tokenRequests).toBe(2);
    // Later requests share the held set: no token request.
    const c = await ask(5);
    expect(c.tokens).toEqual(Array(5).fill(c.tokens[0]));
    expect(c.state).toBe('valid');
    expect(tokenRequests).toBe(2);
  });

  it('does not fail a request when the one that started the refresh already answered', async () => {
    expect((await ask(0, { query: '&kick' })).state).toBe('refreshing');
    const next = await ask(3, { signal: AbortSignal.timeout(5_000) });
    expect(new Set(next.tokens).size).toBe(1);
  });
}, 30_000);
