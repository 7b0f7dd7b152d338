// The interop corpus of @auth/cors-policy: the test cases of Hono's `cors` and expressjs/cors,
// and the preflight cases of web-platform-tests' fetch/api/cors, each with what the peer
// answers (`theirs`: what its test asserts, or null where it refuses) and what we answer
// (`ours`: the same things, or the code we refuse with: a CorsPolicyError code, or the reason
// of a refused decision, upper-cased, such as ORIGIN_NOT_ALLOWED). `verdict`: 'same',
// 'stricter' (we refuse what the peer takes), 'looser' (we take what it refuses) or
// 'different' (both take it, with other results); every verdict but 'same' says why, citing
// the spec. ../suites/cors-policy.js runs every case in every runtime, checks `ours` against
// the policy and each verdict against the two answers (../interop.js), so the tally is the
// behaviour, not a claim.
//
// A case: `options` (ours, the peer's spelled our way: see the README's "coming from"),
// `request` (what a browser sends: where a peer test sends OPTIONS without Origin or
// Access-Control-Request-Method, because the peer treats every OPTIONS as a preflight, the case
// adds them and `completed` says what), `next` (what the application answers), `nested` (the
// policy wrapped around itself). An answer holds `status`, `nextCalls` and header names (null:
// absent). WPT cases hold `{ succeeds }`, whether the page gets the response, and `fetch`, the
// page's call, which src/browser.test.ts replays in Chromium.

const EXAMPLE = 'http://example.com';
const APP = 'https://app.example.com';

/** Hono's `cors()` defaults, spelled our way: '*', its methods, any header (it reflects them). */
const HONO_DEFAULTS = {
  origins: '*',
  methods: ['GET', 'HEAD', 'PUT', 'POST', 'DELETE', 'PATCH', 'QUERY'],
  allowHeaders: ['*'],
};
/** expressjs/cors's `cors()` defaults, spelled our way: '*', any header (it reflects them). */
const EXPRESS_DEFAULTS = { origins: '*', allowHeaders: ['*'] };

/** expressjs/cors's FakeRequest: Origin http://example.com, to an API on another origin. */
const fakeRequest = (method = 'GET', headers = {}) => ({
  url: 'http://api.example.net/',
  method,
  headers: { origin: EXAMPLE, ...headers },
});
/** Its OPTIONS, completed into what a browser sends: the method asked for, the two headers it lists. */
const fakePreflight = (
  method = 'PUT',
  headers = { 'access-control-request-headers': 'x-header-1,x-header-2' },
) => fakeRequest('OPTIONS', { 'access-control-request-method': method, ...headers });

const WILDCARD_WITH_CREDENTIALS_WHY =
  'the Fetch spec\'s CORS check never lets "*" match a request with credentials, so every browser ' +
  'refuses the answer; the policy refuses the configuration when it is made';

