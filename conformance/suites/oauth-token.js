import fc from 'fast-check';
import { assert } from '../harness.js';
import {
  AUTHORIZATION_ENDPOINT,
  basicClientAuth,
  CLIENT_ID,
  CLIENT_SECRET,
  callbacks,
  httpErrors,
  invalidResponses,
  oauthErrors,
  PUBLIC_CLIENT_ID,
  REDIRECT_URI,
  RFC7636_APPENDIX_B,
  redirectUris,
  TOKEN_ENDPOINT,
  validResponses,
  ZENDESK_RESPONSE,
  ZENDESK_SPENT_DESCRIPTION,
} from '../vectors/oauth-token.js';

const API = 'https://acme.zendesk.com/api/v2/users/me.json';
const MINUTE = 60_000;
const CLIENT_CREDENTIALS = { type: 'client_credentials', clientId: CLIENT_ID, clientSecret: CLIENT_SECRET };
const REFRESH_TOKEN = { type: 'refresh_token', clientId: CLIENT_ID, clientSecret: CLIENT_SECRET };

/**
 * A Zendesk-like token endpoint and API, reached through the `fetch` option: tokens expire, a
 * refresh deletes the previous access AND refresh tokens, a spent refresh token is 400
 * invalid_grant, and the API's 401 carries no challenge (as Zendesk's may not).
 */
function fakeZendesk(clock) {
  let count = 0;
  const access = new Map();
  const refresh = new Set();
  const fake = {
    requests: [],
    apiCalls: 0,
    gate: undefined,
    issue() {
      count++;
      const tokens = {
        access_token: `at${count}.gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo`,
        refresh_token: `rt${count}.31048ba2b5c5`,
      };
      access.set(tokens.access_token, clock.now + 1_800_000);
      refresh.add(tokens.refresh_token);
      return { ...tokens, token_type: 'bearer', expires_in: 1800, scope: 'read' };
    },
    async fetch(input, init) {
      const request = new Request(input, init);
      if (request.url === API) {
        fake.apiCalls++;
        const token = (request.headers.get('authorization') ?? '').replace('Bearer ', '');
        const live = (access.get(token) ?? 0) > clock.now;
        return live
          ? Response.json({ user: { id: 1 } })
          : new Response('{"error":"Couldn\'t authenticate you"}', { status: 401 });
      }
      const type = request.headers.get('content-type');
      const text = await request.text();
      const params =
        type === 'application/json' ? JSON.parse(text) : Object.fromEntries(new URLSearchParams(text));
      fake.requests.push({ params, request });
      if (fake.gate) await fake.gate;
      if (params.grant_type === 'client_credentials') return Response.json(fake.issue());
      if (!refresh.delete(params.refresh_token)) {
        return Response.json(
          { error: 'invalid_grant', error_description: ZENDESK_SPENT_DESCRIPTION },
          { status: 400 },
        );
      }
      access.delete(params.refresh_token.replace(/^rt(\d+)\..*/, 'at$1.gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo'));
      return Response.json(fake.issue());
    },
    /** Deletes every access token (an admin revoked them); refresh tokens still work. */
    revokeAccess: () => access.clear(),
    hold() {
      let release;
      fake.gate = new Promise((resolve) => {
        release = () => {
          fake.gate = undefined;
          resolve();
        };
      });
      return release;
    },
  };
  return fake;
}

/** BASE64URL(SHA256(text)) by this runtime's own Web Crypto: the suite's check, not the package's. */
async function s256(text) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return btoa(String.fromCharCode(...digest))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=/g, '');
}

/**
 * A Zendesk-like authorization server: the user at `url` answers at once (`authorize`), and
 * its token endpoint's authorization_code grant checks the code (once), the redirect URI and
 * the S256 of the verifier. `requests` holds every request sent to it.
 */
