// Spec vectors of @auth/bearer, as data: RFC 6750 (sections 2.1 and 3), RFC 9110 (section 11),
// the Zendesk "Security and authentication" page, and the grammar's edge cases. The suite in
// ../suites/bearer.js runs them in every runtime.

/**
 * The message of each function's errors, after the `[@auth/bearer] ` prefix: the field and what it
 * must be. The code says what is wrong (house rules: one message per field, the code per condition).
 */
export const messages = {
  token: 'token must be a bare RFC 6750 b64token',
  authorization: 'Authorization value must be "Bearer <token>"; send one RFC 6750 b64token',
  challenge: 'WWW-Authenticate value must hold a Bearer challenge (RFC 9110 section 11.6.1)',
};

/** The Zendesk example access token ("Authorization: Bearer gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo"). */
export const ZENDESK_TOKEN = 'gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo';

/** A JWT (RFC 7519 3.1 example, compact serialization): base64url segments joined by ".". */
export const JWT =
  'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';

/** RFC 6750 2.1 b64token: [what, token]. */
export const validTokens = [
  ['the Zendesk example', ZENDESK_TOKEN],
  ['the RFC 6750 2.1 example', 'mF_9.B5f-4.1JqM'],
  ['a JWT', JWT],
  ['every character of the alphabet', 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~+/'],
  ['trailing padding', 'dGVzdA=='],
  ['one character', 'x'],
  ['a token of dots and slashes only', './~'],
];

/** Not a b64token: [what, token, code]. Each carries the Zendesk token where it can, as the secret. */
export const invalidTokens = [
  ['empty', '', 'EMPTY_TOKEN'],
  ['a pasted trailing newline', `${ZENDESK_TOKEN}\n`, 'WHITESPACE'],
  ['a pasted CRLF', `${ZENDESK_TOKEN}\r\n`, 'WHITESPACE'],
  ['a leading space', ` ${ZENDESK_TOKEN}`, 'WHITESPACE'],
  ['a trailing tab', `${ZENDESK_TOKEN}\t`, 'WHITESPACE'],
  ['a space inside', `${ZENDESK_TOKEN} ${ZENDESK_TOKEN}`, 'WHITESPACE'],
  ['CRLF inside (header injection)', `${ZENDESK_TOKEN}\r\nX-Injected: 1`, 'CONTROL_CHARACTER'],
  ['NUL', `${ZENDESK_TOKEN}\0`, 'CONTROL_CHARACTER'],
  ['DEL', `${ZENDESK_TOKEN}\x7fx`, 'CONTROL_CHARACTER'],
  ['a C1 control (NEL, U+0085)', `ab\u0085${ZENDESK_TOKEN}`, 'CONTROL_CHARACTER'],
  ['a C1 control (CSI, U+009B, a terminal escape)', `${ZENDESK_TOKEN}\u009b31m`, 'CONTROL_CHARACTER'],
  ['a comma', `${ZENDESK_TOKEN},`, 'INVALID_CHARACTER'],
  ['a double quote', `"${ZENDESK_TOKEN}"`, 'INVALID_CHARACTER'],
  ['a percent-encoded character', `${ZENDESK_TOKEN}%3D`, 'INVALID_CHARACTER'],
  ['non-ASCII', `${ZENDESK_TOKEN}é`, 'INVALID_CHARACTER'],
  ['the Kelvin sign (case-folds to "k")', `${ZENDESK_TOKEN}\u212a`, 'INVALID_CHARACTER'],
  ['"=" inside', `${ZENDESK_TOKEN}=x`, 'INVALID_PADDING'],
  ['padding alone', '==', 'INVALID_PADDING'],
];

/** RFC 6750 2.1 credentials = "Bearer" 1*SP b64token: [Authorization value, token]. */
export const validAuthorizations = [
  [`Bearer ${ZENDESK_TOKEN}`, ZENDESK_TOKEN],
  ['Bearer mF_9.B5f-4.1JqM', 'mF_9.B5f-4.1JqM'],
  [`Bearer ${JWT}`, JWT],
  [`bearer ${ZENDESK_TOKEN}`, ZENDESK_TOKEN],
  [`BEARER ${ZENDESK_TOKEN}`, ZENDESK_TOKEN],
  [`Bearer    ${ZENDESK_TOKEN}`, ZENDESK_TOKEN],
  [` \tBearer ${ZENDESK_TOKEN} \t`, ZENDESK_TOKEN],
  ['Bearer dGVzdA==', 'dGVzdA=='],
];

/** Not Bearer credentials: [what, Authorization value, code]. */
export const invalidAuthorizations = [
  ['empty', '', 'EMPTY_TOKEN'],
  ['the scheme alone', 'Bearer', 'EMPTY_TOKEN'],
  ['the scheme and a space', 'Bearer ', 'EMPTY_TOKEN'],
  ['a bare token', ZENDESK_TOKEN, 'WRONG_SCHEME'],
  [
    'a Zendesk API token (Basic)',
    'Basic amRvZUBleGFtcGxlLmNvbS90b2tlbjo2d2lJQldiR2tCTW8xbVJETXVWd2t3MUVQc05rZVVqOTVQSXoyYWt2',
    'WRONG_SCHEME',
  ],
  ['no space after the scheme', `Bearer${ZENDESK_TOKEN}`, 'WRONG_SCHEME'],
  ['a tab after the scheme', `Bearer\t${ZENDESK_TOKEN}`, 'WRONG_SCHEME'],
  [
    'a space then a tab after the scheme (RFC 6750 2.1 allows 1*SP only)',
    `Bearer \t${ZENDESK_TOKEN}`,
    'WRONG_SCHEME',
  ],
  ['the "Token" scheme', `Token ${ZENDESK_TOKEN}`, 'WRONG_SCHEME'],
  ['two tokens', `Bearer ${ZENDESK_TOKEN} ${ZENDESK_TOKEN}`, 'EXTRA_CONTENT'],
  ['a pasted newline', `Bearer ${ZENDESK_TOKEN}\n`, 'WHITESPACE'],
  ['header injection', `Bearer ${ZENDESK_TOKEN}\r\nX-Injected: 1`, 'CONTROL_CHARACTER'],
  ['a C1 control (NEL, U+0085)', `Bearer ${ZENDESK_TOKEN}\u0085`, 'CONTROL_CHARACTER'],
  ['two headers joined by a comma', `Bearer ${ZENDESK_TOKEN}, Bearer ${ZENDESK_TOKEN}`, 'INVALID_CHARACTER'],
  ['"=" inside the token', `Bearer ${ZENDESK_TOKEN}=x`, 'INVALID_PADDING'],
];

/** RFC 6750 3 WWW-Authenticate values built from parameters: [params, value]. */
export const challenges = [
  [{}, 'Bearer'],
  [{ realm: 'example' }, 'Bearer realm="example"'],
  [
    { realm: 'example', error: 'invalid_token', errorDescription: 'The access token expired' },
    'Bearer realm="example", error="invalid_token", error_description="The access token expired"',
  ],
  [{ error: 'invalid_request' }, 'Bearer error="invalid_request"'],
  [
    { realm: 'example', scope: ['tickets:read', 'tickets:write'], error: 'insufficient_scope' },
    'Bearer realm="example", scope="tickets:read tickets:write", error="insufficient_scope"',
  ],
  [{ scope: 'read write' }, 'Bearer scope="read write"'],
  [{ scope: [] }, 'Bearer'],
  [{ realm: 'a "quoted" \\ realm' }, 'Bearer realm="a \\"quoted\\" \\\\ realm"'],
  [
    { errorUri: 'https://developer.zendesk.com/api-reference/introduction/security-and-auth/' },
    'Bearer error_uri="https://developer.zendesk.com/api-reference/introduction/security-and-auth/"',
  ],
];

/** Parameters outside RFC 6750 3: [what, params, code]. */
export const invalidChallenges = [
  ['a realm with CRLF', { realm: 'example\r\nSet-Cookie: a=b' }, 'INVALID_REALM'],
  ['a non-ASCII realm', { realm: 'Zürich' }, 'INVALID_REALM'],
  ['an empty scope', { scope: '' }, 'INVALID_SCOPE'],
  ['a scope with a double space', { scope: 'read  write' }, 'INVALID_SCOPE'],
  ['a scope with a quote', { scope: ['read"'] }, 'INVALID_SCOPE'],
  ['two scope-tokens in one array element', { scope: ['read write'] }, 'INVALID_SCOPE'],
  ['numbers and booleans as scopes', { scope: [1, true] }, 'INVALID_SCOPE'],
  ['a nested array as a scope', { scope: [['read', 'write']] }, 'INVALID_SCOPE'],
  ['a symbol as a scope', { scope: [Symbol('read')] }, 'INVALID_SCOPE'],
  ['a null-prototype object as a scope', { scope: [Object.create(null)] }, 'INVALID_SCOPE'],
  ['a realm with a C1 control (CSI)', { realm: 'x\u009b31m' }, 'INVALID_REALM'],
  ['an unknown error', { error: 'token_expired' }, 'INVALID_ERROR'],
  ['a description with a quote', { errorDescription: 'the "token" expired' }, 'INVALID_ERROR_DESCRIPTION'],
  ['a description with a backslash', { errorDescription: 'C:\\' }, 'INVALID_ERROR_DESCRIPTION'],
  ['a URI with a space', { errorUri: 'https://example.com/a b' }, 'INVALID_ERROR_URI'],
];

/** Keys that are none of the five, refused with UNKNOWN_PARAMETER (else silently left out): [what, params]. */
export const unknownChallengeParameters = [
  ['a misspelt parameter', { reallm: 'example' }],
  ['a parameter in its wire spelling', { realm: 'example', error_description: 'expired' }],
  ["parseBearerChallenge's params record, which bearerChallenge does not write", { params: {} }],
];

/** WWW-Authenticate values as servers send them (RFC 9110 11.6.1): [what, value, parameters]. */
export const parsedChallenges = [
  ['the RFC 6750 3 example', 'Bearer realm="example"', { realm: 'example' }],
  [
    'the RFC 6750 3 expired-token example',
    'Bearer realm="example", error="invalid_token", error_description="The access token expired"',
    { realm: 'example', error: 'invalid_token', errorDescription: 'The access token expired' },
  ],
  ['no parameter', 'Bearer', {}],
  [
    'Basic first',
    'Basic realm="Zendesk", Bearer realm="Zendesk", error="invalid_token"',
    { realm: 'Zendesk', error: 'invalid_token' },
  ],
  ['Negotiate with a token68 first', 'Negotiate abc==, Bearer scope="read"', { scope: 'read' }],
  ['a scheme after Bearer', 'Bearer realm="a", Basic realm="b"', { realm: 'a' }],
  [
    'case-insensitive scheme and names',
    'BEARER Realm="a", ERROR="invalid_token"',
    { realm: 'a', error: 'invalid_token' },
  ],
  [
    'unquoted values and spaces around "="',
    'Bearer realm = a, error=insufficient_scope',
    { realm: 'a', error: 'insufficient_scope' },
  ],
  [
    'extra parameters',
    'Bearer resource_metadata="https://api.example.com/.well-known/oauth-protected-resource", realm="a"',
    {
      realm: 'a',
      params: { resource_metadata: 'https://api.example.com/.well-known/oauth-protected-resource' },
    },
  ],
  ['backslash escapes', 'Bearer realm="say \\"hi\\""', { realm: 'say "hi"' }],
  [
    'a quoted comma and "Bearer" in an earlier challenge',
    'Basic realm="x, Bearer realm=y", Bearer realm="z"',
    { realm: 'z' },
  ],
  ['empty list elements', ', Bearer ,, realm="a",', { realm: 'a' }],
  [
    'an extension error code',
    'Bearer error="insufficient_user_authentication"',
    { error: 'insufficient_user_authentication' },
  ],
];

/** WWW-Authenticate values with no Bearer challenge to read: [what, value, code]. */
export const invalidParsedChallenges = [
  ['an empty value', '', 'NO_BEARER_CHALLENGE'],
  ['only Basic', 'Basic realm="x"', 'NO_BEARER_CHALLENGE'],
  ['a parameter before any scheme', 'realm="x"', 'MALFORMED_CHALLENGE'],
  ['an unclosed quoted string', 'Bearer realm="x', 'MALFORMED_CHALLENGE'],
  ['a missing comma', 'Bearer realm="x" error="y"', 'MALFORMED_CHALLENGE'],
  ['a parameter twice', 'Bearer error="a", error="b"', 'MALFORMED_CHALLENGE'],
  ['a trailing newline', 'Bearer realm="x"\n', 'WHITESPACE'],
  ['header injection', 'Bearer realm="x"\r\nSet-Cookie: a=b', 'CONTROL_CHARACTER'],
  ['DEL in a quoted string', 'Bearer realm="x\x7f"', 'CONTROL_CHARACTER'],
  ['words where parameters should be', 'Bearer foo bar', 'MALFORMED_CHALLENGE'],
  ['a parameter after a token68', 'Bearer abc, realm="x"', 'MALFORMED_CHALLENGE'],
  ['a missing value', null, 'NO_BEARER_CHALLENGE'],
];

/** A header value as fetch() gives it: each UTF-8 byte one character U+0000-00FF. */
const bytes = (text) => String.fromCharCode(...new TextEncoder().encode(text));

/**
 * RFC 9110 5.5: %x80-FF is obs-text, allowed in quoted strings. UTF-8 bytes are decoded, other
 * bytes kept (Latin-1), C1 controls left in a value shown as U+FFFD: [what, value, parameters].
 */
export const nonAsciiChallenges = [
  [
    'a right single quote (E2 80 99), after a Basic challenge in German',
    `Basic realm="${bytes('Zugang für Kunden')}", Bearer error="invalid_token", error_description="${bytes('The token isn’t valid')}"`,
    { error: 'invalid_token', errorDescription: 'The token isn’t valid' },
  ],
  [
    'Japanese',
    `Bearer error_description="${bytes('アクセストークンの有効期限切れ')}"`,
    { errorDescription: 'アクセストークンの有効期限切れ' },
  ],
  ['ISO-8859-1, not UTF-8', 'Bearer realm="Z\xfcrich"', { realm: 'Zürich' }],
  ['text already decoded', 'Bearer realm="Zürich – 東京"', { realm: 'Zürich – 東京' }],
  ['a raw C1 control (CSI, a terminal escape)', 'Bearer realm="x\x9b31m"', { realm: 'x\ufffd31m' }],
  ['an encoded C1 control (C2 9B)', `Bearer realm="${bytes('x\u009b31m')}"`, { realm: 'x\ufffd31m' }],
];

/** RFC 9728 5.1 and several challenges: [what, value, parameters]. */
export const challengesWithParams = [
  [
    'resource_metadata (RFC 9728 section 5.1)',
    'Bearer resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource"',
    { params: { resource_metadata: 'https://mcp.example.com/.well-known/oauth-protected-resource' } },
  ],
  [
    'other parameters beside the five, names lower-cased',
    'Bearer error="invalid_token", Resource_Metadata="https://r.example/m", max_age=0',
    { error: 'invalid_token', params: { resource_metadata: 'https://r.example/m', max_age: '0' } },
  ],
  [
    'two Bearer challenges: the first is read',
    'Bearer realm="a", Bearer realm="b", error="invalid_token"',
    { realm: 'a' },
  ],
];

/** redactBearer: [value, redacted]. */
export const redactions = [
  [`Bearer ${ZENDESK_TOKEN}`, 'Bearer gEry****'],
  [ZENDESK_TOKEN, 'Bearer gEry****'],
  [`Bearer ${JWT}`, 'Bearer eyJ0****'],
  ['Bearer abcdefgh', 'Bearer ab****'],
  ['Bearer abc', 'Bearer ****'],
  [
    'Basic amRvZUBleGFtcGxlLmNvbS90b2tlbjo2d2lJQldiR2tCTW8xbVJETXVWd2t3MUVQc05rZVVqOTVQSXoyYWt2',
    'Bearer ****',
  ],
  ['', 'Bearer ****'],
  [null, 'Bearer ****'],
];