export const hono = {
  peer: "Hono's cors middleware",
  source: 'honojs/hono, src/middleware/cors/index.test.ts, commit 28a9c128912de19f3fb28b00ae289c9b93f6f392',
  cases: [
    {
      title: 'cors() without options: origin defaults to "*"',
      options: {},
      request: { url: 'http://localhost/api/abc' },
      theirs: { 'access-control-allow-origin': '*' },
      ours: 'NO_ORIGINS',
      verdict: 'stricter',
      why: 'API.md: origins is required; a policy states which pages may call, "*" included',
    },
    {
      title: 'GET default',
      options: HONO_DEFAULTS,
      request: { url: 'http://localhost/api/abc' },
      theirs: { status: 200, 'access-control-allow-origin': '*', vary: null },
      ours: { status: 200, 'access-control-allow-origin': '*', vary: null },
      verdict: 'same',
    },
    {
      title: 'Preflight default',
      options: HONO_DEFAULTS,
      completed: 'Origin',
      request: {
        url: 'https://localhost/api/abc',
        method: 'OPTIONS',
        headers: {
          origin: EXAMPLE,
          'access-control-request-method': 'QUERY',
          'access-control-request-headers': 'X-PINGOTHER, Content-Type',
        },
      },
      theirs: {
        status: 204,
        'access-control-allow-methods': 'GET,HEAD,PUT,POST,DELETE,PATCH,QUERY',
        'access-control-allow-headers': 'X-PINGOTHER,Content-Type',
      },
      ours: {
        status: 204,
        'access-control-allow-methods': 'GET,HEAD,PUT,POST,DELETE,PATCH,QUERY',
        'access-control-allow-headers': 'authorization,*',
      },
      verdict: 'different',
      why:
        '"*" allows any header name without credentials and Authorization is listed because the Fetch spec ' +
        'says "*" does not cover it; the browser decides the same as with the reflected list',
    },
    {
      title: 'Preflight handles a large Access-Control-Request-Headers value',
      options: HONO_DEFAULTS,
      completed: 'Origin, Access-Control-Request-Method',
      request: {
        url: 'https://localhost/api/abc',
        method: 'OPTIONS',
        headers: {
          origin: EXAMPLE,
          'access-control-request-method': 'PUT',
          'access-control-request-headers': `x${' '.repeat(200_000)}x`,
        },
      },
      theirs: { status: 204 },
      ours: { status: 204 },
      verdict: 'same',
    },
    {
      title: 'Preflight with options',
      options: {
        origins: EXAMPLE,
        allowHeaders: ['X-Custom-Header', 'Upgrade-Insecure-Requests'],
        methods: ['POST', 'GET', 'OPTIONS'],
        exposeHeaders: ['Content-Length', 'X-Kuma-Revision'],
        maxAge: 600,
        credentials: true,
      },
      completed: 'Access-Control-Request-Method, Access-Control-Request-Headers',
      request: fakeRequest('OPTIONS', {
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'x-custom-header',
      }),
      theirs: {
        'access-control-allow-origin': EXAMPLE,
        vary: 'Origin, Access-Control-Request-Headers',
        'access-control-allow-headers': 'X-Custom-Header,Upgrade-Insecure-Requests',
        'access-control-allow-methods': 'POST,GET,OPTIONS',
        'access-control-expose-headers': 'Content-Length,X-Kuma-Revision',
        'access-control-max-age': '600',
        'access-control-allow-credentials': 'true',
      },
      ours: {
        'access-control-allow-origin': EXAMPLE,
        vary: 'Origin',
        'access-control-allow-headers': 'authorization,x-custom-header,upgrade-insecure-requests',
        'access-control-allow-methods': 'POST,GET,OPTIONS',
        'access-control-expose-headers': null,
        'access-control-max-age': '600',
        'access-control-allow-credentials': 'true',
      },
      verdict: 'different',
      why:
        'header names lower-cased, authorization first (the Fetch spec: "*" never covers it); ' +
        'Access-Control-Expose-Headers only on actual responses, where the spec reads it; no Vary on ' +
        'Access-Control-Request-Headers, which the policy never reflects',
    },
    {
      title: 'Disallow an unmatched origin',
      options: { origins: EXAMPLE, credentials: true },
      completed: 'Access-Control-Request-Method',
      request: {
        method: 'OPTIONS',
        headers: { origin: 'http://example.net', 'access-control-request-method': 'POST' },
      },
      theirs: null,
      ours: 'ORIGIN_NOT_ALLOWED',
      verdict: 'same',
    },
    ...[
      ['Allow multiple origins: a listed origin', { origin: 'http://example.org' }, 'http://example.org'],
      ['Allow multiple origins: no Origin', {}, null],
      ['Allow multiple origins: a Referer, no Origin', { referer: 'http://example.net/' }, null],
    ].map(([title, headers, granted]) => ({
      title,
      options: { origins: [EXAMPLE, 'http://example.org', 'http://example.dev'] },
      request: { url: 'http://localhost/api3/abc', headers },
      theirs: { 'access-control-allow-origin': granted },
      ours: { 'access-control-allow-origin': granted },
      verdict: 'same',
    })),
    {
      title: 'Set "Origin" to Vary header',
      options: { origins: [EXAMPLE, 'http://example.org', 'http://example.dev'] },
      request: fakeRequest(),
      theirs: { status: 200, 'access-control-allow-origin': EXAMPLE, vary: 'Origin' },
      ours: { status: 200, 'access-control-allow-origin': EXAMPLE, vary: 'Origin' },
      verdict: 'same',
    },
    {
      title: 'Keep original Vary header',
      options: HONO_DEFAULTS,
      request: fakeRequest(),
      next: { headers: { vary: 'X-Custom-Vary-Value' } },
      theirs: { status: 200, 'access-control-allow-origin': '*', vary: 'X-Custom-Vary-Value' },
      ours: { status: 200, 'access-control-allow-origin': '*', vary: 'X-Custom-Vary-Value' },
      verdict: 'same',
    },
    {
      title: 'Append "Origin" to Vary header, if response has some Vary header',
      options: { origins: [EXAMPLE, 'http://example.org', 'http://example.dev'] },
      request: fakeRequest(),
      next: { headers: { vary: 'X-Custom-Vary-Value' } },
      theirs: { 'access-control-allow-origin': EXAMPLE, vary: 'X-Custom-Vary-Value, Origin' },
      ours: { 'access-control-allow-origin': EXAMPLE, vary: 'X-Custom-Vary-Value, Origin' },
      verdict: 'same',
    },
    {
      title: 'Append "Origin" to Vary header on OPTIONS preflight, if response has some Vary header',
      options: { origins: EXAMPLE, allowHeaders: ['X-Custom-Header'] },
      completed: 'Access-Control-Request-Method',
      request: fakeRequest('OPTIONS', {
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'X-Custom-Header',
      }),
      theirs: {
        status: 204,
        'access-control-allow-origin': EXAMPLE,
        vary: 'Accept-Encoding, Origin, Access-Control-Request-Headers',
      },
      ours: { status: 204, 'access-control-allow-origin': EXAMPLE, vary: 'Origin' },
      verdict: 'different',
      why:
        'the policy answers a preflight with its own Response (middleware around it adds its own Vary) and ' +
        'varies on Origin only (RFC 9110 12.5.5): it never reflects Access-Control-Request-Headers',
    },
    {
      title: 'Allow origins by function: a matching origin',
      options: { origins: (origin) => origin.endsWith('.example.com') },
      request: { headers: { origin: 'http://subdomain.example.com' } },
      theirs: { 'access-control-allow-origin': 'http://subdomain.example.com' },
      ours: { 'access-control-allow-origin': 'http://subdomain.example.com' },
      verdict: 'same',
    },
    ...[
      ['no Origin', {}],
      ['a Referer, no Origin', { referer: 'http://evil-example.com/' }],
    ].map(([what, headers]) => ({
      title: `Allow origins by function: ${what}, the fallback origin`,
      options: { origins: (origin) => origin.endsWith('.example.com') },
      request: { headers },
      theirs: { 'access-control-allow-origin': EXAMPLE },
      ours: { 'access-control-allow-origin': null },
      verdict: 'different',
      why:
        'API.md: a predicate answers true or false, so there is no fallback origin; a grant to a request ' +
        'without Origin serves no browser (the Fetch spec compares it with the request origin)',
    })),
    {
      title: 'Allow origins by promise returning function',
      options: { origins: async (origin) => origin.endsWith('.example.com') },
      request: { headers: { origin: 'http://subdomain.example.com' } },
      theirs: { 'access-control-allow-origin': 'http://subdomain.example.com' },
      ours: 'INVALID_OPTION',
      verdict: 'stricter',
      why:
        'API.md, issue 17.2: an async predicate is refused when the policy is made, so that evaluate() can ' +
        'give the decision as a value; load the allowed origins first, then test them synchronously',
    },
    {
      title: 'With raw Response object',
      options: HONO_DEFAULTS,
      request: { url: 'http://localhost/api5/abc' },
      theirs: { 'access-control-allow-origin': '*', vary: null },
      ours: { 'access-control-allow-origin': '*', vary: null },
      verdict: 'same',
    },
    {
      title: 'Should not return duplicate header values',
      options: { origins: EXAMPLE },
      nested: true,
      request: fakeRequest(),
      theirs: { 'access-control-allow-origin': EXAMPLE },
      ours: { 'access-control-allow-origin': EXAMPLE },
      verdict: 'same',
    },
    ...['Allow methods by function', 'Allow methods by promise returning function'].flatMap((title) => [
      {
        title: `${title}: http://example.com`,
        options: { origins: EXAMPLE, methods: ['GET', 'HEAD', 'POST', 'PATCH', 'DELETE'] },
        completed: 'Access-Control-Request-Method',
        request: fakeRequest('OPTIONS', { 'access-control-request-method': 'PATCH' }),
        theirs: {
          'access-control-allow-origin': EXAMPLE,
          'access-control-allow-methods': 'GET,HEAD,POST,PATCH,DELETE',
        },
        ours: {
          'access-control-allow-origin': EXAMPLE,
          'access-control-allow-methods': 'GET,HEAD,POST,PATCH,DELETE',
        },
        verdict: 'same',
      },
      {
        title: `${title}: another origin gets "*" and GET, HEAD`,
        options: { origins: EXAMPLE, methods: ['GET', 'HEAD', 'POST', 'PATCH', 'DELETE'] },
        completed: 'Access-Control-Request-Method',
        request: fakeRequest('OPTIONS', {
          origin: 'http://example.org',
          'access-control-request-method': 'GET',
        }),
        theirs: { 'access-control-allow-origin': '*', 'access-control-allow-methods': 'GET,HEAD' },
        ours: 'ORIGIN_NOT_ALLOWED',
        verdict: 'stricter',
        why: 'API.md: one list of methods per policy, no function of the origin; for methods per origin, pick a policy per origin',
      },
    ]),
    {
      title: 'Does not set allow methods when function returns an empty array',
      options: { origins: '*', methods: [] },
      completed: 'Origin, Access-Control-Request-Method',
      request: {
        url: 'http://localhost/',
        method: 'OPTIONS',
        headers: { origin: EXAMPLE, 'access-control-request-method': 'GET' },
      },
      theirs: { 'access-control-allow-methods': null },
      ours: { 'access-control-allow-methods': null },
      verdict: 'same',
    },
    ...[
      [
        'Emits the wildcard, not the reflected origin, when credentials is true with wildcard origin',
        'GET',
        EXAMPLE,
      ],
      [
        'Preflight emits the wildcard, not the reflected origin, when credentials is true with wildcard origin',
        'OPTIONS',
        EXAMPLE,
      ],
      [
        'Emits the wildcard with no Origin header when credentials is true with wildcard origin',
        'GET',
        undefined,
      ],
      [
        'Emits the wildcard for every origin (never reflects) when credentials is true with wildcard origin',
        'GET',
        'http://other.com',
      ],
      ['Origin: null gets the wildcard, not a reflected null origin, with credentials', 'GET', 'null'],
      [
        'Should not reflect an arbitrary Origin when credentials is true with default origin',
        'GET',
        'https://attacker.example',
      ],
      [
        'Preflight should not approve an arbitrary Origin when credentials is true with default origin',
        'OPTIONS',
        'https://attacker.example',
      ],
    ].map(([title, method, origin]) => ({
      title,
      options: { origins: '*', credentials: true },
      request: { method, headers: origin ? { origin } : {} },
      theirs: { 'access-control-allow-origin': '*', 'access-control-allow-credentials': 'true' },
      ours: 'WILDCARD_WITH_CREDENTIALS',
      verdict: 'stricter',
      why: WILDCARD_WITH_CREDENTIALS_WHY,
    })),
    {
      title: 'Options without origin fall back to wildcard default: GET',
      options: { origins: '*', methods: ['GET', 'POST'] },
      request: { url: 'http://localhost/api/abc' },
      theirs: { status: 200, 'access-control-allow-origin': '*' },
      ours: { status: 200, 'access-control-allow-origin': '*' },
      verdict: 'same',
    },
    {
      title: 'Options without origin fall back to wildcard default: preflight',
      options: { origins: '*', methods: ['GET', 'POST'] },
      completed: 'Origin, Access-Control-Request-Method',
      request: {
        url: 'http://localhost/api/abc',
        method: 'OPTIONS',
        headers: { origin: EXAMPLE, 'access-control-request-method': 'POST' },
      },
      theirs: { 'access-control-allow-methods': 'GET,POST' },
      ours: { 'access-control-allow-methods': 'GET,POST' },
      verdict: 'same',
    },
  ],
};

