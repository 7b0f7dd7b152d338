// Spec vectors of @auth/cors-policy, as data: the Zendesk "Security and authentication" page
// (CORS with OAuth access tokens, never with API tokens), RFC 6750 2.1, RFC 7617 2, RFC 6454
// (origins and their serialization), the Fetch standard's CORS protocol (preflight, the
// CORS-safelisted methods, Vary, "*" never with credentials, Access-Control-Allow-Headers: "*"
// does not cover Authorization) and Private Network Access, plus the cases of an adversarial
// review (issue 13: origin tricks, header injection, hostile sizes, upstream grants). The suite
// in ../suites/cors-policy.js runs them in every runtime; the package's unit tests run the same
// suite under vitest. The peers' own test cases are in ./cors-policy-interop.js.

/** The Zendesk example access token and API token. */
export const ZENDESK_ACCESS_TOKEN = 'gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo';
export const ZENDESK_API_TOKEN = '6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv';

export const APP = 'https://app.example.com';
export const API = 'https://api.example.com/api/v2/users/me.json';
export const BEARER = `Bearer ${ZENDESK_ACCESS_TOKEN}`;
/** Zendesk's own example: `jdoe@example.com/token:6wiI...`, base64, padding included. */
const API_TOKEN_BASE64 = btoa(`jdoe@example.com/token:${ZENDESK_API_TOKEN}`);
export const API_TOKEN = `Basic ${API_TOKEN_BASE64}`;
export const PASSWORD = `Basic ${btoa('jdoe@example.com:hunter2')}`;
/** An API token whose base64 holds "/": in base64url it holds "_". */
const URL_UNSAFE_TOKEN = btoa('jdoe@example.com/token:6wiI~>?');

