import fc from 'fast-check';
import { assert } from '../harness.js';
import { checkCorpus } from '../interop.js';
import {
  API,
  API_TOKEN,
  APP,
  BEARER,
  classifications,
  decisions,
  exchanges,
  invalidOptions,
  refusals,
  ZENDESK_API_TOKEN,
} from '../vectors/cors-policy.js';
import { corpus } from '../vectors/interop-cors.js';

const KINDS = ['none', 'bearer', 'api-token', 'password', 'other'];

/**
 * A request with the given headers. In a browser, `Origin` and `Access-Control-Request-*` are
 * forbidden request headers: `new Request(...)` silently drops them (its Headers have the
 * "request" guard). There the suite hands the policy a request-shaped object instead,
 * `{ url, method, headers }`, whose standalone `Headers` (guard "none") keeps every name: the
 * policy reads nothing else from a request. Detected by feature, not by runtime name, so
 * Node, Deno, Bun and workerd test real `Request` objects and Chromium the same rules.
 */
export function makeRequest({ url = API, method = 'GET', headers = {} }) {
  let request;
  try {
    request = new Request(url, { method, headers });
  } catch {
    // workerd's Request takes the standard methods only (WPT sends NEW, SUPER, OK): the same
    // request, shaped.
    return { url, method, headers: new Headers(headers) };
  }
  const kept = Object.keys(headers).every((name) => request.headers.get(name) === headers[name]);
  return kept ? request : { url: request.url, method: request.method, headers: new Headers(headers) };
}

/**
 * `response` as a `fetch()` response looks to the policy: headers that throw on every change
 * (the "immutable" guard). A Proxy, so it is still a Response to `instanceof` and to its brand.
 */
