// Drives the single-page app (app.html + app.mjs) in Chromium the way a person would: click
// "Sign in with Zendesk", answer the consent page, come back, call the API, sign out. Every
// request the page makes is recorded (Playwright's network events, the browser's own account),
// so "refused before any request" is checked, not assumed. Four rows for the demo:
//   sign-in            signed in (S256), GET me.json 200 cross-origin, signed out: DELETE 204,
//                      and the revoked token is refused from outside the browser too
//   callback-replayed  the same callback URL again: refused, no request to the API's origin
//   sign-in-denied     Deny on the consent page: a readable message, no token request
//   state-forged       a callback with another state while a sign-in is pending: refused
//                      before any request to the API's origin
import { expect, runScenario } from '@auth-example/client';

const TIMEOUT_MS = 15_000;
const FORGED_STATE = 'Zm9yZ2VkLXN0YXRlLW9mLWFub3RoZXItc2lnbi1pbiE'; // 43 base64url characters: the right shape

/** A page of the app with every request it makes recorded: `{ method, url, authorization }`. */
async function openApp(browser, pageUrl) {
  const page = await browser.newPage(); // a new tab: its own sessionStorage
  const requests = [];
  page.on('request', async (request) => {
    const entry = { method: request.method(), url: request.url() };
    requests.push(entry);
    entry.authorization = (await request.allHeaders().catch(() => ({}))).authorization;
  });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(new URL('/app.html', pageUrl).href);
  await settled(page);
  return { page, requests, errors };
}

/**
 * Waits until the app (not the consent page) is done, in a state other than `left` (the state a
 * click leaves: sign-out starts from 'signed-in' and shows nothing until it is done); resolves
 * to its state, code and message.
 */
async function settled(page, left) {
  await page.waitForFunction(
    (left) =>
      document.getElementById('status') &&
      !['loading', undefined, left].includes(document.body.dataset.state),
    left,
    { timeout: TIMEOUT_MS },
  );
  return page.evaluate(() => ({
    state: document.body.dataset.state,
    code: document.body.dataset.code,
    message: document.getElementById('status').textContent,
  }));
}

/** Clicks "Sign in with Zendesk"; resolves once the consent page shows, with its URL. */
async function toConsent(page, apiOrigin) {
  await page.click('#sign-in');
  await page.waitForURL((url) => url.origin === apiOrigin && url.pathname === '/oauth/authorizations/new', {
    timeout: TIMEOUT_MS,
  });
  return new URL(page.url());
}

const sentTo = (requests, origin, from = 0) =>
  requests.slice(from).filter((request) => request.url.startsWith(origin));

/**
 * @param {import('playwright-core').Browser} browser
 * @param {{ pageUrl: string, apiUrl: string }} urls
 * @returns {Promise<Array<{ scenario: string, ok: boolean, ms: number, detail: string }>>}
 */
export async function signInScenarios(browser, { pageUrl, apiUrl }) {
  const apiOrigin = new URL(apiUrl).origin;
  const results = [];
  let callbackUrl;
  let app;

  results.push(
    await runScenario('sign-in', async () => {
      app = await openApp(browser, pageUrl);
      const { page, requests } = app;
      const consent = await toConsent(page, apiOrigin);
      expect(consent.searchParams.get('code_challenge_method') === 'S256', `not S256: ${consent.href}`);
      expect(!consent.searchParams.has('code_verifier'), 'the verifier left the page');
      await page.click('button[value="allow"]');
      const signedIn = await settled(page);
      expect(signedIn.state === 'signed-in', `not signed in: ${signedIn.message}`);
      callbackUrl = requests.find((request) => request.url.includes('/app.html?code='))?.url;
      expect(callbackUrl, 'no callback seen');
      expect(!page.url().includes('code='), `the code stayed in the address bar: ${page.url()}`);
      await page.click('#call');
      await page.waitForFunction(() => document.getElementById('user').textContent !== '', undefined, {
        timeout: TIMEOUT_MS,
      });
      const user = await page.textContent('#user');
      expect(user.includes('oauth_token'), `unexpected user: ${user}`);
      await page.click('#sign-out');
      const out = await settled(page, 'signed-in');
      expect(out.code === 'REVOKED', `not revoked: ${out.message}`);
      const revoke = requests.find((request) => request.method === 'DELETE');
      expect(revoke?.authorization?.startsWith('Bearer '), 'no Bearer on the revocation');
      // From outside the browser: the token the page revoked is refused now.
      const after = await fetch(new URL('/api/v2/users/me.json', apiUrl), {
        headers: { authorization: revoke.authorization },
      });
      expect(after.status === 401, `the revoked token still works (${after.status})`);
      const exchanges = requests.filter(
        (request) => request.method === 'POST' && request.url.endsWith('/oauth/tokens'),
      );
      return `S256 sign-in, ${exchanges.length} token requests, "${user}", signed out: DELETE 204, then 401`;
    }),
  );

  results.push(
    await runScenario('callback-replayed', async () => {
      expect(callbackUrl && app, 'the sign-in row did not get a callback to replay');
      const { page, requests } = app;
      const before = requests.length;
      await page.goto(callbackUrl);
      const { state, code, message } = await settled(page);
      expect(state === 'error' && code === 'NO_PENDING_SIGN_IN', `not refused: ${state} ${code} ${message}`);
      const sent = sentTo(requests, apiOrigin, before);
      expect(sent.length === 0, `sent to the API: ${sent.map((r) => `${r.method} ${r.url}`).join(', ')}`);
      await page.close();
      return `refused, 0 requests to the API: "${message}"`;
    }),
  );

  results.push(
    await runScenario('sign-in-denied', async () => {
      const { page, requests } = await openApp(browser, pageUrl);
      await toConsent(page, apiOrigin);
      await page.click('button[value="deny"]');
      const { state, code, message } = await settled(page);
      expect(state === 'error' && code === 'AUTHORIZATION_DENIED', `${state} ${code}: ${message}`);
      expect(message.includes('You chose Deny'), `not readable: ${message}`);
      const tokenRequests = requests.filter((request) => request.url.endsWith('/oauth/tokens'));
      expect(tokenRequests.length === 0, `${tokenRequests.length} token requests`);
      await page.close();
      return `"${message}"`;
    }),
  );

  results.push(
    await runScenario('state-forged', async () => {
      const { page, requests } = await openApp(browser, pageUrl);
      await toConsent(page, apiOrigin); // a sign-in is pending in this tab
      const before = requests.length;
      // An attacker's link: their own code, a state of the right shape that is not this tab's.
      const forged = new URL('/app.html', pageUrl);
      forged.search = new URLSearchParams({ code: 'attackers-code', state: FORGED_STATE }).toString();
      await page.goto(forged.href);
      const { state, code, message } = await settled(page);
      expect(state === 'error' && code === 'STATE_MISMATCH', `${state} ${code}: ${message}`);
      const sent = sentTo(requests, apiOrigin, before);
      expect(sent.length === 0, `sent to the API: ${sent.map((r) => `${r.method} ${r.url}`).join(', ')}`);
      await page.close();
      return `STATE_MISMATCH, 0 requests to the API: "${message}"`;
    }),
  );

  if (app?.errors.length)
    results.push({ scenario: 'app page', ok: false, ms: 0, detail: app.errors.join('; ') });
  return results;
}