/** `classifyAuthorization`: [what, value, kind]. */
export const classifications = [
  ['absent (null)', null, 'none'],
  ['absent (undefined)', undefined, 'none'],
  ['empty', '', 'none'],
  ['the Zendesk Bearer example', BEARER, 'bearer'],
  ['the RFC 6750 2.1 example', 'Bearer mF_9.B5f-4.1JqM', 'bearer'],
  ['scheme in lower case (RFC 9110 11.1)', `bearer ${ZENDESK_ACCESS_TOKEN}`, 'bearer'],
  ['several spaces after the scheme', `Bearer    ${ZENDESK_ACCESS_TOKEN}`, 'bearer'],
  ['b64token padding', 'Bearer dGVzdA==', 'bearer'],
  ['OWS around the value (RFC 9110 5.6.3)', ` \tBearer ${ZENDESK_ACCESS_TOKEN}\t `, 'bearer'],
  ['the Zendesk API token example', API_TOKEN, 'api-token'],
  ['an API token, scheme in upper case', `BASIC ${API_TOKEN_BASE64}`, 'api-token'],
  ['the RFC 7617 2 example (Aladdin:open sesame)', 'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==', 'password'],
  ['a Zendesk email and password', PASSWORD, 'password'],
  ['Bearer without a token', 'Bearer', 'other'],
  ['Bearer and a space', 'Bearer ', 'other'],
  ['two tokens', 'Bearer abc def', 'other'],
  ['"=" inside the token', 'Bearer ab=c', 'other'],
  ['a comma in the token', 'Bearer abc,', 'other'],
  ['the scheme glued to the token', `Bearer${ZENDESK_ACCESS_TOKEN}`, 'other'],
  ['CRLF injection after the token', `${BEARER}\r\nX-Injected: 1`, 'other'],
  ['a tab after Bearer (RFC 6750: 1*SP)', `Bearer\t${ZENDESK_ACCESS_TOKEN}`, 'other'],
  ['Digest', 'Digest username="jdoe", realm="zendesk"', 'other'],
  ['a Token scheme', `Token token="${ZENDESK_API_TOKEN}"`, 'other'],
  ['no scheme at all', ZENDESK_ACCESS_TOKEN, 'other'],
  ['a longer scheme that starts with Basic', `Basics ${API_TOKEN_BASE64}`, 'other'],
  ['a hyphenated scheme that starts with Basic', `Basic-Auth ${API_TOKEN_BASE64}`, 'other'],
  // Issue 13.3: a value whose scheme is Basic is never 'other', however it is spelled, because
  // lenient servers (Node's Buffer, Ruby's decode64, Python's b64decode) read what strict ones refuse.
  ['an API token without its padding', `Basic ${btoa('jdoe@example.com/token:x')}`, 'api-token'],
  ['an API token whose padding is dropped', `Basic ${URL_UNSAFE_TOKEN.replace(/=+$/, '')}`, 'api-token'],
  ['an API token in base64url', `Basic ${URL_UNSAFE_TOKEN.replace(/\//g, '_')}`, 'api-token'],
  ['an API token, a tab after the scheme', `Basic\t${API_TOKEN_BASE64}`, 'api-token'],
  ['an API token, a tab and spaces after the scheme', `Basic \t  ${API_TOKEN_BASE64}`, 'api-token'],
  [
    'an API token, spaces inside the credentials',
    `Basic ${API_TOKEN_BASE64.replace(/(.{8})/g, '$1 ')}`,
    'api-token',
  ],
  ['an API token, a no-break space after the scheme', `Basic\u00a0${API_TOKEN_BASE64}`, 'api-token'],
  ['an API token, whitespace around the value', `\t Basic ${API_TOKEN_BASE64} \t`, 'api-token'],
  ['an API token, scheme in mixed case', `bAsIc ${API_TOKEN_BASE64}`, 'api-token'],
  ['an API token, /TOKEN in upper case', `Basic ${btoa('jdoe@example.com/TOKEN:x')}`, 'api-token'],
  ['an API token, the slash percent-encoded', `Basic ${btoa('jdoe@example.com%2Ftoken:x')}`, 'api-token'],
  ['an API token, a space before the colon', `Basic ${btoa('jdoe@example.com/token :x')}`, 'api-token'],
  ['an API token with an empty email', `Basic ${btoa(`/token:${ZENDESK_API_TOKEN}`)}`, 'api-token'],
  ['an API token after a Bearer (two headers joined)', `${BEARER}, ${API_TOKEN}`, 'api-token'],
  ['an API token after another scheme', `Digest username="jdoe", ${API_TOKEN}`, 'api-token'],
  ['a password, then an API token', `${PASSWORD}, ${API_TOKEN}`, 'api-token'],
  ['a comma right after the scheme', `Basic,${API_TOKEN_BASE64}`, 'api-token'],
  ['Basic without credentials', 'Basic', 'api-token'],
  ['Basic with characters outside base64', 'Basic !!!', 'api-token'],
  ['Basic without a colon', `Basic ${btoa('jdoe@example.com')}`, 'api-token'],
  ['Basic with wrong padding', 'Basic YWJjZA=', 'api-token'],
  ['CRLF injection after Basic', `${PASSWORD}\r\nX-Injected: 1`, 'api-token'],
  [
    'a password, a tab after the scheme, no padding',
    `Basic\t${btoa('jdoe@example.com:pw').replace(/=+$/, '')}`,
    'password',
  ],
  ['a password with an empty user-id (curl -u :TOKEN)', `Basic ${btoa(':hunter2')}`, 'password'],
  ['a password whose user-id is not UTF-8', `Basic ${btoa('jdoe\xff:x')}`, 'password'],
  ['a password with /token inside the password', `Basic ${btoa('jdoe@example.com:a/token')}`, 'password'],
  // Hostile framing and sizes, read in linear time (a backtracking regex took seconds on these).
  ['16k spaces, then two tokens', `Bearer${' '.repeat(16_000)}x y`, 'other'],
  ['64k spaces, then two tokens', `Bearer${' '.repeat(64_000)}x y`, 'other'],
  ['50k spaces before the scheme, two tokens', `${' '.repeat(50_000)}bearer x y`, 'other'],
  ['50k spaces before a valid Bearer', `${' '.repeat(50_000)}${BEARER}`, 'bearer'],
  ['Basic and 64k spaces', `Basic${' '.repeat(64_000)}x`, 'api-token'],
  ['64k commas', ','.repeat(64_000), 'other'],
  ['20k empty Basic elements', ', basic'.repeat(20_000), 'api-token'],
  ['a 1 MB API token', `Basic ${btoa(`jdoe@example.com/token:${'x'.repeat(750_000)}`)}`, 'api-token'],
];

// The fixes the messages give: fixed, one per condition, each one that works for every value refused with it.
const ORIGIN_FIX = 'pass "scheme://host[:port]" (punycode host), or "*", a RegExp or a predicate alone';
const WILDCARD_FIX = 'with credentials: true, list them';
const TOKEN_FIX = 'pass one RFC 9110 token per item';
const LIST_FIX = 'pass an array, one name per item';
const PREDICATE_FIX = 'return true or false';
const OPTIONS_LIST =
  'origins, methods, allowHeaders, exposeHeaders, allowAuth, maxAge, credentials, privateNetwork, onError';

/**
 * `createCorsPolicy` options refused: [what, options, code, message]. The message, without the
 * package prefix, shows the value as given and a fix that works for it (issue 17.3).
 */
