// @auth/oauth-token at expiry: 10,000 callers want a token at once. Exactly one token request
// must be sent, and the time until all of them have the token should be within 2x of one token
// round trip (goal), measured against a real token endpoint on loopback (node:http, JSON).
// Beside it, what users write by hand: 10,000 callers awaiting one shared promise of the same
// round trip (no expiry, no store, no checks). A loopback round trip is a few ms, so making
// 10,000 promises and running their callbacks is much of the figure; against a real Zendesk
// round trip (tens of ms or more) the same overhead is a small fraction: the rounds run twice,
// on bare loopback and with 20 ms added before each answer. The floor beside ours is what any
// single flight pays: 10,000 awaits of the token request's own promise.
// Run: node oauth-token-herd.bench.mjs (Node: it starts an HTTP server).
import { createServer } from 'node:http';
import { createTokenSource } from '@auth/oauth-token';

const CALLERS = 10_000;
const ROUNDS = 15;

let requests = 0;
let latencyMs = 0; // added before each answer: 0 is loopback, 20 a token endpoint in a near region
const server = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => {
    body += chunk;
  });
  request.on('end', () => {
    requests++;
    new URLSearchParams(body); // read the grant, as a token endpoint does
    const answer = JSON.stringify({
      access_token: `at${requests}.gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo`,
      token_type: 'bearer',
      expires_in: 1800,
    });
    response.setHeader('content-type', 'application/json');
    if (latencyMs === 0) response.end(answer);
    else setTimeout(() => response.end(answer), latencyMs);
  });
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const endpoint = `http://127.0.0.1:${server.address().port}/oauth/tokens`;
// The source insists on https:; its fetch option takes the request to the loopback endpoint.
const toLoopback = (_, init) => fetch(endpoint, init);
const grant = {
  type: 'client_credentials',
  clientId: 'demo_app',
  clientSecret: 'demo-app-secret-0b2f9c4e7a1d',
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One token round trip, the way the source sends it (form POST, JSON answer read). */
async function roundTrip() {
  const started = performance.now();
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: grant.clientId,
      client_secret: grant.clientSecret,
    }).toString(),
    redirect: 'manual',
  });
  await response.json();
  return performance.now() - started;
}

/** By hand: 10,000 callers awaiting one shared round trip. */
async function byHand() {
  const started = performance.now();
  let shared;
  const get = () => {
    shared ??= fetch(endpoint, { method: 'POST', body: 'grant_type=client_credentials' }).then((r) =>
      r.json(),
    );
    return shared.then((body) => body.access_token);
  };
  await Promise.all(Array.from({ length: CALLERS }, get));
  return performance.now() - started;
}

/** The floor of any single flight: 10,000 callers awaiting one request's promise as it is. */
async function floor() {
  const started = performance.now();
  const shared = fetch(endpoint, { method: 'POST', body: 'grant_type=client_credentials' }).then((r) =>
    r.json(),
  );
  await Promise.all(Array.from({ length: CALLERS }, () => shared));
  return performance.now() - started;
}

/** 10,000 callers at once on a source that has no valid token: the time until all have it. */
async function herd() {
  let time = 0;
  const source = createTokenSource({
    tokenEndpoint: 'https://acme.zendesk.com/oauth/tokens',
    grant,
    fetch: toLoopback,
    now: () => time,
  });
  const before = requests;
  const started = performance.now();
  const tokens = await Promise.all(Array.from({ length: CALLERS }, () => source.token()));
  const ms = performance.now() - started;
  if (new Set(tokens).size !== 1) throw new Error('callers got different tokens');
  time += 28 * 60_000; // into the refresh window: expired for the next round's purposes
  return { ms, sent: requests - before };
}

for (let i = 0; i < 20; i++) await roundTrip(); // warm the connection pool and the JIT
let failed = false;
for (const latency of [0, 20]) {
  latencyMs = latency;
  const trips = [];
  const byHands = [];
  const floors = [];
  const herds = [];
  for (let round = 0; round < ROUNDS; round++) {
    trips.push(await roundTrip());
    byHands.push(await byHand());
    floors.push(await floor());
    herds.push(await herd());
  }
  const trip = median(trips);
  const shared = median(byHands);
  const least = median(floors);
  const all = median(herds.map(({ ms }) => ms));
  const sent = new Set(herds.map((result) => result.sent));
  const ratio = all / trip;
  const where = latency === 0 ? 'loopback' : `loopback + ${latency} ms`;
  const runtime = `node ${process.versions.node}, median of ${ROUNDS} interleaved rounds`;
  console.log(`\n${CALLERS} callers at expiry, token endpoint on ${where}  (${runtime})`);
  console.log(`  one token round trip                          ${trip.toFixed(2)} ms`);
  console.log(
    `  floor: ${CALLERS} awaits of the request itself  ${least.toFixed(2)} ms  = ${(least / trip).toFixed(2)}x a round trip`,
  );
  console.log(
    `  by hand: one shared promise, ${CALLERS} awaits  ${shared.toFixed(2)} ms  = ${(shared / trip).toFixed(2)}x a round trip`,
  );
  console.log(
    `  ours: all ${CALLERS} callers have the token     ${all.toFixed(2)} ms  = ${ratio.toFixed(2)}x a round trip  ` +
      `goal <= 2x: ${ratio <= 2 ? 'met' : 'MISSED'}; ${(all / least).toFixed(2)}x the floor, ${(all / shared).toFixed(2)}x by hand`,
  );
  console.log(`  token requests per round: ${[...sent].join(', ')}  (must be exactly 1)`);
  if (sent.size !== 1 || !sent.has(1)) failed = true;
}
server.close();
if (failed) process.exitCode = 1;
