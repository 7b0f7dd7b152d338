// Drives the browser client (index.html + client.mjs) and the single-page app (app.html +
// app.mjs, through sign-in.mjs) in Debian's Chromium with playwright-core, and prints the
// results as JSON lines for the demo.
// It plays the web app's backend: gets an OAuth access token server-side and hands it to the
// page in the URL fragment, as an OAuth redirect would. Chromium trusts exactly the key of
// the certificate the server presents (checked against the demo CA first), by SPKI pin.
//   NODE_EXTRA_CA_CERTS="$API_CA" node examples/browser/run.mjs
//   (with the variables the mock API's CLI prints, and PAGE_URL)
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { connect } from 'node:tls';
import { createApiClient } from '@auth-example/client';
import { launchChromium } from '../../config/chromium.mjs';
import { signInScenarios } from './sign-in.mjs';

const { API_URL, PAGE_URL, API_CA, API_EMAIL, API_TOKEN, OAUTH_CLIENT_ID, OAUTH_CLIENT_SECRET } = process.env;
// client_credentials, server-side (Node's fetch trusts the demo CA via NODE_EXTRA_CA_CERTS).
const client = createApiClient({
  api: new URL(API_URL),
  clientId: OAUTH_CLIENT_ID,
  clientSecret: OAUTH_CLIENT_SECRET,
});

const browser = await launchChromium({
  args: [
    `--ignore-certificate-errors-spki-list=${await spkiPin(new URL(PAGE_URL), readFileSync(API_CA, 'utf8'))}`,
  ],
});
try {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  const sentWithApiToken = await watchApiTokenRequests(page);

  // The demo's access tokens live two seconds, less than a loaded machine may take to open the
  // page: ask for a minute (Zendesk's `expires_in` request parameter).
  const tokens = await client.requestTokens({ grant_type: 'client_credentials', expires_in: '60' });
  const fragment = new URLSearchParams({
    api: API_URL,
    access_token: tokens.access_token,
    email: API_EMAIL,
    api_token: API_TOKEN,
  });
  await page.goto(`${PAGE_URL}#${fragment}`);
  await page.waitForFunction(() => document.body.dataset.done === 'true', undefined, { timeout: 20_000 });
  const results = await page.evaluate(() => globalThis.demoResults);

  // The page saw only a network error: check that the browser blocked the answer for want of
  // Access-Control-Allow-Origin (the API's policy refused), that the API answered 403 (when
  // DevTools reports the status: its event is not guaranteed), and that this deliberate
  // request was the only one to carry an API token.
  const cors = results.find((result) => result.scenario === 'api-token-cors');
  const sent = [...sentWithApiToken.values()];
  for (let waited = 0; waited < 2000 && sent.some((request) => request.status === undefined); waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const [seen] = sent;
  const refused =
    sent.length === 1 &&
    seen.corsError === 'MissingAllowOriginHeader' &&
    (seen.status === undefined || seen.status === 403);
  if (cors && !refused) {
    cors.ok = false;
    cors.detail = `expected one 403 that CORS blocked, saw ${JSON.stringify(sent)}`;
  } else if (cors?.ok) {
    const status = seen.status === undefined ? 'refused it' : `answered ${seen.status}`;
    cors.detail = `the API ${status}; the browser blocked the answer (${seen.corsError})`;
  }

  // The single-page app (app.html): sign-in with PKCE, driven as a person would.
  results.push(...(await signInScenarios(browser, { pageUrl: PAGE_URL, apiUrl: API_URL })));

  for (const result of results) console.log(JSON.stringify(result));
  for (const problem of problems)
    console.log(JSON.stringify({ scenario: 'page', ok: false, ms: 0, detail: problem }));
  console.error(`chromium ${browser.version()}`);
} finally {
  await browser.close();
}

/**
 * The requests that carry an API token, with the status the server answered and the CORS
 * error the browser raised, seen through the DevTools protocol (Playwright reports a request
 * that CORS blocked only as failed, without its response).
 */
async function watchApiTokenRequests(page) {
  const seen = new Map();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', ({ requestId, request }) => {
    const [, authorization] =
      Object.entries(request.headers).find(([name]) => name.toLowerCase() === 'authorization') ?? [];
    if (authorization?.startsWith('Basic ')) seen.set(requestId, {});
  });
  cdp.on('Network.responseReceivedExtraInfo', ({ requestId, statusCode }) => {
    if (seen.has(requestId)) seen.get(requestId).status = statusCode;
  });
  cdp.on('Network.loadingFailed', ({ requestId, corsErrorStatus }) => {
    if (seen.has(requestId)) seen.get(requestId).corsError = corsErrorStatus?.corsError;
  });
  return seen;
}

/** Base64 SHA-256 of the public key of the certificate `url` presents, verified against `ca`. */
function spkiPin(url, ca) {
  return new Promise((resolve, reject) => {
    const socket = connect(
      { host: url.hostname, port: Number(url.port), servername: url.hostname, ca },
      () => {
        const key = socket.getPeerX509Certificate().publicKey.export({ type: 'spki', format: 'der' });
        socket.end();
        resolve(createHash('sha256').update(key).digest('base64'));
      },
    );
    socket.on('error', reject);
  });
}