export const invalidOptions = [
  ['no options at all', undefined, 'NO_ORIGINS', 'options.origins is missing; pass page origins or "*"'],
  ['no origins', {}, 'NO_ORIGINS', 'options.origins is missing; pass page origins or "*"'],
  ['an empty list', { origins: [] }, 'NO_ORIGINS', 'options.origins is empty; pass page origins or "*"'],
  ['an empty string', { origins: '' }, 'NO_ORIGINS', 'options.origins is empty; pass page origins or "*"'],
  ['origins of the wrong type', { origins: 42 }, 'INVALID_OPTION', `options.origins is 42; ${ORIGIN_FIX}`],
  [
    '"*" with credentials (Fetch: never combined)',
    { origins: '*', credentials: true },
    'WILDCARD_WITH_CREDENTIALS',
    `options.origins is "*"; ${WILDCARD_FIX}`,
  ],
  [
    '"*" alone in a list with credentials',
    { origins: ['*'], credentials: true },
    'WILDCARD_WITH_CREDENTIALS',
    `options.origins is "*"; ${WILDCARD_FIX}`,
  ],
  [
    'methods "*" with credentials',
    { origins: APP, credentials: true, methods: ['*'] },
    'WILDCARD_WITH_CREDENTIALS',
    `options.methods holds "*"; ${WILDCARD_FIX}`,
  ],
  [
    'allowHeaders "*" with credentials',
    { origins: APP, credentials: true, allowHeaders: ['*'] },
    'WILDCARD_WITH_CREDENTIALS',
    `options.allowHeaders holds "*"; ${WILDCARD_FIX}`,
  ],
  [
    'exposeHeaders "*" with credentials',
    { origins: APP, credentials: true, exposeHeaders: ['x', '*'] },
    'WILDCARD_WITH_CREDENTIALS',
    `options.exposeHeaders holds "*"; ${WILDCARD_FIX}`,
  ],
  [
    'a RegExp that allows every origin, with credentials (asked once, of an origin nobody owns)',
    { origins: /.*/, credentials: true },
    'WILDCARD_WITH_CREDENTIALS',
    `options.origins allows every origin (it allows https://any-site.invalid); ${WILDCARD_FIX}`,
  ],
  [
    'a predicate that reflects any origin, with credentials',
    { origins: () => true, credentials: true },
    'WILDCARD_WITH_CREDENTIALS',
    `options.origins allows every origin (it allows https://any-site.invalid); ${WILDCARD_FIX}`,
  ],
  [
    'a host without a scheme',
    { origins: 'app.example.com' },
    'INVALID_ORIGIN',
    `options.origins is "app.example.com"; ${ORIGIN_FIX}`,
  ],
  [
    'a trailing slash',
    { origins: [`${APP}/`] },
    'INVALID_ORIGIN',
    `options.origins holds "${APP}/"; ${ORIGIN_FIX}`,
  ],
  [
    'a path',
    { origins: [`${APP}/api`] },
    'INVALID_ORIGIN',
    `options.origins holds "${APP}/api"; ${ORIGIN_FIX}`,
  ],
  [
    'userinfo',
    { origins: ['https://jdoe@app.example.com'] },
    'INVALID_ORIGIN',
    `options.origins holds "https://jdoe@app.example.com"; ${ORIGIN_FIX}`,
  ],
  [
    'a wildcard subdomain',
    { origins: ['https://*.example.com'] },
    'INVALID_ORIGIN',
    `options.origins holds "https://*.example.com"; ${ORIGIN_FIX}`,
  ],
  [
    '"*" inside a list',
    { origins: [APP, '*'] },
    'INVALID_ORIGIN',
    `options.origins holds "*"; ${ORIGIN_FIX}`,
  ],
  [
    'a RegExp inside a list, shown as written (issue 17.3)',
    { origins: [/\.example\.com$/, APP] },
    'INVALID_ORIGIN',
    `options.origins holds /\\.example\\.com$/; ${ORIGIN_FIX}`,
  ],
  [
    'a number inside a list',
    { origins: [APP, 7] },
    'INVALID_ORIGIN',
    `options.origins holds 7; ${ORIGIN_FIX}`,
  ],
  [
    'a port out of range',
    { origins: ['https://app.example.com:65536'] },
    'INVALID_ORIGIN',
    `options.origins holds "${APP}:65536"; ${ORIGIN_FIX}`,
  ],
  [
    'an IDN host (browsers send punycode)',
    { origins: ['https://bücher.example'] },
    'INVALID_ORIGIN',
    `options.origins holds "https://bücher.example"; ${ORIGIN_FIX}`,
  ],
  [
    'CRLF (header injection)',
    { origins: [`${APP}\r\nX-Injected: 1`] },
    'INVALID_ORIGIN',
    `options.origins holds "${APP}\\r\\nX-Injected: 1"; ${ORIGIN_FIX}`,
  ],
  [
    'an async predicate (issue 17.2: refused, not awaited)',
    { origins: async () => true },
    'INVALID_OPTION',
    `options.origins is an async function; ${PREDICATE_FIX}, not a Promise`,
  ],
  [
    'a method with a space',
    { origins: APP, methods: ['GET', 'BAD METHOD'] },
    'INVALID_METHOD',
    `options.methods holds "BAD METHOD"; ${TOKEN_FIX}`,
  ],
  [
    'an empty method',
    { origins: APP, methods: [''] },
    'INVALID_METHOD',
    `options.methods holds ""; ${TOKEN_FIX}`,
  ],
  [
    'a method that is not a string',
    { origins: APP, methods: [1] },
    'INVALID_METHOD',
    `options.methods holds 1; ${TOKEN_FIX}`,
  ],
  [
    'a header name with CRLF',
    { origins: APP, allowHeaders: ['x-a\r\nx-b'] },
    'INVALID_HEADER_NAME',
    `options.allowHeaders holds "x-a\\r\\nx-b"; ${TOKEN_FIX}`,
  ],
  [
    'an expose header with a colon',
    { origins: APP, exposeHeaders: ['x:y'] },
    'INVALID_HEADER_NAME',
    `options.exposeHeaders holds "x:y"; ${TOKEN_FIX}`,
  ],
  [
    'two header names in one item (issue 17.3)',
    { origins: APP, allowHeaders: ['a,b'] },
    'INVALID_HEADER_NAME',
    `options.allowHeaders holds "a,b"; ${TOKEN_FIX}`,
  ],
  [
    'a negative maxAge',
    { origins: APP, maxAge: -1 },
    'INVALID_MAX_AGE',
    'options.maxAge is -1; pass whole seconds, 0 or more',
  ],
  [
    'a fractional maxAge',
    { origins: APP, maxAge: 1.5 },
    'INVALID_MAX_AGE',
    'options.maxAge is 1.5; pass whole seconds, 0 or more',
  ],
  [
    'maxAge as a string',
    { origins: APP, maxAge: '600' },
    'INVALID_MAX_AGE',
    'options.maxAge is "600"; pass whole seconds, 0 or more',
  ],
  [
    'an unknown allowAuth kind',
    { origins: APP, allowAuth: ['bearer', 'oauth'] },
    'INVALID_ALLOW_AUTH',
    'options.allowAuth holds "oauth"; pass one of none,bearer,api-token,password,other',
  ],
  [
    'allowHeaders as one string of names (issue 17.3)',
    { origins: APP, allowHeaders: 'a,b' },
    'INVALID_OPTION',
    `options.allowHeaders is "a,b"; ${LIST_FIX}`,
  ],
  [
    'allowHeaders as a string',
    { origins: APP, allowHeaders: 'x-api-key' },
    'INVALID_OPTION',
    `options.allowHeaders is "x-api-key"; ${LIST_FIX}`,
  ],
  [
    'methods as a string',
    { origins: APP, methods: 'GET, PUT' },
    'INVALID_OPTION',
    `options.methods is "GET, PUT"; ${LIST_FIX}`,
  ],
  [
    'exposeHeaders as a Set',
    { origins: APP, exposeHeaders: new Set(['x']) },
    'INVALID_OPTION',
    `options.exposeHeaders is [object Set]; ${LIST_FIX}`,
  ],
  [
    'allowAuth as a string',
    { origins: APP, allowAuth: 'bearer' },
    'INVALID_OPTION',
    `options.allowAuth is "bearer"; ${LIST_FIX}`,
  ],
  [
    'credentials as the string "true"',
    { origins: APP, credentials: 'true' },
    'INVALID_OPTION',
    'options.credentials is "true"; pass true or false',
  ],
  [
    'privateNetwork as a number',
    { origins: APP, privateNetwork: 1 },
    'INVALID_OPTION',
    'options.privateNetwork is 1; pass true or false',
  ],
  [
    'onError that is not a function',
    { origins: APP, onError: 'log' },
    'INVALID_OPTION',
    'options.onError is "log"; pass a function',
  ],
  [
    "Hono's option name origin",
    { origin: APP },
    'INVALID_OPTION',
    `options.origin is unknown; use ${OPTIONS_LIST}`,
  ],
  [
    "expressjs/cors's option name allowedHeaders",
    { origins: APP, allowedHeaders: ['x'] },
    'INVALID_OPTION',
    `options.allowedHeaders is unknown; use ${OPTIONS_LIST}`,
  ],
  // How a value is shown, whatever it is: a Symbol, a BigInt with its n, NaN, an object by its tag.
  [
    'a Symbol inside origins',
    { origins: [Symbol('x')] },
    'INVALID_ORIGIN',
    `options.origins holds Symbol(x); ${ORIGIN_FIX}`,
  ],
  [
    'a Symbol as a method',
    { origins: APP, methods: [Symbol('GET')] },
    'INVALID_METHOD',
    `options.methods holds Symbol(GET); ${TOKEN_FIX}`,
  ],
  [
    'a BigInt maxAge',
    { origins: APP, maxAge: 10n },
    'INVALID_MAX_AGE',
    'options.maxAge is 10n; pass whole seconds, 0 or more',
  ],
  [
    'a NaN maxAge',
    { origins: APP, maxAge: Number.NaN },
    'INVALID_MAX_AGE',
    'options.maxAge is NaN; pass whole seconds, 0 or more',
  ],
  [
    'an object without a prototype as allowAuth',
    { origins: APP, allowAuth: Object.create(null) },
    'INVALID_OPTION',
    `options.allowAuth is [object Object]; ${LIST_FIX}`,
  ],
  [
    'a function as a header name',
    { origins: APP, exposeHeaders: [() => 'x'] },
    'INVALID_HEADER_NAME',
    `options.exposeHeaders holds a function; ${TOKEN_FIX}`,
  ],
];

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
      'access-control-expose-headers': null,
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
  // Issue 17.1: the Fetch standard's CORS-preflight check never requires a safelisted method.
  ...['GET', 'HEAD', 'POST'].map((method) => [
    `a preflight for the safelisted ${method} is granted although methods lists PUT and DELETE only`,
    { origins: [APP], methods: ['PUT', 'DELETE'] },
    preflight(APP, method, { 'access-control-request-headers': 'authorization' }),
    'preflight-granted',
    { 'access-control-allow-origin': APP, 'access-control-allow-methods': 'PUT,DELETE' },
  ]),
  [
    'a preflight for GET is granted with methods ["POST"]',
    { origins: [APP], methods: ['POST'] },
    preflight(APP, 'GET', { 'access-control-request-headers': 'authorization' }),
    'preflight-granted',
    { 'access-control-allow-origin': APP, 'access-control-allow-methods': 'POST' },
  ],
  [
    'a preflight for GET is granted with methods ["get"], which is written as given',
    { origins: [APP], methods: ['get'] },
    preflight(APP, 'GET', { 'access-control-request-headers': 'authorization' }),
    'preflight-granted',
    { 'access-control-allow-origin': APP, 'access-control-allow-methods': 'get' },
  ],
  [
    'methods [] allows the safelisted methods only, and sends no Access-Control-Allow-Methods',
    { origins: [APP], methods: [] },
    preflight(APP, 'POST', { 'access-control-request-headers': 'content-type' }),
    'preflight-granted',
    { 'access-control-allow-origin': APP, 'access-control-allow-methods': null },
  ],
  [
    'a safelisted method still needs its headers allowed',
    { origins: [APP], methods: ['PUT'] },
    preflight(APP, 'GET', { 'access-control-request-headers': 'authorization,x-secret' }),
    'headers-not-allowed',
    { 'access-control-allow-origin': null },
  ],
  [
    'methods compare case-sensitively, as browsers do (fetch sends "patch" as written)',
    { origins: [APP] },
    preflight(APP, 'patch'),
    'method-not-allowed',
    { 'access-control-allow-origin': null },
  ],
  [
    'a lower-case "get" is not the safelisted GET',
    { origins: [APP], methods: ['PUT'] },
    preflight(APP, 'get'),
    'method-not-allowed',
    { 'access-control-allow-origin': null },
  ],
  [
    'two methods joined (repeated Access-Control-Request-Method) are no method',
    { origins: [APP] },
    preflight(APP, 'GET, PUT'),
    'method-not-allowed',
    { 'access-control-allow-origin': null },
  ],
  [
    'an empty Access-Control-Request-Method is no method',
    { origins: [APP] },
    preflight(APP, ''),
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
    'requested headers are read in any case, with spaces and empty items',
    { origins: [APP] },
    preflight(APP, 'PUT', { 'access-control-request-headers': ' Authorization , ,Content-Type' }),
    'preflight-granted',
    { 'access-control-allow-origin': APP },
  ],
  [
    'a 200 KB Access-Control-Request-Headers is read in linear time and refused',
    { origins: [APP] },
    preflight(APP, 'PUT', { 'access-control-request-headers': `x${' '.repeat(200_000)}x` }),
    'headers-not-allowed',
    { 'access-control-allow-origin': null },
  ],
  [
    '50k requested headers are read in linear time',
    { origins: [APP] },
    preflight(APP, 'PUT', { 'access-control-request-headers': 'content-type,'.repeat(50_000) }),
    'preflight-granted',
    { 'access-control-allow-origin': APP },
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
    'a preflight without Origin is not CORS',
    { origins: [APP] },
    { method: 'OPTIONS', headers: { 'access-control-request-method': 'PUT' } },
    'same-origin-or-no-origin',
    { 'access-control-allow-origin': null, vary: 'Origin' },
  ],
  [
    'OPTIONS without Access-Control-Request-Method is a plain request',
    { origins: [APP] },
    { method: 'OPTIONS', headers: { origin: APP } },
    'request-granted',
    { 'access-control-allow-origin': APP, 'access-control-allow-methods': null },
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
    'an API token in base64url is refused too, even with allowAuth "other" (issue 13.3)',
    { origins: [APP], allowAuth: ['none', 'bearer', 'other'] },
    { headers: { origin: APP, authorization: `Basic ${URL_UNSAFE_TOKEN.replace(/\//g, '_')}` } },
    'auth-not-allowed',
    { 'access-control-allow-origin': null },
  ],
  [
    'an API token with a tab after the scheme is refused with allowAuth "other"',
    { origins: [APP], allowAuth: ['none', 'bearer', 'other'] },
    { headers: { origin: APP, authorization: `Basic\t${API_TOKEN_BASE64}` } },
    'auth-not-allowed',
    { 'access-control-allow-origin': null },
  ],
  [
    'a password cross-origin is refused',
    { origins: '*' },
    { headers: { origin: APP, authorization: PASSWORD } },
    'auth-not-allowed',
    { 'access-control-allow-origin': null, vary: 'Origin' },
  ],
  [
    'a disallowed kind from a disallowed origin is refused too',
    { origins: [APP] },
    { headers: { origin: 'https://evil.example', authorization: API_TOKEN } },
    'auth-not-allowed',
    { 'access-control-allow-origin': null },
  ],
  [
    'allowAuth can refuse Bearer too',
    { origins: [APP], allowAuth: ['none'] },
    { headers: { origin: APP, authorization: BEARER } },
    'auth-not-allowed',
    { 'access-control-allow-origin': null },
  ],
  [
    'allowAuth can refuse requests without credentials',
    { origins: [APP], allowAuth: ['bearer'] },
    { headers: { origin: APP } },
    'auth-not-allowed',
    { 'access-control-allow-origin': null },
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
    'a look-alike of the own origin is cross-origin (a longer host)',
    { origins: [APP] },
    {
      url: 'https://api.example.com.evil.example/x',
      headers: { origin: 'https://api.example.com', authorization: API_TOKEN },
    },
    'auth-not-allowed',
    { 'access-control-allow-origin': null },
  ],
  [
    'a look-alike of the own origin is cross-origin (another port)',
    { origins: [APP] },
    {
      url: 'https://api.example.com:8443/x',
      headers: { origin: 'https://api.example.com', authorization: API_TOKEN },
    },
    'auth-not-allowed',
    { 'access-control-allow-origin': null },
  ],
  [
    'a request from another origin gets no grant',
    { origins: [APP] },
    { headers: { origin: 'https://evil.example', authorization: BEARER } },
    'origin-not-allowed',
    { 'access-control-allow-origin': null, vary: 'Origin' },
  ],
  ...[
    ['a suffix', 'https://app.example.com.evil.example'],
    ['userinfo', 'https://app.example.com@evil.example'],
    ['a trailing dot', 'https://app.example.com.'],
    ['two origins joined (repeated Origin)', `${APP}, https://evil.example`],
    ['a path', `${APP}/`],
    ['another scheme', 'http://app.example.com'],
    ['another port', 'https://app.example.com:8443'],
    ['a fragment', `https://evil.example#${APP}`],
    ['a 64 KB origin', `https://${'a'.repeat(65_536)}.example`],
  ].map(([trick, origin]) => [
    `an origin trick is refused: ${trick}`,
    { origins: [APP] },
    { headers: { origin, authorization: BEARER } },
    'origin-not-allowed',
    { 'access-control-allow-origin': null },
  ]),
  [
    'origins compare after normalisation (RFC 6454: case, default port)',
    { origins: ['HTTPS://APP.Example.com:443'] },
    { headers: { origin: APP } },
    'request-granted',
    { 'access-control-allow-origin': APP },
  ],
  [
    'a request origin is normalised too, and reflected as sent',
    { origins: [APP] },
    { headers: { origin: 'HTTPS://App.Example.com:443' } },
    'request-granted',
    { 'access-control-allow-origin': 'HTTPS://App.Example.com:443' },
  ],
  [
    'a non-default port is kept',
    { origins: ['https://app.example.com:8443'] },
    { headers: { origin: APP } },
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
    'Origin: null is refused by a predicate that allows everything',
    { origins: () => true },
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
    '"*" answers Origin: null with "*" too',
    { origins: '*' },
    { headers: { origin: 'null' } },
    'request-granted',
    { 'access-control-allow-origin': '*' },
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
    '"*" gives a refused preflight no grant at all',
    { origins: '*', methods: ['GET'] },
    preflight(APP, 'PROPFIND'),
    'method-not-allowed',
    { 'access-control-allow-origin': null, vary: null },
  ],
  [
    'a RegExp matches the normalised origin',
    { origins: /^https:\/\/[a-z]+\.example\.com$/ },
    { headers: { origin: 'https://APP.example.com:443' } },
    'request-granted',
    { 'access-control-allow-origin': 'https://APP.example.com:443' },
  ],
  [
    'a RegExp with the g flag is stateless',
    { origins: /^https:\/\/app\.example\.com$/g },
    { headers: { origin: APP } },
    'request-granted',
    { 'access-control-allow-origin': APP },
  ],
  [
    'a predicate gets the normalised origin',
    { origins: (origin) => origin === APP },
    { headers: { origin: 'HTTPS://APP.example.com:443' } },
    'request-granted',
    { 'access-control-allow-origin': 'HTTPS://APP.example.com:443' },
  ],
].map(([what, options, request, reason, headers]) => [
  what,
  options,
  { url: API, ...request },
  reason,
  headers,
]);

