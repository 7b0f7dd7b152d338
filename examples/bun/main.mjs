// The Bun client: the same calls as examples/node, written for Bun. Bun's fetch takes the
// demo's private CA per request (`tls: { ca }`); NODE_EXTRA_CA_CERTS would work as well.
//   bun examples/bun/main.mjs
import { basicTokenHeader } from '@auth/basic-token';
import { bearerHeader, parseBearerChallenge } from '@auth/bearer';
import { assertHttpsUrl, checkTls } from '@auth/tls-check';

const { API_URL, API_CA, API_EMAIL, API_TOKEN, OAUTH_CLIENT_ID, OAUTH_CLIENT_SECRET } = Bun.env;
const api = assertHttpsUrl(API_URL); // an http:// URL would send the token in clear: refused
const ca = API_CA ? await Bun.file(API_CA).text() : undefined; // the demo's private CA
const sleep = (ms) => Bun.sleep(ms);

/** GET /api/v2/users/me.json with the given Authorization header. */
function getMe(authorization) {
  return fetch(new URL('/api/v2/users/me.json', api), {
    headers: { authorization },
    tls: { ca },
    signal: AbortSignal.timeout(10_000),
  });
}

/** POST /oauth/tokens: the grant, with this app's client credentials. Throws the OAuth error. */
async function requestTokens(grant) {
  const response = await fetch(new URL('/oauth/tokens', api), {
    method: 'POST',
    body: new URLSearchParams({ client_id: OAUTH_CLIENT_ID, client_secret: OAUTH_CLIENT_SECRET, ...grant }),
    tls: { ca },
    signal: AbortSignal.timeout(10_000),
  });
  const body = await response.json();
  if (!response.ok) throw new Error(`${response.status} ${body.error}: ${body.error_description}`);
  return body; // { access_token, refresh_token, expires_in, ... }
}

/**
 * GET /me with OAuth: when the API answers 401 `invalid_token` (the access token expired),
 * trade the refresh token for new tokens (it rotates: the old one is now spent) and retry once.
 */
async function getMeWithOAuth(session) {
  const response = await getMe(bearerHeader(session.access_token));
  if (response.status !== 401) return { response };
  const challenge = parseBearerChallenge(response.headers.get('www-authenticate') ?? '');
  if (challenge.error !== 'invalid_token') return { response, challenge };
  Object.assign(
    session,
    await requestTokens({ grant_type: 'refresh_token', refresh_token: session.refresh_token }),
  );
  return { response: await getMe(bearerHeader(session.access_token)), challenge };
}

// The scenarios the demo checks, each printed as one JSON line.

await scenario('tls', async () => {
  const report = await checkTls(api, { ca });
  expect(report.measured, 'checkTls did not measure: the package resolved to its Web entry');
  expect(report.ok, report.problems.map((problem) => problem.message).join('; '));
  return `${report.protocol}, SNI ${report.sni.servername}, ${report.cipher}`;
});

await scenario('no-sni', async () => {
  // The same server by IP address: no SNI can be sent (RFC 6066), and the server requires it.
  const report = await checkTls(`https://127.0.0.1:${api.port}/`, { ca });
  expect(!report.ok && !report.sni.sent, 'the server completed a handshake without SNI');
  return `refused: ${report.problems.map((problem) => problem.code).join(', ')}`;
});

await scenario('api-token', async () => {
  const response = await getMe(basicTokenHeader({ email: API_EMAIL, token: API_TOKEN }));
  expect(response.status === 200, `expected 200, got ${response.status}`);
  const { user } = await response.json();
  return `200 ${user.email} (${user.authenticated_by})`;
});

const session = {};
await scenario('oauth', async () => {
  Object.assign(session, await requestTokens({ grant_type: 'client_credentials' }));
  const { response } = await getMeWithOAuth(session);
  expect(response.status === 200, `expected 200, got ${response.status}`);
  const { user } = await response.json();
  return `200 ${user.email} (${user.authenticated_by}), token expires in ${session.expires_in} s`;
});

await scenario('bad-token', async () => {
  const response = await getMe(bearerHeader('not-a-real-token'));
  const challenge = parseBearerChallenge(response.headers.get('www-authenticate') ?? '');
  expect(response.status === 401, `expected 401, got ${response.status}`);
  expect(challenge.error === 'invalid_token', `expected error="invalid_token", got ${challenge.error}`);
  return `401 ${challenge.error}: ${challenge.errorDescription}`;
});

let spent;
await scenario('refresh', async () => {
  await sleep(session.expires_in * 1000 + 100); // the demo's access tokens live one second
  spent = session.refresh_token;
  const { response, challenge } = await getMeWithOAuth(session);
  expect(challenge?.error === 'invalid_token', 'the expired access token was not refused');
  expect(response.status === 200, `expected 200 after the refresh, got ${response.status}`);
  expect(session.refresh_token !== spent, 'the refresh token did not rotate');
  return `401 "${challenge.errorDescription}" -> refreshed, rotated -> 200`;
});

await scenario('reuse', async () => {
  const error = await requestTokens({ grant_type: 'refresh_token', refresh_token: spent }).then(
    () => undefined,
    (reason) => reason,
  );
  expect(error?.message.startsWith('400 invalid_grant'), 'a spent refresh token was accepted again');
  return error.message;
});

/** Runs one scenario, timed, and prints `{ scenario, ok, ms, detail }` as a JSON line. */
async function scenario(name, run) {
  const started = performance.now();
  let ok = true;
  let detail;
  try {
    detail = await run();
  } catch (error) {
    ok = false;
    detail = error.message;
    process.exitCode = 1;
  }
  console.log(JSON.stringify({ scenario: name, ok, ms: Math.round(performance.now() - started), detail }));
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}
