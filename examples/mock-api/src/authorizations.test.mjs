// The sign-in endpoints of the mock API, through its Web-standard handler (no sockets): the
// consent page's checks, Allow and Deny, and the code's rules at the token endpoint, with a
// clock the test moves. `node --test` in examples/mock-api.
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { createApi } from './app.mjs';
import { CODE_LIFETIME_MS, createAuthorizations, isRegisteredRedirect } from './authorizations.mjs';
import { createTokenStore } from './tokens.mjs';

const ORIGIN = 'https://localhost:8443';
const APP = 'https://localhost:8444/app.html';
const PUBLIC = 'demo_public';

function setup() {
  let time = 1_000_000;
  const clock = { now: () => time, advance: (ms) => (time += ms) };
  const tokens = createTokenStore({
    accessTokenTtl: 1800,
    refreshTokenTtl: 86400,
    scope: 'read',
    now: clock.now,
  });
  const authorizations = createAuthorizations({
    clients: { [PUBLIC]: { name: 'Demo app', redirectUris: [APP, 'http://127.0.0.1/callback'] } },
    tokens,
    now: clock.now,
  });
  const api = createApi({
    realm: 'mock-api',
    user: { id: 1, name: 'Jane Doe', email: 'jdoe@example.com', role: 'admin' },
    apiToken: 'api-token',
    clientId: 'demo_app',
    clientSecret: 'demo-app-secret',
    publicClientId: PUBLIC,
    tokens,
    authorizations,
  });
  const call = (path, init) => api(new Request(`${ORIGIN}${path}`, init));
  return { clock, call };
}

const verifier = () => randomBytes(32).toString('base64url');
const s256 = (text) => createHash('sha256').update(text).digest('base64url');

/** The consent page for these parameters, and its ticket. */
async function consent(call, overrides = {}) {
  const codeVerifier = verifier();
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: PUBLIC,
    redirect_uri: APP,
    scope: 'read',
    state: 'the-state',
    code_challenge: s256(codeVerifier),
    code_challenge_method: 'S256',
    ...overrides,
  });
  const page = await call(`/oauth/authorizations/new?${query}`);
  const text = await page.text();
  const ticket = /name="ticket" value="([^"]+)"/.exec(text)?.[1];
  return { page, text, ticket, codeVerifier };
}

/** The user's answer: where the browser is sent. */
async function answer(call, ticket, decision) {
  const response = await call('/oauth/authorizations', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ticket, decision }),
  });
  assert.equal(response.status, 303);
  return new URL(response.headers.get('location'));
}

const exchange = (call, params) =>
  call('/oauth/tokens', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: PUBLIC,
      redirect_uri: APP,
      ...params,
    }),
  });

/** Signs in: the code, its verifier, and the token answer. */
async function signIn(call) {
  const { ticket, codeVerifier } = await consent(call);
  const back = await answer(call, ticket, 'allow');
  const code = back.searchParams.get('code');
  const response = await exchange(call, { code, code_verifier: codeVerifier });
  return { code, codeVerifier, response, tokens: await response.json() };
}

/** The public client's refresh (no secret). */
const refresh = (call, refreshToken) =>
  call('/oauth/tokens', {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'refresh_token',
      client_id: PUBLIC,
      refresh_token: refreshToken,
    }),
  });

const me = (call, accessToken) =>
  call('/api/v2/users/me.json', { headers: { authorization: `Bearer ${accessToken}` } });

