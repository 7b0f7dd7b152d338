// The browser client. The page is on one origin, the API on another, so every call is a
// CORS request. What it needs arrives in the URL fragment, which is never sent to a server,
// the way an OAuth redirect delivers an access token: #api=...&access_token=...
// (The API token is there only to show it being refused; never give one to a browser.)
import { basicTokenHeader } from '@auth/basic-token';
import { bearerHeader, parseBearerChallenge } from '@auth/bearer';
import { assertCorsAllowedAuth, CorsPolicyError } from '@auth/cors-policy';
import { assertHttpsUrl, checkTls } from '@auth/tls-check';

const config = new URLSearchParams(location.hash.slice(1));
const api = assertHttpsUrl(config.get('api'));
const meUrl = new URL('/api/v2/users/me.json', api);

/**
 * Every API call goes through here: an Authorization the API refuses cross-origin (an API
 * token, a password) throws a CorsPolicyError before anything leaves the page.
 */
function getMe(authorization) {
  assertCorsAllowedAuth(authorization);
  return fetch(meUrl, { headers: { authorization } });
}

await scenario('tls', async () => {
  const report = await checkTls(api); // no sockets in a page: judges the URL, says it did not measure
  expect(report.ok && !report.measured, `unexpected report: ${JSON.stringify(report.problems)}`);
  return `https URL ok; ${report.notes.map((note) => note.code).join(', ')} (the browser enforces TLS itself)`;
});

await scenario('bearer-cors', async () => {
  const response = await getMe(bearerHeader(config.get('access_token')));
  expect(response.status === 200, `expected 200, got ${response.status}`);
  const { user } = await response.json();
  return `200 ${user.email} (${user.authenticated_by}) from ${location.origin}`;
});

await scenario('api-token-client', async () => {
  const apiToken = basicTokenHeader({ email: config.get('email'), token: config.get('api_token') });
  try {
    await getMe(apiToken);
  } catch (error) {
    expect(error instanceof CorsPolicyError, `expected a CorsPolicyError, got ${error}`);
    return `not sent: ${error.code}`;
  }
  throw new Error('the API token was sent cross-origin');
});

await scenario('api-token-cors', async () => {
  // Deliberately past the check: the API's own policy answers 403 without CORS headers, so
  // the browser does not even let the page read that answer.
  const apiToken = basicTokenHeader({ email: config.get('email'), token: config.get('api_token') });
  try {
    const response = await fetch(meUrl, { headers: { authorization: apiToken } });
    throw new Error(`the page could read the answer (${response.status})`);
  } catch (error) {
    expect(error instanceof TypeError, String(error));
    return `the browser blocked the answer (${error.message})`;
  }
});

await scenario('bad-token', async () => {
  const response = await getMe(bearerHeader('not-a-real-token'));
  // Readable cross-origin because the API lists it in Access-Control-Expose-Headers.
  const challenge = parseBearerChallenge(response.headers.get('www-authenticate') ?? '');
  expect(response.status === 401, `expected 401, got ${response.status}`);
  expect(challenge.error === 'invalid_token', `expected error="invalid_token", got ${challenge.error}`);
  return `401 ${challenge.error}: ${challenge.errorDescription}`;
});

document.body.dataset.done = 'true';

/** Runs one scenario, timed; shows it in the table and keeps it for the demo's driver. */
async function scenario(name, run) {
  const started = performance.now();
  let ok = true;
  let detail;
  try {
    detail = await run();
  } catch (error) {
    ok = false;
    detail = error.message;
  }
  const result = { scenario: name, ok, ms: Math.round(performance.now() - started), detail };
  globalThis.demoResults = [...(globalThis.demoResults ?? []), result];
  const row = document.getElementById('results').insertRow();
  for (const text of [name, ok ? 'ok' : 'FAIL', String(result.ms), detail])
    row.insertCell().textContent = text;
  row.className = ok ? 'ok' : 'fail';
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}
