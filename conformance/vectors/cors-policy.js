// Spec vectors of @auth/cors-policy, as data: the Zendesk "Security and authentication" page
// (CORS with OAuth access tokens, never with API tokens), RFC 6750 2.1, RFC 7617 2, RFC 6454
// (origins and their serialization), the Fetch standard's CORS protocol (preflight, Vary,
// "*" never with credentials, Access-Control-Allow-Headers: "*" does not cover Authorization)
// and Private Network Access. The suite in ../suites/cors-policy.js runs them in every runtime.

/** The Zendesk example access token and API token, and the RFC examples. */
export const ZENDESK_ACCESS_TOKEN = 'gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo';
export const ZENDESK_API_TOKEN = '6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv';
const b64 = (text) => btoa(text);

/** `classifyAuthorization`: [what, value, kind]. */
export const classifications = [
  ['absent (null)', null, 'none'],
  ['absent (undefined)', undefined, 'none'],
  ['empty', '', 'none'],
  ['the Zendesk Bearer example', `Bearer ${ZENDESK_ACCESS_TOKEN}`, 'bearer'],
  ['the RFC 6750 2.1 example', 'Bearer mF_9.B5f-4.1JqM', 'bearer'],
  ['scheme in lower case (RFC 9110 11.1)', `bearer ${ZENDESK_ACCESS_TOKEN}`, 'bearer'],
  ['several spaces after the scheme', `Bearer    ${ZENDESK_ACCESS_TOKEN}`, 'bearer'],
  ['b64token padding', 'Bearer dGVzdA==', 'bearer'],
  [
    'the Zendesk API token example',
    `Basic ${b64(`jdoe@example.com/token:${ZENDESK_API_TOKEN}`)}`,
    'api-token',
  ],
  [
    'an API token, scheme in upper case',
    `BASIC ${b64(`jdoe@example.com/token:${ZENDESK_API_TOKEN}`)}`,
    'api-token',
  ],
  ['the RFC 7617 2 example (Aladdin:open sesame)', 'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==', 'password'],
  ['a Zendesk email and password', `Basic ${b64('jdoe@example.com:hunter2')}`, 'password'],
  ['Bearer without a token', 'Bearer', 'other'],
  ['Bearer and a space', 'Bearer ', 'other'],
  ['two tokens', 'Bearer abc def', 'other'],
  ['"=" inside the token', 'Bearer ab=c', 'other'],
  ['a comma in the token', 'Bearer abc,', 'other'],
  ['the scheme glued to the token', `Bearer${ZENDESK_ACCESS_TOKEN}`, 'other'],
  ['CRLF injection after the token', `Bearer ${ZENDESK_ACCESS_TOKEN}\r\nX-Injected: 1`, 'other'],
  ['Basic without credentials', 'Basic', 'other'],
  ['Basic with bad base64', 'Basic !!!', 'other'],
  ['Basic without a colon', `Basic ${b64('jdoe@example.com')}`, 'other'],
  ['Basic with invalid UTF-8', `Basic ${b64('jdoe\xff:x')}`, 'other'],
  ['an API token with an empty email', `Basic ${b64(`/token:${ZENDESK_API_TOKEN}`)}`, 'other'],
  ['Digest', 'Digest username="jdoe", realm="zendesk"', 'other'],
  ['a Token scheme', `Token token="${ZENDESK_API_TOKEN}"`, 'other'],
  ['no scheme at all', ZENDESK_ACCESS_TOKEN, 'other'],
  ['a tab after the scheme (RFC 6750: 1*SP)', `Bearer\t${ZENDESK_ACCESS_TOKEN}`, 'other'],
  ['OWS around the value (RFC 9110 5.6.3)', ` \tBearer ${ZENDESK_ACCESS_TOKEN}\t `, 'bearer'],
  // Hostile framing, read in linear time (a backtracking regex took seconds on these).
  ['16k spaces, then two tokens', `Bearer${' '.repeat(16_000)}x y`, 'other'],
  ['64k spaces, then two tokens', `Bearer${' '.repeat(64_000)}x y`, 'other'],
  ['50k spaces before the scheme, two tokens', `${' '.repeat(50_000)}bearer x y`, 'other'],
  ['50k spaces before a valid Bearer', `${' '.repeat(50_000)}Bearer ${ZENDESK_ACCESS_TOKEN}`, 'bearer'],
];