export const express = {
  peer: 'expressjs/cors',
  source:
    'expressjs/cors, test/test.js test/error-response.js test/example-app.js test/issue-2.js, commit 5317ebe670db2aaebc1d496eb5d33493deefb3ed',
  cases: [
    {
      title: 'cors() without options: origin defaults to "*"',
      options: {},
      request: fakeRequest(),
      theirs: { 'access-control-allow-origin': '*' },
      ours: 'NO_ORIGINS',
      verdict: 'stricter',
      why: 'API.md: origins is required, "*" included',
    },
    {
      title: 'does not alter `options` configuration object',
      options: Object.freeze({ origins: Object.freeze([EXAMPLE]) }),
      request: fakeRequest(),
      theirs: { status: 200 },
      ours: { status: 200 },
      verdict: 'same',
    },
    {
      title: 'passes control to next middleware',
      options: EXPRESS_DEFAULTS,
      request: fakeRequest(),
      theirs: { nextCalls: 1 },
      ours: { nextCalls: 1 },
      verdict: 'same',
    },
    ...[
      ['shortcircuits preflight requests', fakePreflight()],
      ['normalizes method names', fakeRequest('options', { 'access-control-request-method': 'PUT' })],
    ].map(([title, request]) => ({
      title,
      options: EXPRESS_DEFAULTS,
      completed: 'Access-Control-Request-Method',
      request,
      theirs: { status: 204, nextCalls: 0 },
      ours: { status: 204, nextCalls: 0 },
      verdict: 'same',
    })),
    {
      title: 'can configure preflight success response status code',
      options: EXPRESS_DEFAULTS,
      completed: 'Access-Control-Request-Method',
      request: fakePreflight(),
      theirs: { status: 200 },
      ours: { status: 204 },
      verdict: 'different',
      why: 'no optionsSuccessStatus: a preflight is answered 204, an ok status to every browser (the Fetch spec: 200 to 299)',
    },
    {
      title: "doesn't shortcircuit preflight requests with preflightContinue option",
      options: EXPRESS_DEFAULTS,
      completed: 'Access-Control-Request-Method',
      request: fakePreflight(),
      theirs: { nextCalls: 1 },
      ours: { nextCalls: 0 },
      verdict: 'different',
      why: 'API.md: handle answers preflights itself, so no handler can grant one by mistake; there is no preflightContinue',
    },
    {
      title: 'includes Content-Length response header',
      options: EXPRESS_DEFAULTS,
      completed: 'Access-Control-Request-Method',
      request: fakePreflight(),
      theirs: { 'content-length': '0' },
      ours: { 'content-length': null },
      verdict: 'different',
      why: 'a Web-standard Response without body; the server runtime frames it, and RFC 9110 8.6 gives a 204 no body to count',
    },
    {
      title: 'no options enables default CORS to all origins',
      options: EXPRESS_DEFAULTS,
      request: fakeRequest(),
      theirs: { 'access-control-allow-origin': '*', 'access-control-allow-methods': null },
      ours: { 'access-control-allow-origin': '*', 'access-control-allow-methods': null },
      verdict: 'same',
    },
    {
      title: 'OPTION call with no options enables default CORS to all origins and methods',
      options: EXPRESS_DEFAULTS,
      completed: 'Access-Control-Request-Method',
      request: fakePreflight(),
      theirs: {
        status: 204,
        'access-control-allow-origin': '*',
        'access-control-allow-methods': 'GET,HEAD,PUT,PATCH,POST,DELETE',
      },
      ours: {
        status: 204,
        'access-control-allow-origin': '*',
        'access-control-allow-methods': 'GET,HEAD,PUT,PATCH,POST,DELETE',
      },
      verdict: 'same',
    },
    {
      title: 'passing static options: overrides defaults',
      options: {
        origins: EXAMPLE,
        methods: ['FOO', 'bar'],
        allowHeaders: ['FIZZ', 'buzz'],
        credentials: true,
        maxAge: 123,
      },
      completed: 'Access-Control-Request-Method, Access-Control-Request-Headers',
      request: fakePreflight('FOO', { 'access-control-request-headers': 'buzz,fizz' }),
      theirs: {
        status: 204,
        'access-control-allow-origin': EXAMPLE,
        'access-control-allow-methods': 'FOO,bar',
        'access-control-allow-headers': 'FIZZ,buzz',
        'access-control-allow-credentials': 'true',
        'access-control-max-age': '123',
      },
      ours: {
        status: 204,
        'access-control-allow-origin': EXAMPLE,
        'access-control-allow-methods': 'FOO,bar',
        'access-control-allow-headers': 'authorization,fizz,buzz',
        'access-control-allow-credentials': 'true',
        'access-control-max-age': '123',
      },
      verdict: 'different',
      why: 'header names lower-cased, authorization listed first: the Fetch spec says "*" never covers it',
    },
    {
      title: 'matches request origin against regexp',
      options: { origins: /:\/\/(.+\.)?example.com$/ },
      request: fakeRequest(),
      theirs: { 'access-control-allow-origin': EXAMPLE, vary: 'Origin' },
      ours: { 'access-control-allow-origin': EXAMPLE, vary: 'Origin' },
      verdict: 'same',
    },
    {
      title: 'matches request origin against array of origin checks',
      options: { origins: [/foo\.com$/, EXAMPLE] },
      request: fakeRequest(),
      theirs: { 'access-control-allow-origin': EXAMPLE, vary: 'Origin' },
      ours: 'INVALID_ORIGIN',
      verdict: 'stricter',
      why: 'API.md: a list holds origins only; the message gives the fix, one RegExp or a predicate for both',
    },
    {
      title: "doesn't match request origin against array of invalid origin checks",
      options: { origins: [/foo\.com$/, 'bar.com'] },
      request: fakeRequest(),
      theirs: { 'access-control-allow-origin': null, vary: 'Origin' },
      ours: 'INVALID_ORIGIN',
      verdict: 'stricter',
      why: 'RFC 6454: "bar.com" is no origin (scheme://host[:port]), refused when the policy is made',
    },
    {
      title: 'origin of false disables cors',
      options: { origins: false },
      request: fakeRequest(),
      theirs: { 'access-control-allow-origin': null },
      ours: 'INVALID_OPTION',
      verdict: 'stricter',
      why: 'API.md: origins is a string, a list, a RegExp or a predicate; a handler without CORS is simply not wrapped',
    },
    ...[
      ['can override origin', { 'access-control-allow-origin': EXAMPLE }],
      ['includes Vary header for specific origins', { vary: 'Origin' }],
    ].map(([title, answer]) => ({
      title,
      options: { origins: EXAMPLE },
      request: fakeRequest(),
      theirs: answer,
      ours: answer,
      verdict: 'same',
    })),
    {
      title: 'appends to an existing Vary header',
      options: { origins: EXAMPLE },
      request: fakeRequest(),
      next: { headers: { vary: 'Foo' } },
      theirs: { vary: 'Foo, Origin' },
      ours: { vary: 'Foo, Origin' },
      verdict: 'same',
    },
    {
      title: 'origin defaults to *',
      options: EXPRESS_DEFAULTS,
      request: fakeRequest(),
      theirs: { 'access-control-allow-origin': '*' },
      ours: { 'access-control-allow-origin': '*' },
      verdict: 'same',
    },
    ...[
      [
        'specifying true for origin reflects requesting origin',
        () => true,
        EXAMPLE,
        { 'access-control-allow-origin': EXAMPLE },
      ],
      [
        'should allow origin when callback returns true',
        () => true,
        EXAMPLE,
        { 'access-control-allow-origin': EXAMPLE },
      ],
      ['should not allow origin when callback returns false', () => false, EXAMPLE, null],
      [
        'should not override options.origin callback: allowed',
        (origin) => origin === EXAMPLE,
        EXAMPLE,
        { 'access-control-allow-origin': EXAMPLE },
      ],
      [
        'should not override options.origin callback: refused',
        (origin) => origin === EXAMPLE,
        'http://localhost',
        null,
      ],
    ].map(([title, origins, origin, answer]) => ({
      title,
      options: { origins },
      request: fakeRequest('GET', { origin }),
      theirs: answer,
      ours: answer ?? 'ORIGIN_NOT_ALLOWED',
      verdict: 'same',
    })),
    {
      title: 'can override methods',
      options: { ...EXPRESS_DEFAULTS, methods: ['method1', 'method2'] },
      completed: 'Access-Control-Request-Method',
      request: fakePreflight('method1'),
      theirs: { status: 204, 'access-control-allow-methods': 'method1,method2' },
      ours: { status: 204, 'access-control-allow-methods': 'method1,method2' },
      verdict: 'same',
    },
    {
      title: 'methods defaults to GET, HEAD, PUT, PATCH, POST, DELETE',
      options: EXPRESS_DEFAULTS,
      completed: 'Access-Control-Request-Method',
      request: fakePreflight(),
      theirs: { status: 204, 'access-control-allow-methods': 'GET,HEAD,PUT,PATCH,POST,DELETE' },
      ours: { status: 204, 'access-control-allow-methods': 'GET,HEAD,PUT,PATCH,POST,DELETE' },
      verdict: 'same',
    },
    {
      title: 'can specify allowed headers as array',
      options: { origins: '*', allowHeaders: ['header1', 'header2'] },
      completed: 'Access-Control-Request-Method',
      request: fakePreflight('PUT', { 'access-control-request-headers': 'header1,header2' }),
      theirs: { 'access-control-allow-headers': 'header1,header2', vary: null },
      ours: { 'access-control-allow-headers': 'authorization,header1,header2', vary: null },
      verdict: 'different',
      why: 'authorization is always listed first: the Fetch spec says "*" never covers it',
    },
    ...[
      ['can specify allowed headers as string', { allowHeaders: 'header1,header2' }],
      ['can specify exposed headers as string', { exposeHeaders: 'custom-header1,custom-header2' }],
    ].map(([title, given]) => ({
      title,
      options: { origins: '*', ...given },
      request: fakeRequest(),
      theirs: { status: 200 },
      ours: 'INVALID_OPTION',
      verdict: 'stricter',
      why: 'API.md: list options are arrays; the message gives the array that works, ["header1","header2"]',
    })),
    {
      title:
        'specifying an empty list or string of allowed headers will result in no response header for allowed headers',
      options: { origins: '*', allowHeaders: [] },
      request: fakeRequest(),
      theirs: { 'access-control-allow-headers': null, vary: null },
      ours: { 'access-control-allow-headers': null, vary: null },
      verdict: 'same',
    },
    {
      title: 'if no allowed headers are specified, defaults to requested allowed headers',
      options: { origins: '*' },
      completed: 'Access-Control-Request-Method',
      request: fakePreflight(),
      theirs: {
        'access-control-allow-headers': 'x-header-1,x-header-2',
        vary: 'Access-Control-Request-Headers',
      },
      ours: 'HEADERS_NOT_ALLOWED',
      verdict: 'stricter',
      why:
        'API.md: the default allowHeaders is ["content-type"] (and authorization), never a reflection of what ' +
        'a preflight asks; allowHeaders: ["*"] allows any name without credentials',
    },
    {
      title: 'can specify exposed headers as array',
      options: { origins: '*', exposeHeaders: ['custom-header1', 'custom-header2'] },
      request: fakeRequest(),
      theirs: { 'access-control-expose-headers': 'custom-header1,custom-header2' },
      ours: { 'access-control-expose-headers': 'custom-header1,custom-header2' },
      verdict: 'same',
    },
    {
      title:
        'specifying an empty list or string of exposed headers will result in no response header for exposed headers',
      options: { origins: '*', exposeHeaders: [] },
      request: fakeRequest(),
      theirs: { 'access-control-expose-headers': null },
      ours: { 'access-control-expose-headers': null },
      verdict: 'same',
    },
    {
      title: 'includes credentials if explicitly enabled',
      options: { origins: '*', credentials: true },
      completed: 'Access-Control-Request-Method',
      request: fakePreflight(),
      theirs: { 'access-control-allow-credentials': 'true' },
      ours: 'WILDCARD_WITH_CREDENTIALS',
      verdict: 'stricter',
      why: WILDCARD_WITH_CREDENTIALS_WHY,
    },
    {
      title: 'does not includes credentials unless explicitly enabled',
      options: EXPRESS_DEFAULTS,
      request: fakeRequest(),
      theirs: { 'access-control-allow-credentials': null },
      ours: { 'access-control-allow-credentials': null },
      verdict: 'same',
    },
    ...[
      ['includes maxAge when specified', 456, '456'],
      ['includes maxAge when specified and equals to zero', 0, '0'],
    ].map(([title, maxAge, sent]) => ({
      title,
      options: { ...EXPRESS_DEFAULTS, maxAge },
      completed: 'Access-Control-Request-Method',
      request: fakePreflight(),
      theirs: { 'access-control-max-age': sent },
      ours: { 'access-control-max-age': sent },
      verdict: 'same',
    })),
    {
      title: 'does not includes maxAge unless specified',
      options: EXPRESS_DEFAULTS,
      request: fakeRequest(),
      theirs: { 'access-control-max-age': null },
      ours: { 'access-control-max-age': null },
      verdict: 'same',
    },
    ...[
      ['handles options specified via callback', { 'access-control-allow-origin': 'delegate.com' }],
      [
        'handles options specified via callback for preflight',
        { 'access-control-allow-origin': 'delegate.com' },
      ],
      ['handles error specified via callback', null],
    ].map(([title, answer]) => ({
      title,
      options: (_request, callback) => callback(null, { origin: 'delegate.com' }),
      request: fakeRequest(),
      theirs: answer,
      ours: 'NO_ORIGINS',
      verdict: answer ? 'stricter' : 'same',
      ...(answer
        ? {
            why: 'API.md: options are one object, checked once; for options per request, make a policy per case and choose',
          }
        : {}),
    })),
    // test/error-response.js: the app's errors keep the grant (with onError, issue 17.5).
    {
      title: 'error response: 500',
      options: { ...EXPRESS_DEFAULTS, onError: () => new Response('Error: nope', { status: 500 }) },
      request: { url: 'http://localhost/five-hundred', method: 'POST', headers: {} },
      next: { throws: 'nope' },
      theirs: { status: 500, 'access-control-allow-origin': '*' },
      ours: { status: 500, 'access-control-allow-origin': '*' },
      verdict: 'same',
    },
    ...[
      ['error response: 401', 401],
      ['error response: 404', 404],
    ].map(([title, status]) => ({
      title,
      options: EXPRESS_DEFAULTS,
      request: { url: 'http://localhost/', method: 'POST', headers: {} },
      next: { status },
      theirs: { status, 'access-control-allow-origin': '*' },
      ours: { status, 'access-control-allow-origin': '*' },
      verdict: 'same',
    })),
    // test/example-app.js: supertest sends no Origin.
    ...['GET', 'HEAD', 'POST', 'DELETE'].map((method) => ({
      title: `example app(s): ${method} works`,
      options: EXPRESS_DEFAULTS,
      request: { url: 'http://localhost/', method, headers: {} },
      theirs: { status: 200, 'access-control-allow-origin': '*' },
      ours: { status: 200, 'access-control-allow-origin': '*' },
      verdict: 'same',
    })),
    {
      title: 'example app(s): OPTIONS works',
      options: EXPRESS_DEFAULTS,
      completed: 'Origin, Access-Control-Request-Method',
      request: fakeRequest('OPTIONS', { 'access-control-request-method': 'DELETE' }),
      theirs: { status: 204, 'access-control-allow-origin': '*' },
      ours: { status: 204, 'access-control-allow-origin': '*' },
      verdict: 'same',
    },
    // test/issue-2.js
    ...[
      ['issue #2: OPTIONS works', fakeRequest('OPTIONS', { 'access-control-request-method': 'POST' }), 204],
      ['issue #2: POST works', fakeRequest('POST'), 200],
    ].map(([title, request, status]) => ({
      title,
      // `origin: true` reflects any origin; with credentials, every site reads what the cookies unlock.
      options: { origins: () => true, methods: ['POST'], credentials: true, maxAge: 3600 },
      request,
      theirs: { status, 'access-control-allow-origin': EXAMPLE },
      ours: 'WILDCARD_WITH_CREDENTIALS',
      verdict: 'stricter',
      why:
        'the Fetch spec refuses "*" with credentials; a predicate that allows every origin (asked of ' +
        'https://any-site.invalid) is the same hole, refused when the policy is made',
    })),
  ],
};

