// The single flight in Cloudflare's own runtime: workerd serving a Worker that holds one
// module-level source. Two requests that need a token at once must both finish (neither waits
// on the other's promise: panva/jose#355, #509), each request's callers share one token
// request, and a request that ended with a refresh still in flight does not fail the next one
// (workerd: "This promise was created by a request that has since ended, so it can never settle").
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkerd, textBinding, writeWorkerdConfig } from '../../../config/workerd.mjs';
import { bundle } from '../../../conformance/runners/bundle.mjs';

const TOKEN_DELAY_MS = 400;

let tokenRequests = 0;
let server: Server;
let workerd: Awaited<ReturnType<typeof startWorkerd>> | undefined;
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
  writeWorkerdConfig(dir, {
    worker: `bindings = [${textBinding('TOKEN_SERVER', `http://127.0.0.1:${address.port}/oauth/tokens`)}],`,
  });
  workerd = await startWorkerd(dir);
  worker = `${workerd.url}/`;
}, 30_000);

afterAll(async () => {
  workerd?.stop();
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