const APP = 'https://app.example.com';

/** `createCorsPolicy` options refused: [what, options, code]. */
export const invalidOptions = [
  [
    '"*" with credentials (Fetch: never combined)',
    { origins: '*', credentials: true },
    'WILDCARD_WITH_CREDENTIALS',
  ],
  [
    'methods "*" with credentials',
    { origins: APP, credentials: true, methods: ['*'] },
    'WILDCARD_WITH_CREDENTIALS',
  ],
  [
    'allowHeaders "*" with credentials',
    { origins: APP, credentials: true, allowHeaders: ['*'] },
    'WILDCARD_WITH_CREDENTIALS',
  ],
  [
    'exposeHeaders "*" with credentials',
    { origins: APP, credentials: true, exposeHeaders: ['*'] },
    'WILDCARD_WITH_CREDENTIALS',
  ],
  [
    '"*" alone in a list with credentials',
    { origins: ['*'], credentials: true },
    'WILDCARD_WITH_CREDENTIALS',
  ],
  ['no options at all', undefined, 'NO_ORIGINS'],
  ['no origins', {}, 'NO_ORIGINS'],
  ['an empty list', { origins: [] }, 'NO_ORIGINS'],
  ['an empty string', { origins: '' }, 'NO_ORIGINS'],
  ['a host without a scheme', { origins: 'app.example.com' }, 'INVALID_ORIGIN'],
  ['a trailing slash', { origins: [`${APP}/`] }, 'INVALID_ORIGIN'],
  ['a path', { origins: [`${APP}/api`] }, 'INVALID_ORIGIN'],
  ['userinfo', { origins: ['https://jdoe@app.example.com'] }, 'INVALID_ORIGIN'],
  ['a wildcard subdomain', { origins: ['https://*.example.com'] }, 'INVALID_ORIGIN'],
  ['"*" inside a list', { origins: [APP, '*'] }, 'INVALID_ORIGIN'],
  ['a port out of range', { origins: ['https://app.example.com:65536'] }, 'INVALID_ORIGIN'],
  ['an IDN host (browsers send punycode)', { origins: ['https://bücher.example'] }, 'INVALID_ORIGIN'],
  ['CRLF (header injection)', { origins: [`${APP}\r\nX-Injected: 1`] }, 'INVALID_ORIGIN'],
  ['a method with a space', { origins: APP, methods: ['GET', 'BAD METHOD'] }, 'INVALID_METHOD'],
  ['an empty method', { origins: APP, methods: [''] }, 'INVALID_METHOD'],
  ['a header name with CRLF', { origins: APP, allowHeaders: ['x-a\r\nx-b'] }, 'INVALID_HEADER_NAME'],
  ['an expose header with a colon', { origins: APP, exposeHeaders: ['x:y'] }, 'INVALID_HEADER_NAME'],
  ['a negative maxAge', { origins: APP, maxAge: -1 }, 'INVALID_MAX_AGE'],
  ['a fractional maxAge', { origins: APP, maxAge: 1.5 }, 'INVALID_MAX_AGE'],
  ['an unknown allowAuth kind', { origins: APP, allowAuth: ['bearer', 'oauth'] }, 'INVALID_ALLOW_AUTH'],
  ['allowHeaders as a string, not an array', { origins: APP, allowHeaders: 'x-api-key' }, 'INVALID_OPTION'],
  ['methods as a string', { origins: APP, methods: 'GET' }, 'INVALID_OPTION'],
  ['exposeHeaders as a string', { origins: APP, exposeHeaders: 'x-rate-limit' }, 'INVALID_OPTION'],
  ['allowAuth as a string', { origins: APP, allowAuth: 'bearer' }, 'INVALID_OPTION'],
  ['credentials as the string "true"', { origins: APP, credentials: 'true' }, 'INVALID_OPTION'],
  ['privateNetwork as the string "true"', { origins: APP, privateNetwork: 'true' }, 'INVALID_OPTION'],
];

