import fc from 'fast-check';
import { assert } from '../harness.js';
import {
  classifications,
  decisions,
  invalidOptions,
  ZENDESK_ACCESS_TOKEN,
  ZENDESK_API_TOKEN,
} from '../vectors/cors-policy.js';

const APP = 'https://app.example.com';
const API = 'https://api.example.com/api/v2/users/me.json';
const BEARER = `Bearer ${ZENDESK_ACCESS_TOKEN}`;
const API_TOKEN = `Basic ${btoa(`jdoe@example.com/token:${ZENDESK_API_TOKEN}`)}`;
const KINDS = ['none', 'bearer', 'api-token', 'password', 'other'];

/**
 * A request with the given headers. In a browser, `Origin` and `Access-Control-Request-*` are
 * forbidden request headers: `new Request(...)` silently drops them (its Headers have the
 * "request" guard). There the suite hands the policy a request-shaped object instead,
 * `{ url, method, headers }`, whose standalone `Headers` (guard "none") keeps every name: the
 * policy reads nothing else from a request. Detected by feature, not by runtime name, so
 * Node, Deno, Bun and workerd test real `Request` objects and Chromium the same rules.
 */
function makeRequest({ url = API, method = 'GET', headers = {} }) {
  const request = new Request(url, { method, headers });
  const kept = Object.keys(headers).every((name) => request.headers.get(name) === headers[name]);
  return kept ? request : { url: request.url, method, headers: new Headers(headers) };
}

const ok = () => new Response('{"id":1}', { status: 200, headers: { 'content-type': 'application/json' } });