/**
 * `policy.handle` with what `next` answers: [what, options, request, next, expected]. `next` is
 * `{ status, headers, body }` (a Response built from it), `{ frozen: ... }` (the same, whose
 * headers throw on every change, as a `fetch()` response's do), `{ returns: value }` (not a
 * Response), `{ throws: message }` or `{ notAFunction: value }`. `expected`: `{ status, headers }`
 * (null: absent), or `{ rejects: code }` for a `CorsPolicyError`, `{ rejects: 'Error', words }`.
 */
const upstreamGrant = {
  'access-control-allow-origin': 'https://evil.example',
  'access-control-allow-credentials': 'true',
  'access-control-expose-headers': 'x-secret',
  'access-control-allow-methods': 'DELETE',
  'access-control-allow-headers': 'x-secret',
  'access-control-max-age': '86400',
  'access-control-allow-private-network': 'true',
  'access-control-allow-everything': 'true',
  'x-secret': 'upstream data',
};
const noUpstreamGrant = Object.fromEntries(
  Object.keys(upstreamGrant)
    .filter((name) => name.startsWith('access-control-'))
    .map((name) => [name, null]),
);
export const exchanges = [
  // Issue 13.1: the policy owns every Access-Control-* response header, on every path.
  ...[
    ['a refused origin', { origins: [APP] }, { origin: 'https://evil.example' }, { vary: 'Origin' }],
    ['a request without Origin', { origins: [APP] }, {}, { vary: 'Origin' }],
    ['a same-origin request', { origins: [APP] }, { origin: 'https://api.example.com' }, {}],
    [
      'a granted request without credentials',
      { origins: [APP] },
      { origin: APP, authorization: BEARER },
      { 'access-control-allow-origin': APP },
    ],
    [
      'a granted request with its own exposed headers',
      { origins: [APP], exposeHeaders: ['x-rate-limit'] },
      { origin: APP },
      { 'access-control-allow-origin': APP, 'access-control-expose-headers': 'x-rate-limit' },
    ],
    [
      'a granted request with credentials',
      { origins: [APP], credentials: true },
      { origin: APP },
      { 'access-control-allow-origin': APP, 'access-control-allow-credentials': 'true' },
    ],
    ['"*" without Origin', { origins: '*' }, {}, { 'access-control-allow-origin': '*', vary: null }],
    [
      '"*" cross-origin',
      { origins: '*' },
      { origin: APP },
      { 'access-control-allow-origin': '*', vary: null },
    ],
  ].flatMap(([path, options, headers, grant]) =>
    ['headers', 'frozen'].map((kind) => [
      `upstream Access-Control-* headers are replaced: ${path}${kind === 'frozen' ? ', immutable headers' : ''}`,
      options,
      { headers },
      { status: 200, [kind]: upstreamGrant },
      { status: 200, headers: { ...noUpstreamGrant, 'x-secret': 'upstream data', ...grant } },
    ]),
  ),
  [
    'an upstream Vary is kept and Origin appended once',
    { origins: [APP] },
    { headers: { origin: APP } },
    { status: 200, headers: { vary: 'Accept-Encoding' } },
    { status: 200, headers: { vary: 'Accept-Encoding, Origin' } },
  ],
  [
    'the grant is added to a 401 from next, so the page can read it',
    { origins: [APP], exposeHeaders: ['www-authenticate'] },
    { headers: { origin: APP, authorization: BEARER } },
    { status: 401, headers: { 'www-authenticate': 'Bearer error="invalid_token"' } },
    {
      status: 401,
      headers: { 'access-control-allow-origin': APP, 'access-control-expose-headers': 'www-authenticate' },
    },
  ],
  // Issue 13.2: a `next` that returns no Response gets a CorsPolicyError, never a grant.
  ...[
    ['an empty object', {}],
    ['an object with a status', { status: 500 }],
    ['undefined', undefined],
    ['null', null],
    ['a string', 'ok'],
    ['a Promise of an object', Promise.resolve({ status: 200 })],
    ['a Headers', new Headers({ 'access-control-allow-origin': '*' })],
  ].map(([what, value]) => [
    `next returning ${what} is refused with INVALID_NEXT`,
    { origins: [APP] },
    { headers: { origin: APP } },
    { returns: value },
    { rejects: 'INVALID_NEXT', words: ['next must return a Response, got '] },
  ]),
  [
    'a next that is not a function is refused with INVALID_NEXT',
    { origins: [APP] },
    { headers: { origin: APP } },
    { notAFunction: 'api' },
    { rejects: 'INVALID_NEXT', words: ['next must be a function, got string'] },
  ],
  // Issue 17.5: without onError a throwing next rejects handle (the runtime reports it); with
  // onError, its Response is sent with the grant, so the page can read the 500.
  [
    'a throwing next rejects handle with its own error',
    { origins: [APP] },
    { headers: { origin: APP } },
    { throws: 'database down' },
    { rejects: 'Error', words: ['database down'] },
  ],
  [
    'onError answers for a throwing next, with the grant',
    { origins: [APP], onError: () => new Response('Internal Server Error', { status: 500 }) },
    { headers: { origin: APP } },
    { throws: 'database down' },
    { status: 500, headers: { 'access-control-allow-origin': APP, vary: 'Origin' } },
  ],
  [
    'onError answers for a next that returns no Response',
    { origins: [APP], onError: (error) => new Response(error.code, { status: 500 }) },
    { headers: { origin: APP } },
    { returns: {} },
    { status: 500, body: 'INVALID_NEXT', headers: { 'access-control-allow-origin': APP } },
  ],
  [
    'onError answers without a grant for a refused origin',
    { origins: [APP], onError: () => new Response(null, { status: 500 }) },
    { headers: { origin: 'https://evil.example' } },
    { throws: 'database down' },
    { status: 500, headers: { 'access-control-allow-origin': null, vary: 'Origin' } },
  ],
  [
    'onError that returns no Response is refused with INVALID_OPTION',
    { origins: [APP], onError: () => 'oops' },
    { headers: { origin: APP } },
    { throws: 'database down' },
    { rejects: 'INVALID_OPTION', words: ['options.onError must return a Response, got string'] },
  ],
  [
    'a predicate that answers no boolean fails the request (issue 17.2)',
    { origins: (origin) => (origin === APP ? origin : null) },
    { headers: { origin: APP } },
    { status: 200 },
    { rejects: 'INVALID_OPTION', words: [`options.origins returned "${APP}"; ${PREDICATE_FIX}`] },
  ],
  [
    'a predicate that returns a Promise fails the request (issue 17.2)',
    { origins: (origin) => Promise.resolve(origin === APP) },
    { headers: { origin: APP } },
    { status: 200 },
    { rejects: 'INVALID_OPTION', words: [`options.origins returned [object Promise]; ${PREDICATE_FIX}`] },
  ],
].map(([what, options, request, next, expected]) => [
  what,
  options,
  { url: API, ...request },
  next,
  expected,
]);

/** What `assertCorsAllowedAuth` says to use instead, and Zendesk's timeline for its Basic credentials (issue 15). */
const USE_OAUTH = 'not allowed cross-origin; use an OAuth access token (Bearer) instead';
const ZENDESK_TIMELINE =
  ' (Zendesk: passwords off since 2025-12-31; since 2026-07-28 an API token unused for 30 days' +
  ' is deactivated; no new API tokens since 2026-10-27; all stop on 2027-04-30)';

/**
 * Each refused kind: [kind, Authorization, what `assertCorsAllowedAuth` says (without the package
 * prefix)]; the 403 of `handle` names the kind only.
 */
export const refusals = [
  ['api-token', API_TOKEN, `Authorization carries an API token, ${USE_OAUTH}${ZENDESK_TIMELINE}`],
  ['password', PASSWORD, `Authorization carries a password, ${USE_OAUTH}${ZENDESK_TIMELINE}`],
  [
    'other',
    'Digest username="jdoe"',
    `Authorization carries an unknown scheme or malformed credentials, ${USE_OAUTH}`,
  ],
];