const BEARER = `Bearer ${ZENDESK_ACCESS_TOKEN}`;
const API_TOKEN = `Basic ${b64(`jdoe@example.com/token:${ZENDESK_API_TOKEN}`)}`;
const API = 'https://api.example.com/api/v2/users/me.json';
const preflight = (origin, method, extra = {}) => ({
  method: 'OPTIONS',
  headers: { origin, 'access-control-request-method': method, ...extra },
});

/**
 * `policy.evaluate` decisions: [what, options, request ({ url?, method?, headers }), reason,
 * headers the decision must hold exactly (null: absent)].
 */
export const decisions = [
  [
    'a preflight from an allowed origin is granted, authorization listed explicitly',
    { origins: [APP], maxAge: 600 },
    preflight(APP, 'PUT', { 'access-control-request-headers': 'authorization,content-type' }),
    'preflight-granted',
    {
      'access-control-allow-origin': APP,
      'access-control-allow-methods': 'GET,HEAD,PUT,PATCH,POST,DELETE',
      'access-control-allow-headers': 'authorization,content-type',
      'access-control-max-age': '600',
      'access-control-allow-credentials': null,
      vary: 'Origin',
    },
  ],
  [
    'allowHeaders "*" still lists authorization (Fetch: "*" does not cover it)',
    { origins: '*', allowHeaders: ['*'] },
    preflight(APP, 'GET', { 'access-control-request-headers': 'authorization,x-custom' }),
    'preflight-granted',
    { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'authorization,*', vary: null },
  ],
  [
    'a preflight from another origin gets no grant',
    { origins: [APP] },
    preflight('https://evil.example', 'GET'),
    'origin-not-allowed',
    { 'access-control-allow-origin': null, 'access-control-allow-methods': null, vary: 'Origin' },
  ],
  [
    'a preflight for a method not listed gets no grant',
    { origins: [APP], methods: ['GET'] },
    preflight(APP, 'DELETE'),
    'method-not-allowed',
    { 'access-control-allow-origin': null },
  ],
  [
    'methods compare case-sensitively, as browsers do',
    { origins: [APP] },
    preflight(APP, 'patch'),
    'method-not-allowed',
    { 'access-control-allow-origin': null },
  ],
  [
    'a preflight for a header not listed gets no grant',
    { origins: [APP] },
    preflight(APP, 'GET', { 'access-control-request-headers': 'authorization,x-secret' }),
    'headers-not-allowed',
    { 'access-control-allow-origin': null },
  ],
  [
    'Private Network Access is refused unless enabled',
    { origins: [APP] },
    preflight(APP, 'GET', { 'access-control-request-private-network': 'true' }),
    'private-network-not-allowed',
    { 'access-control-allow-origin': null, 'access-control-allow-private-network': null },
  ],
  [
    'Private Network Access is granted when enabled',
    { origins: [APP], privateNetwork: true },
    preflight(APP, 'GET', { 'access-control-request-private-network': 'true' }),
    'preflight-granted',
    { 'access-control-allow-origin': APP, 'access-control-allow-private-network': 'true' },
  ],
  [
    'a Bearer request from an allowed origin is granted with its exposed headers',
    { origins: [APP], exposeHeaders: ['X-Rate-Limit'] },
    { headers: { origin: APP, authorization: BEARER } },
    'request-granted',
    { 'access-control-allow-origin': APP, 'access-control-expose-headers': 'X-Rate-Limit', vary: 'Origin' },
  ],
  [
    'credentials add Access-Control-Allow-Credentials and reflect the origin',
    { origins: [APP], credentials: true },
    { headers: { origin: APP, authorization: BEARER } },
    'request-granted',
    { 'access-control-allow-origin': APP, 'access-control-allow-credentials': 'true' },
  ],
  [
    'an API token cross-origin is refused (Zendesk: not supported with API tokens)',
    { origins: [APP] },
    { headers: { origin: APP, authorization: API_TOKEN } },
    'auth-not-allowed',
    { 'access-control-allow-origin': null, vary: 'Origin' },
  ],
  [
    'a password cross-origin is refused',
    { origins: '*' },
    { headers: { origin: APP, authorization: 'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==' } },
    'auth-not-allowed',
    { 'access-control-allow-origin': null, vary: 'Origin' },
  ],
  [
    'an API token server-to-server (no Origin) is not CORS: untouched',
    { origins: [APP] },
    { headers: { authorization: API_TOKEN } },
    'same-origin-or-no-origin',
    { 'access-control-allow-origin': null, vary: 'Origin' },
  ],
  [
    'a request carrying its own origin is same-origin',
    { origins: [APP] },
    { method: 'POST', headers: { origin: 'https://api.example.com', authorization: API_TOKEN } },
    'same-origin-or-no-origin',
    { 'access-control-allow-origin': null },
  ],
  [
    'a request from another origin gets no grant',
    { origins: [APP] },
    { headers: { origin: 'https://evil.example', authorization: BEARER } },
    'origin-not-allowed',
    { 'access-control-allow-origin': null, vary: 'Origin' },
  ],
  [
    'origins compare after normalisation (RFC 6454: case, default port)',
    { origins: ['HTTPS://APP.Example.com:443'] },
    { headers: { origin: 'https://app.example.com' } },
    'request-granted',
    { 'access-control-allow-origin': 'https://app.example.com' },
  ],
  [
    'a non-default port is kept',
    { origins: ['https://app.example.com:8443'] },
    { headers: { origin: 'https://app.example.com' } },
    'origin-not-allowed',
    { 'access-control-allow-origin': null },
  ],
  [
    'Origin: null is refused unless listed',
    { origins: /.*/ },
    { headers: { origin: 'null' } },
    'origin-not-allowed',
    { 'access-control-allow-origin': null },
  ],
  [
    'Origin: null is granted when listed',
    { origins: ['null'] },
    { headers: { origin: 'null' } },
    'request-granted',
    { 'access-control-allow-origin': 'null' },
  ],
  [
    '"*" answers "*" and does not vary',
    { origins: '*' },
    { headers: { origin: APP, authorization: BEARER } },
    'request-granted',
    { 'access-control-allow-origin': '*', vary: null },
  ],
  [
    '"*" answers a request without Origin the same way, without Vary (any copy may be cached)',
    { origins: '*', exposeHeaders: ['x-rate-limit'] },
    { headers: { authorization: BEARER } },
    'same-origin-or-no-origin',
    { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'x-rate-limit', vary: null },
  ],
  [
    '"*" answers a same-origin request the same way',
    { origins: ['*'] },
    { headers: { origin: 'https://api.example.com' } },
    'same-origin-or-no-origin',
    { 'access-control-allow-origin': '*', vary: null },
  ],
  [
    '"*" still varies for an API token without Origin (cross-origin it gets 403)',
    { origins: '*' },
    { headers: { authorization: API_TOKEN } },
    'same-origin-or-no-origin',
    { 'access-control-allow-origin': '*', vary: 'Origin' },
  ],
  [
    'a RegExp matches the normalised origin',
    { origins: /^https:\/\/[a-z]+\.example\.com$/ },
    { headers: { origin: 'https://APP.example.com:443' } },
    'request-granted',
    { 'access-control-allow-origin': 'https://APP.example.com:443' },
  ],
  [
    'allowAuth can refuse Bearer too',
    { origins: [APP], allowAuth: ['none'] },
    { headers: { origin: APP, authorization: BEARER } },
    'auth-not-allowed',
    { 'access-control-allow-origin': null },
  ],
].map(([what, options, request, reason, headers]) => [
  what,
  options,
  { url: API, ...request },
  reason,
  headers,
]);