function fakeAuthorizationServer() {
  const codes = new Map();
  const server = {
    requests: [],
    async authorize(url, answer = 'allow') {
      const query = new URL(url).searchParams;
      const back = new URL(query.get('redirect_uri'));
      back.searchParams.set('state', query.get('state'));
      if (answer === 'deny' || query.get('code_challenge_method') !== 'S256') {
        back.searchParams.set('error', answer === 'deny' ? 'access_denied' : 'invalid_request');
        return back.href;
      }
      const code = `code-${codes.size + 1}`;
      codes.set(code, { challenge: query.get('code_challenge'), redirectUri: query.get('redirect_uri') });
      back.searchParams.set('code', code);
      return back.href;
    },
    async fetch(input, init) {
      const request = new Request(input, init);
      const params = Object.fromEntries(new URLSearchParams(await request.text()));
      server.requests.push(params);
      const grant = codes.get(params.code);
      codes.delete(params.code);
      const valid =
        params.grant_type === 'authorization_code' &&
        grant?.redirectUri === params.redirect_uri &&
        grant.challenge === (await s256(params.code_verifier ?? ''));
      return valid
        ? Response.json({ ...ZENDESK_RESPONSE, access_token: `at-${params.code}` })
        : Response.json(
            { error: 'invalid_grant', error_description: ZENDESK_SPENT_DESCRIPTION },
            { status: 400 },
          );
    },
  };
  return server;
}

/** Everything the runtime can print of a value: JSON, and its inspector where it has one. */
function printed(value) {
  const texts = [JSON.stringify(value), String(value)];
  const util = globalThis.process?.getBuiltinModule?.('node:util');
  if (util) texts.push(util.inspect(value, { depth: 5 }));
  if (globalThis.Deno) texts.push(globalThis.Deno.inspect(value, { depth: 5 }));
  if (globalThis.Bun) texts.push(globalThis.Bun.inspect(value));
  return texts.join('\n');
}

