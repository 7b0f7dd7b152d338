// node --test: the example answers a preflight, refuses an API token cross-origin with 403,
// and lets a Bearer call and a same-origin API-token call through.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { server } from './main.mjs';

let base;
before(() =>
  new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve())).then(() => {
    base = `http://127.0.0.1:${server.address().port}`;
  }),
);
after(() => new Promise((resolve) => server.close(resolve)));

const APP = 'https://app.example.com';
const apiToken = `Basic ${btoa('jdoe@example.com/token:6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv')}`;

test('a preflight is granted with authorization listed', async () => {
  const response = await fetch(`${base}/api/v2/users/me.json`, {
    method: 'OPTIONS',
    headers: {
      origin: APP,
      'access-control-request-method': 'GET',
      'access-control-request-headers': 'authorization',
    },
  });
  assert.equal(response.status, 204);
  assert.equal(response.headers.get('access-control-allow-origin'), APP);
  assert.equal(response.headers.get('access-control-allow-headers'), 'authorization,content-type');
});

test('a Bearer call cross-origin gets its answer and the grant', async () => {
  const response = await fetch(`${base}/api/v2/users/me.json`, {
    headers: { origin: APP, authorization: 'Bearer gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo' },
  });
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('access-control-allow-origin'), APP);
  assert.equal(response.headers.get('access-control-expose-headers'), 'x-rate-limit');
  assert.deepEqual(await response.json(), { user: { id: 1, name: 'jdoe' } });
});

test('an API token cross-origin is refused with 403 and no grant', async () => {
  const response = await fetch(`${base}/api/v2/users/me.json`, {
    headers: { origin: APP, authorization: apiToken },
  });
  assert.equal(response.status, 403);
  assert.equal(response.headers.get('access-control-allow-origin'), null);
  assert.equal((await response.json()).kind, 'api-token');
});

test('an API token server-to-server (no Origin) reaches the API', async () => {
  const response = await fetch(`${base}/api/v2/users/me.json`, { headers: { authorization: apiToken } });
  assert.equal(response.status, 200);
});

test('a 401 from the API carries the grant', async () => {
  const response = await fetch(`${base}/api/v2/users/me.json`, { headers: { origin: APP } });
  assert.equal(response.status, 401);
  assert.equal(response.headers.get('access-control-allow-origin'), APP);
});

test('a POST body passes through the adapter', async () => {
  const response = await fetch(`${base}/echo`, { method: 'POST', body: 'hello', headers: { origin: APP } });
  assert.equal(response.status, 401);
});
