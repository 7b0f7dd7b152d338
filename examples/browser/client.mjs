// The browser client. The page is on one origin, the API on another, so every call is a
// CORS request. What it needs arrives in the URL fragment, which is never sent to a server,
// the way an OAuth redirect delivers an access token: #api=...&access_token=...
// (The API token is there only to show it being refused; never give one to a browser.)

import { basicTokenHeader } from '@auth/basic-token';
import { bearerHeader } from '@auth/bearer';
import { assertCorsAllowedAuth, CorsPolicyError } from '@auth/cors-policy';
import { assertHttpsUrl, checkTls } from '@auth/tls-check';
import { apiScenarios, createApiClient, expect, runScenario } from '@auth-example/client';

const config = new URLSearchParams(location.hash.slice(1));
const api = assertHttpsUrl(config.get('api'));

// Every API call checks its Authorization first: one the API refuses cross-origin (an API
// token, a password) throws a CorsPolicyError before anything leaves the page.
const client = createApiClient({ api, checkAuthorization: assertCorsAllowedAuth });

const scenarios = {
  tls: async () => {
    const report = await checkTls(api); // no sockets in a page: judges the URL, says it did not measure
    expect(report.ok && !report.measured, `unexpected report: ${JSON.stringify(report.problems)}`);
    return `https URL ok; ${report.notes.map((note) => note.code).join(', ')} (the browser enforces TLS itself)`;
  },

  'bearer-cors': async () => {
    const response = await client.getMe(bearerHeader(config.get('access_token')));
    expect(response.status === 200, `expected 200, got ${response.status}`);
    const { user } = await response.json();
    return `200 ${user.email} (${user.authenticated_by}) from ${location.origin}`;
  },

  'api-token-client': async () => {
    const apiToken = basicTokenHeader({ email: config.get('email'), token: config.get('api_token') });
    try {
      await client.getMe(apiToken);
    } catch (error) {
      expect(error instanceof CorsPolicyError, `expected a CorsPolicyError, got ${error}`);
      return `not sent: ${error.code}`;
    }
    throw new Error('the API token was sent cross-origin');
  },

  'api-token-cors': async () => {
    // Deliberately past the check: the API's own policy answers 403 without CORS headers, so
    // the browser does not even let the page read that answer.
    const apiToken = basicTokenHeader({ email: config.get('email'), token: config.get('api_token') });
    try {
      const response = await fetch(new URL('/api/v2/users/me.json', api), {
        headers: { authorization: apiToken },
      });
      throw new Error(`the page could read the answer (${response.status})`);
    } catch (error) {
      expect(error instanceof TypeError, String(error));
      return `the browser blocked the answer (${error.message})`;
    }
  },

  // The same as in the other runtimes: the challenge is readable cross-origin because the API
  // lists WWW-Authenticate in Access-Control-Expose-Headers.
  'bad-token': apiScenarios({ client })['bad-token'],
};

for (const [name, run] of Object.entries(scenarios)) show(await runScenario(name, run));
document.body.dataset.done = 'true';

/** Shows one result in the table and keeps it for the demo's driver. */
function show(result) {
  globalThis.demoResults = [...(globalThis.demoResults ?? []), result];
  const row = document.getElementById('results').insertRow();
  for (const text of [result.scenario, result.ok ? 'ok' : 'FAIL', String(result.ms), result.detail])
    row.insertCell().textContent = text;
  row.className = result.ok ? 'ok' : 'fail';
}