describe('GET /oauth/authorizations/new', () => {
  it('shows a consent page with Allow and Deny, not to be framed', async () => {
    const { call } = setup();
    const { page, text, ticket } = await consent(call);
    assert.equal(page.status, 200);
    assert.match(text, /<button name="decision" value="allow">Allow<\/button>/);
    assert.match(text, /<button name="decision" value="deny">Deny<\/button>/);
    assert.match(page.headers.get('content-security-policy'), /frame-ancestors 'none'/);
    assert.ok(ticket);
  });

  for (const [what, overrides, message] of [
    ['an unknown client', { client_id: 'someone' }, 'Unknown OAuth client'],
    [
      'a redirect URI not registered',
      { redirect_uri: 'https://evil.example/app.html' },
      'Redirect URI not registered',
    ],
    [
      'a registered redirect URI with a query added',
      { redirect_uri: `${APP}?x=1` },
      'Redirect URI not registered',
    ],
    [
      'a registered redirect URI on another port',
      { redirect_uri: 'https://localhost:9999/app.html' },
      'Redirect URI not registered',
    ],
  ]) {
    it(`answers ${what} with a page, never a redirect (RFC 6749 4.1.2.1)`, async () => {
      const { call } = setup();
      const { page, text } = await consent(call, overrides);
      assert.equal(page.status, 400);
      assert.equal(page.headers.get('location'), null);
      assert.match(text, new RegExp(message));
    });
  }

  for (const [what, overrides, error] of [
    ['a plain challenge', { code_challenge_method: 'plain' }, 'invalid_request'],
    ['no challenge method', { code_challenge_method: '' }, 'invalid_request'],
    ['no challenge', { code_challenge: '' }, 'invalid_request'],
    ['the implicit grant', { response_type: 'token' }, 'unsupported_response_type'],
  ]) {
    it(`sends ${what} back with error=${error} and the state`, async () => {
      const { call } = setup();
      const { page } = await consent(call, overrides);
      assert.equal(page.status, 303);
      const back = new URL(page.headers.get('location'));
      assert.equal(back.origin + back.pathname, APP);
      assert.equal(back.searchParams.get('error'), error);
      assert.equal(back.searchParams.get('state'), 'the-state');
      assert.equal(back.searchParams.get('code'), null);
    });
  }

  it('takes a loopback redirect URI on any port (RFC 8252 7.3), and no other host', () => {
    const registered = ['http://127.0.0.1/callback', 'https://app.example/cb'];
    assert.equal(isRegisteredRedirect('http://127.0.0.1:51234/callback', registered), true);
    assert.equal(isRegisteredRedirect('http://127.0.0.1/callback', registered), true);
    assert.equal(isRegisteredRedirect('http://127.0.0.1:51234/other', registered), false);
    assert.equal(isRegisteredRedirect('http://localhost:51234/callback', registered), false);
    assert.equal(isRegisteredRedirect('https://app.example:8443/cb', registered), false);
    assert.equal(isRegisteredRedirect('not a url', registered), false);
  });
});

describe('POST /oauth/authorizations', () => {
  it('Allow: back with a code and the state', async () => {
    const { call } = setup();
    const { ticket } = await consent(call);
    const back = await answer(call, ticket, 'allow');
    assert.equal(back.origin + back.pathname, APP);
    assert.match(back.searchParams.get('code'), /^[\w-]{43}$/);
    assert.equal(back.searchParams.get('state'), 'the-state');
  });

  it('Deny: back with error=access_denied and the state, no code', async () => {
    const { call } = setup();
    const { ticket } = await consent(call);
    const back = await answer(call, ticket, 'deny');
    assert.equal(back.searchParams.get('error'), 'access_denied');
    assert.equal(back.searchParams.get('state'), 'the-state');
    assert.equal(back.searchParams.get('code'), null);
  });

  it('one answer per consent page; an unknown or old page has expired', async () => {
    const { call, clock } = setup();
    const { ticket } = await consent(call);
    await answer(call, ticket, 'allow');
    const again = await call('/oauth/authorizations', {
      method: 'POST',
      body: new URLSearchParams({ ticket, decision: 'allow' }),
    });
    assert.equal(again.status, 400);
    const late = await consent(call);
    clock.advance(10 * 60_000 + 1);
    const expired = await call('/oauth/authorizations', {
      method: 'POST',
      body: new URLSearchParams({ ticket: late.ticket, decision: 'allow' }),
    });
    assert.equal(expired.status, 400);
  });
});