// web-platform-tests: the server of these cases is fetch/api/resources/preflight.py (commit
// f55e51f67ea8ff206db48ad4d96d02da608b70dd), which answers what its query asks (allow_methods,
// allow_headers, origin and credentials); `options` is that configuration as our policy. The
// page is on APP; `request` is the preflight a browser sends for `fetch`; `theirs` is what the
// WPT case expects the browser to do, `ours` what our policy makes it do.

/** The preflight a browser sends for `fetch`: its method, and the names of its unsafe headers. */
const preflightFor = ({ method = 'GET', headers = [] }, unsafe = headers) => ({
  method: 'OPTIONS',
  headers: {
    origin: APP,
    'access-control-request-method': method,
    ...(unsafe.length
      ? {
          'access-control-request-headers': unsafe
            .map(([name]) => name.toLowerCase())
            .sort()
            .join(','),
        }
      : {}),
  },
});
const SUCCEEDS = { succeeds: true };
/** A WPT case: `succeeds`, the WPT expectation; `refusal`, the code ours gives where it refuses. */
const wptCase = ({ title, options, fetch, unsafe, succeeds, refusal, why }) => ({
  title,
  options,
  fetch,
  request: preflightFor(fetch, unsafe),
  theirs: succeeds ? SUCCEEDS : null,
  ours: refusal ?? SUCCEEDS,
  verdict: refusal && succeeds ? 'stricter' : !refusal && !succeeds ? 'looser' : 'same',
  ...(why ? { why } : {}),
});

