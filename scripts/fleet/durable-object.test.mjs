// The Workers design for rotating refresh tokens, run in workerd (Cloudflare's runtime, with
// Durable Objects in memory): examples/workerd/durable-object/worker.mjs against the demo's
// mock API (1-second access tokens, a spent refresh token revokes the family). Many requests
// at once, for three seconds of expiring tokens: every call succeeds, one token request per
// rotation, no invalid_grant.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { build } from 'esbuild';
import { startWorkerd, textBinding, writeWorkerdConfig } from '../../config/workerd.mjs';
import { startMockApi } from '../../examples/mock-api/src/index.mjs';
import { root } from '../lib/packages.mjs';

const WORKER = `${root}examples/workerd/durable-object/worker.mjs`;

/** A first set from the mock API (client_credentials, which it answers with a refresh token). */
function signIn(api) {
  const { clientId, clientSecret } = api.credentials;
  const body = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: clientId,
    client_secret: clientSecret,
  });
  return new Promise((resolve, reject) => {
    const sentAt = Date.now();
    const outgoing = request(
      new URL('oauth/tokens', api.url),
      { method: 'POST', ca: api.caPem, headers: { 'content-type': 'application/x-www-form-urlencoded' } },
      (incoming) => {
        let text = '';
        incoming.setEncoding('utf8').on('data', (chunk) => (text += chunk));
        incoming.on('end', () => {
          const answer = JSON.parse(text);
          resolve({
            accessToken: answer.access_token,
            tokenType: 'bearer',
            expiresAt: sentAt + answer.expires_in * 1000,
            issuedAt: sentAt,
            refreshToken: answer.refresh_token,
          });
        });
      },
    );
    outgoing.once('error', reject);
    outgoing.end(body.toString());
  });
}

/** The example bundled as Wrangler would, and a workerd config with its Durable Object in memory. */
async function writeWorker(dir, api) {
  await build({
    entryPoints: [WORKER],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    conditions: ['workerd', 'worker', 'browser'],
    external: ['cloudflare:*'],
    mainFields: ['browser', 'module', 'main'],
    outfile: join(dir, 'worker.js'),
    logLevel: 'warning',
  });
  copyFileSync(api.caPath, join(dir, 'ca.pem'));
  writeWorkerdConfig(dir, {
    ca: true,
    worker: `durableObjectNamespaces = [(className = "TokenOwner", uniqueKey = "token-owner")],
  durableObjectStorage = (inMemory = void),
  bindings = [
    (name = "TOKENS", durableObjectNamespace = "TokenOwner"),
    ${textBinding('TOKEN_ENDPOINT', new URL('oauth/tokens', api.url).href)},
    ${textBinding('API_URL', api.url)},
    ${textBinding('CLIENT_ID', api.credentials.clientId)},
    ${textBinding('CLIENT_SECRET', api.credentials.clientSecret)},
  ],`,
  });
}

test('a Durable Object owns the refresh: concurrent requests, expiring tokens, one token request per rotation', {
  timeout: 120_000,
}, async () => {
  const api = await startMockApi({ accessTokenTtl: 1 });
  const dir = mkdtempSync(join(tmpdir(), 'auth-durable-object-'));
  let workerd;
  try {
    await writeWorker(dir, api);
    workerd = await startWorkerd(dir);
    const base = workerd.url;
    const signedIn = await fetch(`${base}/sign-in`, {
      method: 'POST',
      body: JSON.stringify({ tokens: await signIn(api) }),
      signal: AbortSignal.timeout(10_000),
    });
    assert.equal(signedIn.status, 204);
    api.faults.reset();

    const statuses = [];
    const until = Date.now() + 3_000;
    while (Date.now() < until) {
      const round = await Promise.all(
        Array.from({ length: 10 }, () => fetch(`${base}/me`, { signal: AbortSignal.timeout(10_000) })),
      );
      for (const response of round) {
        statuses.push(response.status);
        await response.body?.cancel();
      }
      await sleep(50);
    }
    const { refreshRequests, rotations, invalidGrant } = api.faults.counts;
    assert.ok(statuses.length >= 50, `${statuses.length} calls`);
    assert.deepEqual([...new Set(statuses)], [200], 'every call succeeded');
    assert.equal(invalidGrant, 0);
    assert.ok(rotations >= 2, `the tokens expired and were refreshed (${rotations} rotations)`);
    assert.equal(refreshRequests, rotations, 'one token request per rotation');
  } finally {
    workerd?.stop();
    rmSync(dir, { recursive: true, force: true });
    await api.close();
  }
});
