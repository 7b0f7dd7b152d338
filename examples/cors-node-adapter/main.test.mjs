// node --test: the example answers a preflight, refuses an API token cross-origin with 403,
// lets a Bearer call and a same-origin API-token call through, keeps the grant on a 500 from a
// handler that throws, and the adapter survives handlers that throw or break mid-body.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { serve } from './adapter.mjs';
import { server } from './main.mjs';

const listen = (target) =>
  new Promise((resolve) =>
    target.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${target.address().port}`)),
  );
const close = (target) => new Promise((resolve) => target.close(resolve));

let base;
before(async () => {
  base = await listen(server);
});
after(() => close(server));

const APP = 'https://app.example.com';
const apiToken = `Basic ${btoa('jdoe@example.com/token:6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv')}`;

test('a preflight is granted with authorization listed, and a proper status text', async () => {
  const response = await fetch(`${base}/api/v2/users/me.json`, {
    method: 'OPTIONS',
    headers: {
      origin: APP,
      'access-control-request-method': 'GET',
      'access-control-request-headers': 'authorization',
    },
  });
  assert.equal(response.status, 204);
  assert.equal(response.statusText, 'No Content');
  assert.equal(response.headers.get('access-control-allow-origin'), APP);
  assert.equal(response.headers.get('access-control-allow-headers'), 'authorization,content-type');
});

test('a Bearer call cross-origin gets its answer and the grant', async () => {
  const response = await fetch(`${base}/api/v2/users/me.json`, {
    headers: { origin: APP, authorization: 'Bearer gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo' },
  });
  assert.equal(response.status, 200);
  assert.equal(response.statusText, 'OK');
  assert.equal(response.headers.get('access-control-allow-origin'), APP);
  assert.equal(response.headers.get('access-control-expose-headers'), 'x-rate-limit');
  assert.deepEqual(await response.json(), { user: { id: 1, name: 'jdoe' } });
});

test('an API token cross-origin is refused with 403 and no grant', async () => {
  const response = await fetch(`${base}/api/v2/users/me.json`, {
    headers: { origin: APP, authorization: apiToken },
  });
  assert.equal(response.status, 403);
  assert.equal(response.statusText, 'Forbidden');
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

test('a handler that throws gets a 500 with the grant (onError), and the server goes on', async (t) => {
  const logged = t.mock.method(console, 'error', () => {});
  const response = await fetch(`${base}/boom`, { headers: { origin: APP } });
  assert.equal(response.status, 500);
  assert.equal(response.statusText, 'Internal Server Error');
  assert.equal(response.headers.get('access-control-allow-origin'), APP);
  assert.equal(await response.text(), 'Internal Server Error');
  assert.equal(logged.mock.calls[0].arguments[0].message, 'the database is down');
  assert.equal((await fetch(`${base}/api/v2/users/me.json`, { headers: { origin: APP } })).status, 401);
});

test('the adapter answers 500 to a handler that throws, and cuts a body that breaks', async (t) => {
  const logged = t.mock.method(console, 'error', () => {});
  const broken = createServer(
    serve((request) => {
      if (new URL(request.url).pathname === '/throws') throw new Error('boom');
      let sent = false;
      const body = new ReadableStream({
        async pull(controller) {
          if (!sent) {
            sent = true;
            return controller.enqueue(new TextEncoder().encode('partial'));
          }
          // Later, once the status line and the first chunk are on the wire.
          await new Promise((resolve) => setTimeout(resolve, 50));
          controller.error(new Error('the stream broke'));
        },
      });
      return new Response(body);
    }),
  );
  const url = await listen(broken);
  try {
    const thrown = await fetch(`${url}/throws`);
    assert.equal(thrown.status, 500);
    assert.equal(thrown.statusText, 'Internal Server Error');
    const cut = await fetch(`${url}/stream`);
    assert.equal(cut.status, 200);
    await assert.rejects(cut.text(), TypeError);
    assert.deepEqual(
      logged.mock.calls.map((call) => call.arguments[0].message),
      ['boom', 'the stream broke'],
    );
  } finally {
    await close(broken);
  }
});