const SEVERAL = [
  ['x-test-header1', 'allowedOrRefused'],
  ['x-test-header2', 'allowedOrRefused'],
  ['X-test-header3', 'allowedOrRefused'],
  ['x-test-header-b', 'allowedOrRefused'],
  ['x-test-header-D', 'allowedOrRefused'],
  ['x-test-header-C', 'allowedOrRefused'],
  ['x-test-header-a', 'allowedOrRefused'],
  ['Content-Type', 'allowedOrRefused'],
];
const SAFE = [
  ['Accept', '*'],
  ['Accept-Language', 'bzh'],
  ['Content-Language', 'eu'],
];
const lower = (headers) => headers.map(([name]) => name.toLowerCase());

export const wptPreflight = {
  peer: 'WPT fetch/api/cors: cors-preflight',
  source:
    'web-platform-tests/wpt, fetch/api/cors/cors-preflight.any.js (resources/corspreflight.js at 487fe8cf26ad3b556695994148ac9aee4a51f34c), commit 8cc44e820e0458d34a5090dd1c8ce37358183279',
  cases: [
    ...[
      ['DELETE', ''],
      ['PUT', ''],
      ['PUT', ', check preflight has user agent'],
      ['PATCH', ''],
      ['NEW', ''],
    ].flatMap(([method, more]) =>
      [true, false]
        .filter((allows) => allows || !more)
        .map((allows) =>
          wptCase({
            title: `CORS [${method}], server ${allows ? 'allows' : 'refuses'}${more}`,
            // "refuses": preflight.py sends no allow_methods.
            options: { origins: '*', methods: allows ? [method] : [] },
            fetch: { method, headers: [] },
            succeeds: allows,
            refusal: allows ? undefined : 'METHOD_NOT_ALLOWED',
          }),
        ),
    ),
    ...[
      [
        'CORS [GET] [x-test-header: allowed], server allows',
        'GET',
        [['x-test-header1', 'allowed']],
        [],
        true,
      ],
      [
        'CORS [GET] [x-test-header: refused], server refuses',
        'GET',
        [['x-test-header1', 'refused']],
        [],
        false,
      ],
      ['CORS [GET] [several headers], server allows', 'GET', SEVERAL, SAFE, true],
      ['CORS [GET] [several headers], server refuses', 'GET', SEVERAL, SAFE, false],
      ['CORS [PUT] [several headers], server allows', 'PUT', SEVERAL, SAFE, true],
      ['CORS [PUT] [several headers], server refuses', 'PUT', SEVERAL, SAFE, false],
      ['CORS [PUT] [only safe headers], server allows', 'PUT', [], SAFE, true],
    ].map(([title, method, headers, safe, allows]) =>
      wptCase({
        title,
        // "refuses": preflight.py sends neither allow_methods nor allow_headers.
        options: {
          origins: '*',
          methods: allows ? [method] : [],
          allowHeaders: allows ? lower(headers) : [],
        },
        fetch: { method, headers: [...headers, ...safe] },
        unsafe: headers,
        succeeds: allows,
        refusal: allows ? undefined : method === 'GET' ? 'HEADERS_NOT_ALLOWED' : 'METHOD_NOT_ALLOWED',
      }),
    ),
  ],
};