/** Conformance of @auth/oauth-token: the same checks in every runtime. */
export default function suite(test, mod, context = {}) {
  const {
    createTokenSource,
    parseTokenResponse,
    redactTokenSet,
    memoryTokenStore,
    zendesk,
    OAuthTokenError,
    createAuthorizationRequest,
    exchangeAuthorizationCode,
    codeChallenge,
  } = mod;
  const oauthError = (code, secrets = []) => ({
    name: 'OAuthTokenError',
    code,
    includes: ['[@auth/oauth-token]'],
    excludes: [CLIENT_SECRET, ...secrets],
  });
  const setup = (options = {}) => {
    const clock = { now: 1_000_000 };
    const fake = fakeZendesk(clock);
    const make = (more = {}) =>
      createTokenSource({
        tokenEndpoint: TOKEN_ENDPOINT,
        grant: CLIENT_CREDENTIALS,
        fetch: fake.fetch,
        now: () => clock.now,
        ...options,
        ...more,
      });
    return { clock, fake, source: make(), make };
  };
  const signIn = async (fake, clock) =>
    parseTokenResponse(
      await (
        await fake.fetch(TOKEN_ENDPOINT, {
          method: 'POST',
          body: new URLSearchParams({ grant_type: 'client_credentials' }),
        })
      ).json(),
      clock.now,
    );

  test('OAuthTokenError is an Error with name, code, status, oauthError and the package prefix', () => {
    const error = new OAuthTokenError('INVALID_GRANT', 'field is wrong; fix it', {
      status: 400,
      oauthError: 'invalid_grant',
    });
    assert.ok(error instanceof Error, 'instanceof Error');
    assert.equal(error.name, 'OAuthTokenError');
    assert.equal(error.message, '[@auth/oauth-token] field is wrong; fix it');
    assert.deepEqual(JSON.parse(JSON.stringify(error)), {
      name: 'OAuthTokenError',
      code: 'INVALID_GRANT',
      status: 400,
      oauthError: 'invalid_grant',
    });
  });

  for (const [what, body, sentAt, expected] of validResponses) {
    test(`parseTokenResponse: ${what}`, () => {
      const set = parseTokenResponse(body, sentAt);
      assert.deepEqual({ ...set }, expected);
      assert.ok(!printed(set).includes(body.access_token), 'the set prints its access token');
      if (body.refresh_token)
        assert.ok(!printed(set).includes(body.refresh_token), 'the set prints its refresh token');
    });
  }

  for (const [what, body] of invalidResponses) {
    test(`parseTokenResponse refuses ${what} with INVALID_RESPONSE, never showing a token`, () => {
      const error = assert.throws(
        () => parseTokenResponse(body, 0),
        oauthError('INVALID_RESPONSE', [ZENDESK_RESPONSE.access_token]),
      );
      assert.equal(error.cause, undefined);
    });
  }

  test('the token set shows redacted values in JSON and in this runtime’s inspector; a spread is real', () => {
    const set = parseTokenResponse(ZENDESK_RESPONSE, 0);
    assert.deepEqual(JSON.parse(JSON.stringify(set)), redactTokenSet(set));
    assert.equal(redactTokenSet(set).accessToken, 'gEry****');
    const text = printed({ logged: [set] });
    assert.ok(
      !text.includes(ZENDESK_RESPONSE.access_token) && !text.includes(ZENDESK_RESPONSE.refresh_token),
      text,
    );
    assert.equal({ ...set }.refreshToken, ZENDESK_RESPONSE.refresh_token);
  });

  for (const [error, status, code] of oauthErrors) {
    test(`a token endpoint answering ${status} ${error} (RFC 6749 5.2) is ${code}`, async () => {
      const source = createTokenSource({
        tokenEndpoint: TOKEN_ENDPOINT,
        grant: CLIENT_CREDENTIALS,
        fetch: async () => Response.json({ error, error_description: `said ${CLIENT_SECRET}` }, { status }),
        timeoutMs: 50,
      });
      const failed = await assert.rejects(() => source.token(), oauthError(code));
      assert.equal(failed.status, status);
      assert.equal(failed.oauthError, error);
    });
  }

  for (const [what, status, body] of httpErrors) {
    test(`a token endpoint answering ${what} is HTTP_ERROR`, async () => {
      const source = createTokenSource({
        tokenEndpoint: TOKEN_ENDPOINT,
        grant: REFRESH_TOKEN,
        tokens: { accessToken: 'x', tokenType: 'bearer', expiresAt: 0, refreshToken: 'rt' },
        fetch: async () => new Response(body, { status }),
      });
      const failed = await assert.rejects(() => source.token(), oauthError('HTTP_ERROR'));
      assert.equal(failed.status, status);
    });
  }

  test('a token request: POST, form body, accept JSON, redirect manual, client credentials in the body', async () => {
    const { source, fake } = setup();
    await source.token();
    const [{ params, request }] = fake.requests;
    assert.equal(request.method, 'POST');
    assert.equal(request.redirect, 'manual');
    assert.equal(request.headers.get('accept'), 'application/json');
    assert.equal(request.headers.get('content-type'), 'application/x-www-form-urlencoded');
    assert.deepEqual(params, {
      grant_type: 'client_credentials',
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
    });
  });

  test('the Zendesk preset posts JSON to https://{subdomain}.zendesk.com/oauth/tokens', async () => {
    const preset = zendesk('acme');
    assert.deepEqual(preset, {
      tokenEndpoint: TOKEN_ENDPOINT,
      authorizationEndpoint: 'https://acme.zendesk.com/oauth/authorizations/new',
      format: 'json',
      clientAuth: 'body',
    });
    const { source, fake } = setup(preset);
    await source.token();
    assert.equal(fake.requests[0].request.headers.get('content-type'), 'application/json');
    assert.equal(fake.requests[0].params.client_secret, CLIENT_SECRET);
  });

  for (const [id, secret, header] of basicClientAuth) {
    test(`HTTP Basic client authentication form-encodes ${JSON.stringify(id)} first (RFC 6749 2.3.1)`, async () => {
      const { source, fake } = setup({
        clientAuth: 'basic',
        grant: { type: 'client_credentials', clientId: id, clientSecret: secret },
      });
      await source.token().catch(() => {});
      assert.equal(fake.requests[0].request.headers.get('authorization'), header);
      assert.equal(fake.requests[0].params.client_secret, undefined);
    });
  }

  test('options are checked at creation: INVALID_OPTION naming the option and the fix', () => {
    assert.throws(
      () =>
        createTokenSource({
          tokenEndpoint: 'http://acme.zendesk.com/oauth/tokens',
          grant: CLIENT_CREDENTIALS,
        }),
      {
        ...oauthError('INVALID_OPTION'),
        includes: ['options.tokenEndpoint', 'https:'],
      },
    );
    assert.throws(
      () =>
        createTokenSource({
          tokenEndpoint: TOKEN_ENDPOINT,
          grant: { ...CLIENT_CREDENTIALS, clientSecret: `${CLIENT_SECRET}\n` },
        }),
      {
        ...oauthError('INVALID_OPTION'),
        includes: ['options.grant.clientSecret has whitespace at an end; trim it'],
      },
    );
    assert.throws(
      () => createTokenSource({ tokenEndpoint: TOKEN_ENDPOINT, grant: CLIENT_CREDENTIALS, timeoutMs: '10s' }),
      {
        ...oauthError('INVALID_OPTION'),
        includes: ['options.timeoutMs'],
      },
    );
  });

  test('100 concurrent callers share one token request and get the same token', async () => {
    const { source, fake } = setup();
    const release = fake.hold();
    const calls = Array.from({ length: 100 }, () => source.token());
    await new Promise((resolve) => setTimeout(resolve, 0));
    release();
    const tokens = new Set(await Promise.all(calls));
    assert.equal(tokens.size, 1);
    assert.equal(fake.requests.length, 1);
    assert.equal(source.state, 'valid');
  });

  test('refreshes ahead of expiry, counted from when the request was sent; no 401 at all', async () => {
    const { source, fake, clock } = setup();
    await source.fetch(API);
    assert.equal(source.expiresAt, 1_000_000 + 1_800_000);
    clock.now += 27 * MINUTE;
    const response = await source.fetch(API);
    assert.equal(response.status, 200);
    assert.equal(fake.requests.length, 2);
    assert.equal(fake.apiCalls, 2);
  });

  test('rotates the refresh token and keeps the previous one when an answer has none (RFC 6749 6)', async () => {
    const { fake, clock, make } = setup();
    const tokens = await signIn(fake, clock);
    const source = make({ grant: REFRESH_TOKEN, tokens });
    const first = await source.refresh();
    assert.equal(fake.requests[1].params.refresh_token, tokens.refreshToken);
    assert.ok(first.refreshToken !== tokens.refreshToken, 'rotated');
    const keep = createTokenSource({
      tokenEndpoint: TOKEN_ENDPOINT,
      grant: REFRESH_TOKEN,
      tokens,
      fetch: async () => Response.json({ access_token: 'abc', token_type: 'bearer', expires_in: 60 }),
    });
    assert.equal((await keep.refresh()).refreshToken, tokens.refreshToken);
  });

  test('source.fetch: a 401 without a challenge refreshes once and retries once, replaying the body', async () => {
    const { fake, clock, make } = setup();
    const source = make({ grant: REFRESH_TOKEN, tokens: await signIn(fake, clock) });
    await source.token();
    fake.revokeAccess();
    const response = await source.fetch(API, {
      method: 'POST',
      body: new URLSearchParams({ subject: 'Help' }),
    });
    assert.equal(response.status, 200);
    assert.equal(fake.apiCalls, 2);
    assert.equal(fake.requests.length, 2); // the sign-in, then one refresh
    const forbidden = createTokenSource({
      tokenEndpoint: TOKEN_ENDPOINT,
      grant: CLIENT_CREDENTIALS,
      fetch: async (input, init) =>
        new Request(input, init).url === API ? new Response(null, { status: 403 }) : fake.fetch(input, init),
    });
    assert.equal((await forbidden.fetch(API)).status, 403);
    assert.equal(fake.requests.length, 3); // its first token only: a 403 never refreshes
  });

  test('sources sharing a store: a peer’s rotation is adopted, with no token request and no outage', async () => {
    const { fake, clock, make } = setup();
    const store = memoryTokenStore(await signIn(fake, clock));
    const a = make({ grant: REFRESH_TOKEN, store });
    const b = make({ grant: REFRESH_TOKEN, store });
    await Promise.all([a.token(), b.token()]);
    await a.refresh();
    const response = await b.fetch(API);
    assert.equal(response.status, 200);
    assert.equal(fake.requests.length, 2); // the sign-in and a's refresh: b adopted
  });

  test('a spent refresh token with nothing newer: INVALID_GRANT, then REAUTH_REQUIRED and no request', async () => {
    const { fake, clock, make } = setup();
    const tokens = await signIn(fake, clock);
    const source = make({ grant: REFRESH_TOKEN, tokens });
    await make({ grant: REFRESH_TOKEN, tokens, store: memoryTokenStore() }).refresh();
    await assert.rejects(() => source.refresh(), {
      ...oauthError('INVALID_GRANT', [tokens.refreshToken]),
      includes: [ZENDESK_SPENT_DESCRIPTION],
    });
    const before = fake.requests.length;
    await assert.rejects(() => source.token(), oauthError('REAUTH_REQUIRED'));
    assert.equal(fake.requests.length, before);
  });

  test('a saved set before any caller; a failed save is PERSIST_FAILED, the set kept in memory', async () => {
    const { make } = setup();
    let saves = 0;
    const store = {
      load: async () => undefined,
      save: async () => {
        saves++;
        throw new Error('disk full');
      },
    };
    const source = make({ store });
    await assert.rejects(() => source.token(), oauthError('PERSIST_FAILED'));
    const token = await source.token(); // served from memory; the save is tried again
    assert.ok(token.startsWith('at1.'));
    assert.equal(saves, 2);
  });

  test('a caller’s signal detaches that caller only; close() waits for the refresh', async () => {
    const { source, fake } = setup();
    const release = fake.hold();
    const controller = new AbortController();
    const leaving = source.token({ signal: controller.signal });
    const staying = source.token();
    controller.abort();
    await assert.rejects(() => leaving, oauthError('ABORTED'));
    const closing = source.close();
    await assert.rejects(() => source.token(), oauthError('CLOSED'));
    release();
    assert.ok((await staying).startsWith('at1.'));
    await closing;
    assert.equal(source.state, 'closed');
  });

  test('a client_credentials request is retried on 5xx; a refresh_token request never', async () => {
    let calls = 0;
    const flaky = async () => {
      calls++;
      return calls === 1
        ? new Response('', { status: 503, headers: { 'retry-after': '0' } })
        : Response.json(ZENDESK_RESPONSE);
    };
    const cc = createTokenSource({ tokenEndpoint: TOKEN_ENDPOINT, grant: CLIENT_CREDENTIALS, fetch: flaky });
    assert.equal(await cc.token(), ZENDESK_RESPONSE.access_token);
    assert.equal(calls, 2);
    calls = 0;
    const rt = createTokenSource({
      tokenEndpoint: TOKEN_ENDPOINT,
      grant: REFRESH_TOKEN,
      tokens: { accessToken: 'x', tokenType: 'bearer', expiresAt: 0, refreshToken: 'rt' },
      fetch: flaky,
    });
    await assert.rejects(() => rt.token(), oauthError('HTTP_ERROR'));
    assert.equal(calls, 1);
  });

  // A refresh that could not connect, for real: the orchestrator's refused loopback port. Node,
  // Deno and Bun say that nothing was sent, and the set is kept; a browser's and workerd's fetch
  // do not tell, so there it is a network error after which the refresh token may be spent.
  const live = context.fixtures?.['oauth-token'];
  if (live) {
    test('a refresh to a refused port: CONNECTION_FAILED keeping the set where the runtime tells, else NETWORK_ERROR', async () => {
      const store = memoryTokenStore({
        accessToken: 'x',
        tokenType: 'bearer',
        expiresAt: 0,
        refreshToken: 'r1',
      });
      const failed = [];
      const source = createTokenSource({
        tokenEndpoint: `https://${live.host}:${live.closed}/oauth/tokens`,
        grant: { type: 'refresh_token', clientId: 'c' },
        store,
        timeoutMs: 20_000,
        onEvent: (event) => event.type === 'refresh-failed' && failed.push(event.code),
      });
      if (['node', 'deno', 'bun'].includes(context.runtime)) {
        const nothingSent = { ...oauthError('CONNECTION_FAILED', ['r1']), includes: ['nothing was sent'] };
        await assert.rejects(() => source.token(), nothingSent);
        assert.equal((await store.load())?.refreshToken, 'r1');
        assert.equal(source.state, 'empty', 'as it was: the access token had expired');
        await assert.rejects(() => source.token(), nothingSent); // the next call tries again
        assert.equal((await store.load())?.refreshToken, 'r1');
        assert.deepEqual(failed, ['CONNECTION_FAILED', 'CONNECTION_FAILED']);
      } else {
        const maybeSent = {
          ...oauthError('NETWORK_ERROR', ['r1']),
          includes: ['may have reached the server'],
        };
        await assert.rejects(() => source.token(), maybeSent);
        assert.equal((await store.load())?.refreshToken, undefined);
        assert.deepEqual(failed, ['NETWORK_ERROR']);
      }
    });
  } else {
    test('a refresh to a refused port: the loopback port is there', () => {
      assert.ok(false, 'no oauth-token fixtures: run the suites through conformance/run-all.mjs');
    });
  }

  test('the memory store has a lock everywhere but Cloudflare Workers', () => {
    const workers = globalThis.navigator?.userAgent === 'Cloudflare-Workers';
    assert.equal(context.runtime === 'workerd', workers);
    assert.equal(typeof memoryTokenStore().lock, workers ? 'undefined' : 'function');
  });

  test('property: parseTokenResponse returns a set or throws INVALID_RESPONSE, never showing the token', () => {
    const body = fc.record(
      {
        access_token: fc.oneof(fc.string(), fc.stringMatching(/^[\w\-.~+/]{1,40}=*$/), fc.integer()),
        token_type: fc.constantFrom('bearer', 'Bearer', 'mac', 7),
        expires_in: fc.oneof(fc.integer({ min: -5, max: 100000 }), fc.string(), fc.constant(null)),
        refresh_token: fc.oneof(fc.string(), fc.constant(undefined)),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(body, fc.integer({ min: 0, max: 2 ** 40 }), (value, sentAt) => {
        try {
          const set = parseTokenResponse(value, sentAt);
          return (
            set.tokenType === 'bearer' && set.accessToken === value.access_token && set.issuedAt === sentAt
          );
        } catch (error) {
          const text = `${error.message} ${JSON.stringify(error)}`;
          const secret = typeof value.access_token === 'string' && value.access_token.length > 8;
          return (
            error instanceof OAuthTokenError &&
            error.code === 'INVALID_RESPONSE' &&
            !(secret && text.includes(value.access_token))
          );
        }
      }),
      { seed: 6749, numRuns: 300 },
    );
  });

  test('property: any order of token answers gives N concurrent callers one request', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.integer({ min: 1, max: 30 }), async (s, n) => {
        const clock = { now: 0 };
        const fake = fakeZendesk(clock);
        const { load, save } = memoryTokenStore();
        const source = createTokenSource({
          tokenEndpoint: TOKEN_ENDPOINT,
          grant: CLIENT_CREDENTIALS,
          fetch: s.scheduleFunction(fake.fetch),
          now: () => clock.now,
          store: { load, save },
        });
        const calls = Array.from({ length: n }, (_, i) =>
          s.schedule(Promise.resolve(i)).then(() => source.token()),
        );
        const tokens = await s.waitFor(Promise.all(calls));
        return new Set(tokens).size === 1 && fake.requests.length === 1;
      }),
      { seed: 6749, numRuns: 50 },
    );
  });
  test('RFC 7636 appendix B: codeChallenge of the verifier is its S256 challenge', async () => {
    assert.equal(await codeChallenge(RFC7636_APPENDIX_B.verifier), RFC7636_APPENDIX_B.challenge);
    assert.equal(
      await s256(RFC7636_APPENDIX_B.verifier),
      RFC7636_APPENDIX_B.challenge,
      'the suite’s own check',
    );
    await assert.rejects(() => codeChallenge('too-short'), oauthError('INVALID_OPTION'));
  });

  test('createAuthorizationRequest: Zendesk’s parameters, S256 of a fresh 43-character verifier, a fresh state', async () => {
    const first = await createAuthorizationRequest({
      ...zendesk('acme'),
      clientId: PUBLIC_CLIENT_ID,
      redirectUri: REDIRECT_URI,
      scope: 'read',
    });
    const { url, state, codeVerifier } = first;
    assert.equal(url.origin + url.pathname, AUTHORIZATION_ENDPOINT);
    assert.deepEqual(Object.fromEntries(url.searchParams), {
      response_type: 'code',
      client_id: PUBLIC_CLIENT_ID,
      redirect_uri: REDIRECT_URI,
      scope: 'read',
      state,
      code_challenge: await s256(codeVerifier),
      code_challenge_method: 'S256',
    });
    assert.ok(/^[\w-]{43}$/.test(state) && /^[\w-]{43}$/.test(codeVerifier), `${state} ${codeVerifier}`);
    const second = await createAuthorizationRequest({
      ...zendesk('acme'),
      clientId: 'x',
      redirectUri: REDIRECT_URI,
    });
    assert.ok(
      second.state !== state && second.codeVerifier !== codeVerifier && state !== codeVerifier,
      'fresh',
    );
  });

  for (const [uri, accepted] of redirectUris) {
    test(`redirectUri ${uri} is ${accepted ? 'accepted' : 'refused (INVALID_OPTION)'}`, async () => {
      const made = createAuthorizationRequest({
        authorizationEndpoint: AUTHORIZATION_ENDPOINT,
        clientId: PUBLIC_CLIENT_ID,
        redirectUri: uri,
      });
      if (accepted) assert.equal((await made).url.searchParams.get('redirect_uri'), uri);
      else
        await assert.rejects(() => made, {
          ...oauthError('INVALID_OPTION'),
          includes: ['options.redirectUri'],
        });
    });
  }

  const startSignIn = async () => {
    const server = fakeAuthorizationServer();
    const request = await createAuthorizationRequest({
      authorizationEndpoint: AUTHORIZATION_ENDPOINT,
      clientId: PUBLIC_CLIENT_ID,
      redirectUri: REDIRECT_URI,
    });
    const exchange = (callbackUrl) =>
      exchangeAuthorizationCode({
        tokenEndpoint: TOKEN_ENDPOINT,
        clientId: PUBLIC_CLIENT_ID,
        redirectUri: REDIRECT_URI,
        callbackUrl,
        state: request.state,
        codeVerifier: request.codeVerifier,
        fetch: server.fetch,
        now: () => 5_000,
      });
    return { server, request, exchange };
  };

  test('exchangeAuthorizationCode posts the code with its verifier once and gives a TokenSet for a source', async () => {
    const { server, request, exchange } = await startSignIn();
    const back = await server.authorize(request.url);
    const set = await exchange(back);
    assert.equal(set.accessToken, 'at-code-1');
    assert.equal(set.expiresAt, 5_000 + 1_800_000);
    assert.deepEqual(server.requests, [
      {
        grant_type: 'authorization_code',
        code: 'code-1',
        redirect_uri: REDIRECT_URI,
        code_verifier: request.codeVerifier,
        client_id: PUBLIC_CLIENT_ID,
      },
    ]);
    const source = createTokenSource({
      tokenEndpoint: TOKEN_ENDPOINT,
      grant: { type: 'refresh_token', clientId: PUBLIC_CLIENT_ID },
      tokens: set,
      now: () => 5_000,
      fetch: server.fetch,
    });
    assert.equal(await source.token(), 'at-code-1');
    await assert.rejects(() => exchange(back), {
      ...oauthError('INVALID_GRANT', [request.codeVerifier, 'code-1']),
      includes: [ZENDESK_SPENT_DESCRIPTION],
    });
    assert.equal(server.requests.length, 2);
  });

  for (const [what, query, code, oauthErrorValue] of callbacks) {
    test(`a callback with ${what} is ${code}, and nothing is sent`, async () => {
      const { server, request, exchange } = await startSignIn();
      const callbackUrl = `${REDIRECT_URI}?${query.replaceAll('STATE', request.state)}`;
      const failed = await assert.rejects(
        () => exchange(callbackUrl),
        oauthError(code, [request.codeVerifier, request.state, 'code=abc']),
      );
      assert.equal(failed.oauthError, oauthErrorValue);
      assert.equal(server.requests.length, 0);
    });
  }

  test('Deny at the authorization server: AUTHORIZATION_DENIED, a message that says so', async () => {
    const { server, request, exchange } = await startSignIn();
    await assert.rejects({});
    const denied = await server.authorize(request.url, 'deny');
    await assert.rejects(() => exchange(denied), {
      ...oauthError('AUTHORIZATION_DENIED'),
      includes: ['the user denied access'],
    });
  });

  test('property: any callback state but the sign-in’s own is refused before a request, never shown', async () => {
    const { server, request, exchange } = await startSignIn();
    const codes = new Set(['INVALID_STATE', 'STATE_MISMATCH', 'DUPLICATE_PARAMETER']);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.stringMatching(/^[\w-]{43}$/), fc.constant(request.state.slice(1))),
        async (state) => {
          fc.pre(state !== request.state);
          const callbackUrl = `${REDIRECT_URI}?${new URLSearchParams({ code: 'abc', state })}`;
          try {
            await exchange(callbackUrl);
            return false;
          } catch (error) {
            const text = `${error.message} ${JSON.stringify(error)}`;
            return (
              error instanceof OAuthTokenError &&
              codes.has(error.code) &&
              server.requests.length === 0 &&
              !text.includes(request.codeVerifier) &&
              (state.length < 8 || !text.includes(state))
            );
          }
        },
      ),
      { seed: 7636, numRuns: 200 },
    );
  });
}