describe('POST /oauth/tokens, grant_type=authorization_code', () => {
  it('a code with its verifier: tokens for the public client, which then work and refresh', async () => {
    const { call } = setup();
    const { response, tokens } = await signIn(call);
    assert.equal(response.status, 200);
    assert.equal(tokens.token_type, 'bearer');
    assert.equal((await me(call, tokens.access_token)).status, 200);
    const refreshed = await refresh(call, tokens.refresh_token);
    assert.equal(refreshed.status, 200);
  });

  it('a code used twice is refused, and the tokens the first use got are revoked (RFC 6749 4.1.2)', async () => {
    const { call } = setup();
    const { code, codeVerifier, tokens } = await signIn(call);
    const replay = await exchange(call, { code, code_verifier: codeVerifier });
    assert.equal(replay.status, 400);
    assert.equal((await replay.json()).error, 'invalid_grant');
    assert.equal((await me(call, tokens.access_token)).status, 401);
    const refused = await refresh(call, tokens.refresh_token);
    assert.equal(refused.status, 400);
  });

  it(`a code older than ${CODE_LIFETIME_MS / 1000} seconds is refused; one just within works`, async () => {
    const { call, clock } = setup();
    const first = await consent(call);
    const within = (await answer(call, first.ticket, 'allow')).searchParams.get('code');
    clock.advance(CODE_LIFETIME_MS);
    assert.equal((await exchange(call, { code: within, code_verifier: first.codeVerifier })).status, 200);
    const second = await consent(call);
    const late = (await answer(call, second.ticket, 'allow')).searchParams.get('code');
    clock.advance(CODE_LIFETIME_MS + 1);
    const refused = await exchange(call, { code: late, code_verifier: second.codeVerifier });
    assert.equal(refused.status, 400);
    assert.match((await refused.json()).error_description, /expired/);
  });

  for (const [what, params] of [
    ['another verifier', { code_verifier: verifier() }],
    ['no verifier', { code_verifier: '' }],
    ['the challenge as the verifier (plain)', 'challenge'],
    ['another redirect URI', { redirect_uri: 'http://127.0.0.1:5000/callback' }],
    ['another client', { client_id: 'demo_app', client_secret: 'demo-app-secret' }],
  ]) {
    it(`${what}: invalid_grant, and the code is spent`, async () => {
      const { call } = setup();
      const { ticket, codeVerifier } = await consent(call);
      const code = (await answer(call, ticket, 'allow')).searchParams.get('code');
      const wrong = params === 'challenge' ? { code_verifier: s256(codeVerifier) } : params;
      const refused = await exchange(call, { code, code_verifier: codeVerifier, ...wrong });
      assert.equal(refused.status, 400);
      assert.equal((await refused.json()).error, 'invalid_grant');
      assert.equal((await exchange(call, { code, code_verifier: codeVerifier })).status, 400);
    });
  }

  it('the public client has no secret to send, and no client_credentials grant', async () => {
    const { call } = setup();
    const withSecret = await call('/oauth/tokens', {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        client_id: PUBLIC,
        client_secret: 'guess',
        code: 'x',
      }),
    });
    assert.equal((await withSecret.json()).error, 'invalid_client');
    const credentials = await call('/oauth/tokens', {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: PUBLIC }),
    });
    assert.equal((await credentials.json()).error, 'unauthorized_client');
  });
});

describe('DELETE /api/v2/oauth/tokens/current.json', () => {
  it('204, and the access token and its refresh token are revoked', async () => {
    const { call } = setup();
    const { tokens } = await signIn(call);
    const revoked = await call('/api/v2/oauth/tokens/current.json', {
      method: 'DELETE',
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    assert.equal(revoked.status, 204);
    assert.equal((await me(call, tokens.access_token)).status, 401);
    const again = await call('/api/v2/oauth/tokens/current.json', {
      method: 'DELETE',
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    assert.equal(again.status, 401);
    const refused = await refresh(call, tokens.refresh_token);
    assert.equal(refused.status, 400);
  });

  it('401 without an OAuth token', async () => {
    const { call } = setup();
    assert.equal((await call('/api/v2/oauth/tokens/current.json', { method: 'DELETE' })).status, 401);
  });
});