export const wptStar = {
  peer: 'WPT fetch/api/cors: cors-preflight-star',
  source:
    'web-platform-tests/wpt, fetch/api/cors/cors-preflight-star.any.js, commit 8cc44e820e0458d34a5090dd1c8ce37358183279',
  cases: [
    // [succeeds, credentials, allow_methods, allow_headers, method, header]
    [true, false, 'get', 'x-test', 'GET', ['X-Test', '1']],
    [true, false, '*', 'x-test', 'SUPER', ['X-Test', '1']],
    [true, false, '*', '*', 'OK', ['X-Test', '1']],
    [false, true, '*', '*', 'OK', ['X-Test', '1']],
    [false, true, '*', '', 'PUT', []],
    [true, true, 'PUT', '*', 'PUT', []],
    [false, true, 'get', '*', 'GET', ['X-Test', '1']],
    [false, true, '*', '*', 'GET', ['X-Test', '1']],
    [true, true, '*', '*', '*', ['*', '1']],
    [false, true, 'put', '*', 'PUT', []],
  ].map(([succeeds, credentials, allowMethod, allowHeader, method, header]) => {
    const wildcard = credentials && (allowMethod === '*' || allowHeader === '*');
    return wptCase({
      title: `CORS that ${succeeds ? 'succeeds' : 'fails'} with credentials: ${credentials}; method: ${method} (allowed: ${allowMethod}); header: ${header} (allowed: ${allowHeader})`,
      options: {
        origins: credentials ? [APP] : '*',
        credentials,
        methods: [allowMethod],
        allowHeaders: allowHeader ? [allowHeader] : [],
      },
      fetch: {
        method,
        headers: header.length ? [header] : [],
        credentials: credentials ? 'include' : 'same-origin',
      },
      succeeds,
      refusal: wildcard ? 'WILDCARD_WITH_CREDENTIALS' : succeeds ? undefined : 'METHOD_NOT_ALLOWED',
      why: wildcard && succeeds ? WILDCARD_WITH_CREDENTIALS_WHY : undefined,
    });
  }),
};