function frozen(response) {
  const headers = new Headers(response.headers);
  for (const change of ['set', 'append', 'delete']) {
    headers[change] = () => {
      throw new TypeError('immutable');
    };
  }
  return new Proxy(response, {
    get(target, key) {
      if (key === 'headers') return headers;
      const value = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * What a vector says `next` does: `{ status, headers, body }` answers a Response, `frozen` the
 * same with immutable headers, `returns` a value that is no Response, `throws` an Error,
 * `notAFunction` is passed instead of a function. Counts its calls.
 */
function nextFor(spec = {}) {
  const calls = { count: 0 };
  if ('notAFunction' in spec) return { next: spec.notAFunction, calls };
  const next = () => {
    calls.count += 1;
    if ('throws' in spec) throw new Error(spec.throws);
    if ('returns' in spec) return spec.returns;
    const response = new Response(spec.body ?? '{"success":true}', {
      status: spec.status ?? 200,
      headers: spec.headers ?? spec.frozen,
    });
    return spec.frozen ? frozen(response) : response;
  };
  return { next, calls };
}

/** Checks `headers` against `{ name: value | null }` (null: absent). */
function expectHeaders(headers, expected = {}) {
  for (const [name, value] of Object.entries(expected)) assert.equal(headers.get(name), value, name);
}

/** Conformance of @auth/cors-policy: the same checks in every runtime. */
export default function suite(test, mod, context = {}) {
  const {
    classifyAuthorization,
    isCorsAllowedAuth,
    assertCorsAllowedAuth,
    createCorsPolicy,
    CorsPolicyError,
  } = mod;

  /** Runs `handle` as a vector describes, and checks what it answers. */
  async function checkExchange(policy, request, nextSpec, expected, nested) {
    const { next, calls } = nextFor(nextSpec);
    const handled = nested
      ? policy.handle(makeRequest(request), (inner) => policy.handle(inner, next))
      : policy.handle(makeRequest(request), next);
    if (expected.rejects) {
      const error = await assert.rejects(() => handled, {
        name: expected.rejects === 'Error' ? 'Error' : 'CorsPolicyError',
        ...(expected.rejects === 'Error' ? {} : { code: expected.rejects }),
        includes: expected.words ?? [],
      });
      if (expected.rejects !== 'Error') assert.ok(error instanceof CorsPolicyError, 'a CorsPolicyError');
      return;
    }
    const response = await handled;
    if (expected.status !== undefined) assert.equal(response.status, expected.status, 'status');
    if (expected.nextCalls !== undefined) assert.equal(calls.count, expected.nextCalls, 'next calls');
    expectHeaders(response.headers, expected.headers);
    if (expected.body !== undefined) assert.equal(await response.text(), expected.body, 'body');
  }

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
    assert.throws(() => assertCorsAllowedAuth('Digest x'), {
      code: 'AUTH_NOT_ALLOWED',
      includes: ['unknown'],
    });
  });

  for (const [kind, authorization, message] of refusals) {
    test(`a ${kind}: the guard says why (Zendesk's timeline too), handle answers 403 with the kind`, async () => {
      const secrets = [ZENDESK_API_TOKEN, authorization.slice(6), 'hunter2', 'jdoe'];
      const error = assert.throws(() => assertCorsAllowedAuth(authorization), {
        name: 'CorsPolicyError',
        code: 'AUTH_NOT_ALLOWED',
        excludes: secrets,
      });
      assert.equal(error.message, `[@auth/cors-policy] ${message}`, 'message');
      const policy = createCorsPolicy({ origins: [APP] });
      const { next, calls } = nextFor();
      const response = await policy.handle(makeRequest({ headers: { origin: APP, authorization } }), next);
      assert.equal(calls.count, 0, 'next calls');
      assert.equal(response.status, 403);
      expectHeaders(response.headers, {
        'access-control-allow-origin': null,
        'content-type': 'application/json',
        vary: 'Origin',
      });
      assert.deepEqual(await response.json(), { error: 'cors_auth_not_allowed', kind }, 'body');
    });
  }

  for (const [what, options, code, message] of invalidOptions) {
    test(`createCorsPolicy refuses ${what} with ${code}`, () => {
      const error = assert.throws(() => createCorsPolicy(options), { name: 'CorsPolicyError', code });
      assert.equal(error.message, `[@auth/cors-policy] ${message}`, 'message');
    });
  }

  for (const [what, options, request, reason, expected] of decisions) {
    test(`evaluate: ${what}`, () => {
      const decision = createCorsPolicy(options).evaluate(makeRequest(request));
      assert.equal(decision.reason, reason, 'reason');
      assert.equal(decision.allowed, !reason.endsWith('not-allowed'), 'allowed');
      assert.ok(decision.headers instanceof Headers, 'headers is a Headers');
      expectHeaders(decision.headers, expected);
    });
  }

  for (const [what, options, request, next, expected] of exchanges) {
    test(`handle: ${what}`, () => checkExchange(createCorsPolicy(options), request, next, expected));
  }

  /** A refused decision as an interop corpus names it: its reason, upper-cased (ORIGIN_NOT_ALLOWED). */
  const refused = (reason) => reason.toUpperCase().replaceAll('-', '_');

  /**
   * What the policy answers to an interop case, in the shape of its `ours`: the code it refuses
   * with (the options, a rejection, a refused decision), or the status, `next` calls and headers
   * the case names. A WPT case: whether the page gets the response, its preflight first.
   */
  async function answerOf({ options, request = {}, next, nested, fetch, ours, theirs }) {
    let policy;
    try {
      policy = createCorsPolicy(options);
    } catch (error) {
      return error.code ?? String(error);
    }
    const decision = policy.evaluate(makeRequest(request));
    if (!decision.allowed) return refused(decision.reason);
    if (fetch) {
      const headers = { origin: request.headers.origin, ...Object.fromEntries(fetch.headers) };
      const actual = policy.evaluate(makeRequest({ method: fetch.method, headers }));
      return actual.allowed ? { succeeds: true } : refused(actual.reason);
    }
    const { next: fn, calls } = nextFor(next);
    let response;
    try {
      const given = makeRequest(request);
      response = await (nested
        ? policy.handle(given, (inner) => policy.handle(inner, fn))
        : policy.handle(given, fn));
    } catch (error) {
      return error.code ?? String(error);
    }
    const keys = Object.keys(typeof ours === 'object' && ours !== null ? ours : (theirs ?? {}));
    const value = (key) =>
      key === 'status' ? response.status : key === 'nextCalls' ? calls.count : response.headers.get(key);
    return Object.fromEntries(keys.map((key) => [key, value(key)]));
  }

  for (const group of corpus) {
    test(`interop: ${group.peer} (${group.cases.length} cases; ${group.source})`, async () => {
      const answers = new Map();
      for (const item of group.cases) answers.set(item, await answerOf(item));
      checkCorpus([group], (item) => answers.get(item));
    });
  }

  const policy = createCorsPolicy({ origins: [APP], exposeHeaders: ['x-rate-limit'], maxAge: 600 });

  test('handle answers a preflight itself (204), without a body and without calling next', async () => {
    const { next, calls } = nextFor();
    const preflight = makeRequest({
      method: 'OPTIONS',
      headers: {
        origin: APP,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });
    const response = await policy.handle(preflight, next);
    assert.equal(calls.count, 0, 'next calls');
    assert.equal(response.status, 204);
    expectHeaders(response.headers, {
      'access-control-allow-origin': APP,
      'access-control-allow-headers': 'authorization,content-type',
      'access-control-max-age': '600',
    });
    assert.equal(await response.text(), '');
  });

  test('handle passes a request without Origin to next, the same request', async () => {
    let seen;
    const request = makeRequest({ headers: { authorization: API_TOKEN } });
    await policy.handle(request, (req) => {
      seen = req;
      return new Response('x');
    });
    assert.equal(seen, request, 'next gets the request');
  });

  test('handle copies a response whose headers are immutable (Response.redirect)', async () => {
    const response = await policy.handle(makeRequest({ headers: { origin: APP } }), async () =>
      Response.redirect('https://api.example.com/elsewhere', 302),
    );
    assert.equal(response.status, 302);
    expectHeaders(response.headers, {
      location: 'https://api.example.com/elsewhere',
      'access-control-allow-origin': APP,
    });
  });

  test('handle keeps the body, status and status text of a copied response', async () => {
    const upstream = new Response('{"error":"slow down"}', {
      status: 429,
      statusText: 'Too Many Requests',
      headers: { 'retry-after': '10', 'access-control-allow-origin': '*' },
    });
    const response = await policy.handle(makeRequest({ headers: { origin: APP } }), () => frozen(upstream));
    assert.equal(response.status, 429);
    assert.equal(response.statusText, 'Too Many Requests');
    expectHeaders(response.headers, { 'retry-after': '10', 'access-control-allow-origin': APP });
    assert.equal(await response.text(), '{"error":"slow down"}');
  });

  test('handle returns a network error (Response.error()) as it is', async () => {
    const error = Response.error();
    assert.equal(await policy.handle(makeRequest({ headers: { origin: APP } }), () => error), error);
  });

  test('the suite used real Request objects wherever the runtime keeps Origin', () => {
    const real = makeRequest({ headers: { origin: APP } }) instanceof Request;
    assert.equal(real, context.runtime !== 'chromium', `runtime ${context.runtime}`);
  });

  test('property: classifyAuthorization never throws and returns a kind', () => {
    const value = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc
        .tuple(
          fc.constantFrom('Bearer ', 'basic ', 'BASIC  ', ' bearer\t', 'Basic\t'),
          fc.string({ unit: 'binary' }),
        )
        .map(([scheme, rest]) => scheme + rest),
    );
    fc.assert(
      fc.property(value, (v) => KINDS.includes(classifyAuthorization(v))),
      { seed: 6, numRuns: 200 },
    );
  });

  test('property: every spelling of a Basic value is api-token or password, never other', () => {
    const space = fc.constantFrom(' ', '\t', '  ', ' \t', '\u00a0');
    const value = fc
      .tuple(
        fc.constantFrom('', ' ', '\t', `${BEARER}, `, 'Digest x, '),
        fc.constantFrom('Basic', 'basic', 'BASIC', 'bAsIc'),
        space,
        fc.string({ unit: 'binary' }),
        fc.constantFrom('', ' ', '\t'),
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(value, (v) => ['api-token', 'password'].includes(classifyAuthorization(v))),
      { seed: 6, numRuns: 300 },
    );
  });

  test('property: an API token is api-token however encoded, and never appears in the refusal', () => {
    const secret = fc.stringMatching(/^[A-Za-z0-9]{8,40}$/);
    const spelling = fc.constantFrom(
      (b64) => b64,
      (b64) => b64.replace(/=+$/, ''),
      (b64) => b64.replace(/\+/g, '-').replace(/\//g, '_'),
      (b64) => b64.replace(/(.{4})/g, '$1 '),
    );
    const scheme = fc.constantFrom('Basic ', 'basic\t', 'BASIC  ');
    fc.assert(
      fc.property(fc.emailAddress(), secret, spelling, scheme, (email, token, spell, prefix) => {
        const value = `${prefix}${spell(btoa(`${email}/token:${token}`))}`;
        assert.equal(classifyAuthorization(value), 'api-token');
        assert.throws(() => assertCorsAllowedAuth(value), { code: 'AUTH_NOT_ALLOWED', excludes: [token] });
      }),
      { seed: 6, numRuns: 200 },
    );
  });

  test('property: no Access-Control-* header of next survives but the grant (issue 13.1)', async () => {
    const names = [
      'access-control-allow-origin',
      'access-control-allow-credentials',
      'access-control-allow-methods',
      'access-control-allow-headers',
      'access-control-max-age',
      'access-control-expose-headers',
      'access-control-allow-private-network',
      'access-control-request-method',
      'access-control-whatever',
    ];
    const upstream = fc.dictionary(
      fc.constantFrom(...names),
      fc.constantFrom('*', 'true', 'https://evil.example'),
    );
    const origin = fc.constantFrom(undefined, APP, 'https://evil.example', 'null', 'https://api.example.com');
    const options = fc.constantFrom(
      { origins: [APP] },
      { origins: '*' },
      { origins: [APP], credentials: true },
    );
    await fc.assert(
      fc.asyncProperty(upstream, origin, options, fc.boolean(), async (set, from, opts, immutable) => {
        const made = createCorsPolicy(opts);
        const request = makeRequest({ headers: from ? { origin: from } : {} });
        const expected = made.evaluate(request).headers;
        const response = await made.handle(request, () => {
          const answer = new Response('x', { headers: set });
          return immutable ? frozen(answer) : answer;
        });
        for (const name of names) assert.equal(response.headers.get(name), expected.get(name), name);
      }),
      { seed: 6, numRuns: 150 },
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