/** Conformance of @auth/cors-policy: the same checks in every runtime. */
export default function suite(test, mod, context = {}) {
  const {
    classifyAuthorization,
    isCorsAllowedAuth,
    assertCorsAllowedAuth,
    createCorsPolicy,
    CorsPolicyError,
  } = mod;

  test('CorsPolicyError is an Error with name, code and the package prefix', () => {
    const error = new CorsPolicyError('AUTH_NOT_ALLOWED', 'field is wrong; fix it');
    assert.ok(error instanceof Error, 'instanceof Error');
    assert.equal(error.name, 'CorsPolicyError');
    assert.equal(error.code, 'AUTH_NOT_ALLOWED');
    assert.equal(error.message, '[@auth/cors-policy] field is wrong; fix it');
  });

  for (const [what, value, kind] of classifications) {
    test(`classifyAuthorization: ${what} is ${kind}`, () => {
      assert.equal(classifyAuthorization(value), kind);
      assert.equal(isCorsAllowedAuth(value), kind === 'none' || kind === 'bearer');
    });
  }

  test('assertCorsAllowedAuth returns none/bearer and refuses the rest with AUTH_NOT_ALLOWED', () => {
    assert.equal(assertCorsAllowedAuth(BEARER), 'bearer');
    assert.equal(assertCorsAllowedAuth(undefined), 'none');
    assert.throws(() => assertCorsAllowedAuth(API_TOKEN), {
      name: 'CorsPolicyError',
      code: 'AUTH_NOT_ALLOWED',
      includes: ['[@auth/cors-policy]', 'API token', 'use an OAuth access token (Bearer)', '2027-04-30'],
      excludes: [ZENDESK_API_TOKEN, API_TOKEN.slice(6), 'jdoe'],
    });
    assert.throws(() => assertCorsAllowedAuth('Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=='), {
      code: 'AUTH_NOT_ALLOWED',
      includes: ['a password'],
      excludes: ['open sesame', 'QWxhZGRpbjpvcGVuIHNlc2FtZQ=='],
    });
    assert.throws(() => assertCorsAllowedAuth('Digest x'), {
      code: 'AUTH_NOT_ALLOWED',
      includes: ['unknown'],
    });
  });

  for (const [what, options, code] of invalidOptions) {
    test(`createCorsPolicy refuses ${what} with ${code}`, () => {
      assert.throws(() => createCorsPolicy(options), {
        name: 'CorsPolicyError',
        code,
        includes: ['[@auth/cors-policy] options.'],
      });
    });
  }

  for (const [what, options, request, reason, expected] of decisions) {
    test(`evaluate: ${what}`, () => {
      const decision = createCorsPolicy(options).evaluate(makeRequest(request));
      assert.equal(decision.reason, reason, 'reason');
      assert.equal(decision.allowed, !reason.endsWith('not-allowed'), 'allowed');
      assert.ok(decision.headers instanceof Headers, 'headers is a Headers');
      for (const [name, value] of Object.entries(expected))
        assert.equal(decision.headers.get(name), value, name);
    });
  }

  const policy = createCorsPolicy({ origins: [APP], exposeHeaders: ['x-rate-limit'], maxAge: 600 });

  test('handle answers a preflight itself (204) without calling next', async () => {
    let calls = 0;
    const preflight = makeRequest({
      method: 'OPTIONS',
      headers: {
        origin: APP,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });
    const response = await policy.handle(preflight, () => {
      calls++;
      return ok();
    });
    assert.equal(calls, 0, 'next calls');
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), APP);
    assert.equal(response.headers.get('access-control-allow-headers'), 'authorization,content-type');
    assert.equal(await response.text(), '');
  });

  test('handle answers 403 JSON to an API token cross-origin, without grant and without next', async () => {
    let calls = 0;
    const response = await policy.handle(
      makeRequest({ headers: { origin: APP, authorization: API_TOKEN } }),
      () => {
        calls++;
        return ok();
      },
    );
    assert.equal(calls, 0, 'next calls');
    assert.equal(response.status, 403);
    assert.equal(response.headers.get('access-control-allow-origin'), null);
    assert.equal(response.headers.get('content-type'), 'application/json');
    const text = await response.text();
    assert.ok(!text.includes(ZENDESK_API_TOKEN), 'the body never holds the token');
    const body = JSON.parse(text);
    assert.equal(body.error, 'cors_auth_not_allowed');
    assert.equal(body.kind, 'api-token');
    assert.ok(body.description.includes('OAuth access token'), body.description);
  });

  test('handle adds the grant to a 401 from next, so the page can read it', async () => {
    const response = await policy.handle(
      makeRequest({ headers: { origin: APP, authorization: BEARER } }),
      () => Response.json({ error: 'invalid_token' }, { status: 401, headers: { 'x-rate-limit': '699' } }),
    );
    assert.equal(response.status, 401);
    assert.equal(response.headers.get('access-control-allow-origin'), APP);
    assert.equal(response.headers.get('access-control-expose-headers'), 'x-rate-limit');
    assert.equal(response.headers.get('vary'), 'Origin');
    assert.deepEqual(await response.json(), { error: 'invalid_token' });
  });

  test('handle passes a request without Origin to next untouched but for Vary', async () => {
    let seen;
    const request = makeRequest({ headers: { authorization: API_TOKEN } });
    const response = await policy.handle(request, (req) => {
      seen = req;
      return new Response('x', { headers: { vary: 'Accept-Encoding' } });
    });
    assert.equal(seen, request, 'next gets the request');
    assert.equal(response.headers.get('access-control-allow-origin'), null);
    assert.equal(response.headers.get('vary'), 'Accept-Encoding, Origin');
  });

  test('handle with origins "*" grants "*" to a request without Origin too, without Vary', async () => {
    const open = createCorsPolicy({ origins: '*' });
    const response = await open.handle(makeRequest({ headers: {} }), ok);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.equal(response.headers.get('vary'), null);
  });

  test('classifyAuthorization reads 64 KB of hostile spaces in linear time', () => {
    const started = performance.now();
    assert.equal(classifyAuthorization(`Bearer${' '.repeat(64_000)}x y`), 'other');
    assert.equal(classifyAuthorization(`${' \t'.repeat(32_000)}bearer x${' '.repeat(64_000)}`), 'bearer');
    const ms = performance.now() - started;
    assert.ok(ms < 250, `${ms} ms`);
  });

  test('handle copies a response whose headers are immutable (Response.redirect)', async () => {
    const response = await policy.handle(makeRequest({ headers: { origin: APP } }), async () =>
      Response.redirect('https://api.example.com/elsewhere', 302),
    );
    assert.equal(response.status, 302);
    assert.equal(response.headers.get('location'), 'https://api.example.com/elsewhere');
    assert.equal(response.headers.get('access-control-allow-origin'), APP);
  });

  test('handle returns a network error (Response.error()) as it is', async () => {
    const error = Response.error();
    assert.equal(await policy.handle(makeRequest({ headers: { origin: APP } }), () => error), error);
  });

  test('handle rejects with what next throws', async () => {
    const boom = new Error('boom');
    await assert.rejects(
      () =>
        policy.handle(makeRequest({ headers: { origin: APP } }), () => {
          throw boom;
        }),
      { name: 'Error', includes: ['boom'] },
    );
  });

  test('the suite used real Request objects wherever the runtime keeps Origin', () => {
    const real = makeRequest({ headers: { origin: APP } }) instanceof Request;
    assert.equal(real, context.runtime !== 'chromium', `runtime ${context.runtime}`);
  });

  test('property: classifyAuthorization never throws and returns a kind', () => {
    const value = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc
        .tuple(fc.constantFrom('Bearer ', 'basic ', 'BASIC  ', ' bearer\t'), fc.string({ unit: 'binary' }))
        .map(([scheme, rest]) => scheme + rest),
    );
    fc.assert(
      fc.property(value, (v) => KINDS.includes(classifyAuthorization(v))),
      { seed: 6, numRuns: 200 },
    );
  });

  test('property: an API token is api-token and never appears in the refusal', () => {
    const secret = fc.stringMatching(/^[A-Za-z0-9]{8,40}$/);
    fc.assert(
      fc.property(fc.emailAddress(), secret, (email, token) => {
        const value = `Basic ${btoa(`${email}/token:${token}`)}`;
        assert.equal(classifyAuthorization(value), 'api-token');
        assert.throws(() => assertCorsAllowedAuth(value), { code: 'AUTH_NOT_ALLOWED', excludes: [token] });
      }),
      { seed: 6, numRuns: 200 },
    );
  });

  test('property: createCorsPolicy returns or throws CorsPolicyError; evaluate grants exactly the listed origins', () => {
    const origin = fc
      .tuple(fc.constantFrom('http', 'https'), fc.domain(), fc.option(fc.integer({ min: 0, max: 70000 })))
      .map(([scheme, host, port]) => `${scheme}://${host}${port === null ? '' : `:${port}`}`);
    const variant = (o) => fc.constantFrom(o, o.toUpperCase(), `${o}:443`, `${o}:80`, `${o}/`, ` ${o}`);
    const pair = fc.oneof(
      fc.tuple(origin, origin),
      origin.chain((o) => fc.tuple(fc.constant(o), variant(o))),
      origin.chain((o) => fc.tuple(variant(o), fc.constant(o))),
      fc.tuple(
        fc.oneof(origin, fc.string(), fc.constant('null')),
        fc.oneof(fc.string(), fc.constant('null')),
      ),
    );
    // The oracle: WHATWG URL's origin, for what is a serialized origin (scheme://host[:port]).
    const canonical = (o) => {
      if (!/^https?:\/\/[a-z\d.-]+(:\d{1,5})?$/i.test(o)) return undefined;
      try {
        return new URL(o).origin;
      } catch {
        return undefined;
      }
    };
    fc.assert(
      fc.property(pair, ([listed, sent]) => {
        let made;
        try {
          made = createCorsPolicy({ origins: [listed] });
        } catch (error) {
          assert.ok(error instanceof CorsPolicyError, String(error));
          assert.ok(['INVALID_ORIGIN', 'NO_ORIGINS'].includes(error.code), error.code);
          return;
        }
        let request;
        try {
          request = makeRequest({ headers: { origin: sent } });
        } catch {
          return; // not a valid header value: no runtime would deliver it
        }
        const asked = request.headers.get('origin');
        const { reason } = made.evaluate(request);
        const canon = canonical(asked);
        const granted = asked === listed || (canon !== undefined && canon === canonical(listed));
        const expected =
          asked === 'https://api.example.com'
            ? 'same-origin-or-no-origin'
            : granted
              ? 'request-granted'
              : 'origin-not-allowed';
        assert.equal(reason, expected, `${listed} vs ${asked}`);
      }),
      { seed: 6, numRuns: 200 },
    );
  });
}