/** fetch/api/cors/resources/not-cors-safelisted.json: header values that force a preflight. */
const NOT_SAFELISTED = [
  ['accept', '"'],
  [
    'accept',
    '012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678',
  ],
  ['accept-language', '\u0001'],
  ['accept-language', '@'],
  ['authorization', 'basics'],
  ['content-language', '\u0001'],
  ['content-language', '@'],
  ['content-type', 'text/html'],
  [
    'content-type',
    'text/plain; long=0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901',
  ],
  ['last-event-id', '"'],
  [
    'last-event-id',
    '012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678',
  ],
  ['range', 'bytes 0-'],
  ['test', 'hi'],
];
export const wptNotSafelisted = {
  peer: 'WPT fetch/api/cors: cors-preflight-not-cors-safelisted',
  source:
    'web-platform-tests/wpt, fetch/api/cors/cors-preflight-not-cors-safelisted.any.js (resources/not-cors-safelisted.json at c7dd2a7df9d48602bd6780972511f02b14972ec7), commit 8cc44e820e0458d34a5090dd1c8ce37358183279',
  cases: NOT_SAFELISTED.map(([name, value]) =>
    wptCase({
      title: `Need CORS-preflight for ${name}/${value} header`,
      options: { origins: '*', methods: ['GET'], allowHeaders: [name] },
      fetch: { method: 'GET', headers: [[name, value]] },
      succeeds: true,
      // The preflight is granted; the request itself carries `Authorization: basics`, no Bearer.
      refusal: name === 'authorization' ? 'AUTH_NOT_ALLOWED' : undefined,
      why:
        name === 'authorization'
          ? 'API.md: only none and bearer cross origins by default (allowAuth, Zendesk\'s rule); "basics" is no ' +
            'OAuth access token, so the request gets 403 after a granted preflight'
          : undefined,
    }),
  ),
};

export const wptValidation = {
  peer: 'WPT fetch/api/cors: cors-preflight-response-validation',
  source:
    'web-platform-tests/wpt, fetch/api/cors/cors-preflight-response-validation.any.js, commit 27c3122cf9dd05d30142011ca390fd60b7dd47c5',
  cases: [
    [
      'Preflight response with bad Allow-Access-Control-Headers',
      { allowHeaders: ['x-force-preflight', 'header name with space'] },
      'INVALID_HEADER_NAME',
    ],
    [
      'Preflight response with bad Allow-Access-Control-Methods',
      { methods: ['Bad method name'] },
      'INVALID_METHOD',
    ],
  ].map(([title, options, refusal]) =>
    wptCase({
      title,
      options: { origins: '*', ...options },
      fetch: { method: 'GET', headers: [['x-force-preflight', '']] },
      succeeds: false,
      refusal,
    }),
  ),
};

export const wptStatusAndCache = {
  peer: 'WPT fetch/api/cors: cors-preflight-status, cors-preflight-cache',
  source:
    'web-platform-tests/wpt, fetch/api/cors/cors-preflight-status.any.js cors-preflight-cache.any.js, commit 7521c85d6471edb3d57ffcc375d5daee77f44bce',
  cases: [
    wptCase({
      title: 'Preflight answered with status 200 to 206 (ok statuses): ours answers 204',
      options: { origins: '*', allowHeaders: ['x-force-preflight'] },
      fetch: { method: 'GET', headers: [['x-force-preflight', '']] },
      succeeds: true,
    }),
    wptCase({
      title: 'preflight cache: max_age=12000, POST, x-test-header',
      options: { origins: '*', methods: ['POST'], allowHeaders: ['x-test-header'], maxAge: 12000 },
      fetch: { method: 'POST', headers: [['x-test-header', 'test1']] },
      succeeds: true,
    }),
  ],
};

/** The cases of these files left out, and why: they test what a browser does, not a server's answer. */
export const notPorted = [
  {
    file: 'fetch/api/cors/cors-preflight-redirect.any.js (10 cases)',
    why: 'a preflight never follows a redirect',
  },
  {
    file: 'fetch/api/cors/cors-preflight-referrer.any.js (10 cases)',
    why: 'the Referer of a preflight: referrer policy',
  },
  {
    file: 'fetch/api/cors/cors-preflight-status.any.js (the 20 non-ok statuses)',
    why: 'the policy answers every preflight 204; nothing makes it answer 3xx, 4xx or 5xx',
  },
];

/** Every group, and the peer suites the README tallies them by. */
export const corpus = [
  hono,
  express,
  wptPreflight,
  wptStar,
  wptNotSafelisted,
  wptValidation,
  wptStatusAndCache,
];
export const suiteOf = (group) =>
  group.peer.startsWith('WPT') ? 'WPT fetch/api/cors preflight' : group.peer;

/** The tally per peer suite: { suite: { cases, same, stricter, looser, different } }. */
export function tally() {
  const counts = {};
  for (const group of corpus) {
    const name = suiteOf(group);
    counts[name] ??= { cases: 0, same: 0, stricter: 0, looser: 0, different: 0 };
    const row = counts[name];
    for (const { verdict } of group.cases) {
      row.cases += 1;
      row[verdict] += 1;
    }
  }
  return counts;
}
