// Spec vectors of @auth/oauth-token, as data: RFC 6749 (sections 2.3.1, 5.1, 5.2, 6), RFC 6750
// (section 2.1's b64token), and the shapes Zendesk documents for /oauth/tokens. The suite in
// ../suites/oauth-token.js runs them in every runtime against a fake token endpoint.

export const TOKEN_ENDPOINT = 'https://acme.zendesk.com/oauth/tokens';
export const CLIENT_ID = 'demo_app';
export const CLIENT_SECRET = 'demo-app-secret-0b2f9c4e7a1d';

/** RFC 6749 section 5.1's example answer, with the `token_type` this package accepts. */
export const RFC6749_RESPONSE = {
  access_token: '2YotnFZFEjr1zCsicMWpAA',
  token_type: 'Bearer',
  expires_in: 3600,
  refresh_token: 'tGzv3JOkF0XG5Qx2TlKWIA',
  example_parameter: 'example_value',
};

/**
 * Zendesk's documented answer of `POST /oauth/tokens` (developer.zendesk.com, "grant_type
 * tokens": `access_token`, `token_type` "bearer", `scope`), with the fields of a refresh grant
 * (the refresh-token announcement, support.zendesk.com 9182123625370).
 */
export const ZENDESK_RESPONSE = {
  access_token: 'gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo',
  token_type: 'bearer',
  scope: 'read write',
  expires_in: 1800,
  refresh_token: '31048ba2b5c5d9b1fa2b3b4f5c3d1e2f',
  refresh_token_expires_in: 2592000,
};

/** Successful answers: [what, body, sentAt, the TokenSet's fields]. */
export const validResponses = [
  [
    'RFC 6749 5.1 example',
    RFC6749_RESPONSE,
    1000,
    {
      accessToken: '2YotnFZFEjr1zCsicMWpAA',
      tokenType: 'bearer',
      expiresAt: 3601000,
      issuedAt: 1000,
      refreshToken: 'tGzv3JOkF0XG5Qx2TlKWIA',
    },
  ],
  [
    'Zendesk, with refresh_token_expires_in and scope',
    ZENDESK_RESPONSE,
    0,
    {
      accessToken: 'gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo',
      tokenType: 'bearer',
      expiresAt: 1800000,
      issuedAt: 0,
      refreshToken: '31048ba2b5c5d9b1fa2b3b4f5c3d1e2f',
      refreshTokenExpiresAt: 2592000000,
      scope: 'read write',
    },
  ],
  [
    'a Zendesk client created before refresh support: no expires_in, no refresh_token',
    { access_token: 'gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo', token_type: 'bearer', scope: 'read' },
    5,
    {
      accessToken: 'gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo',
      tokenType: 'bearer',
      expiresAt: null,
      issuedAt: 5,
      scope: 'read',
    },
  ],
  [
    'token_type in capitals, expires_in as a numeric string',
    { access_token: 'mF_9.B5f-4.1JqM', token_type: 'BEARER', expires_in: '300' },
    0,
    { accessToken: 'mF_9.B5f-4.1JqM', tokenType: 'bearer', expiresAt: 300000, issuedAt: 0 },
  ],
];

/** Answers that are no RFC 6749 5.1 token response: [what, body]; each is INVALID_RESPONSE. */
export const invalidResponses = [
  ['RFC 6749 5.1 verbatim (token_type "example")', { ...RFC6749_RESPONSE, token_type: 'example' }],
  ['no access_token', { token_type: 'bearer', expires_in: 3600 }],
  ['an access_token outside RFC 6750 b64token', { ...ZENDESK_RESPONSE, access_token: 'two tokens' }],
  ['DPoP, not Bearer', { ...ZENDESK_RESPONSE, token_type: 'DPoP' }],
  ['no token_type', { access_token: 'gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo' }],
  ['expires_in negative', { ...ZENDESK_RESPONSE, expires_in: -1 }],
  ['expires_in a word', { ...ZENDESK_RESPONSE, expires_in: 'an hour' }],
  ['a JSON array', [ZENDESK_RESPONSE]],
  ['a JSON string', 'gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo'],
];

/**
 * RFC 6749 section 5.2 error answers: [error, HTTP status, code]. The first is what Zendesk
 * answers a spent refresh token (shape as reported by nango.dev; Zendesk deletes the previous
 * access and refresh tokens at every refresh).
 */
export const oauthErrors = [
  ['invalid_grant', 400, 'INVALID_GRANT'],
  ['invalid_client', 401, 'INVALID_CLIENT'],
  ['unauthorized_client', 400, 'UNAUTHORIZED_CLIENT'],
  ['invalid_scope', 400, 'INVALID_SCOPE'],
  ['invalid_request', 400, 'TOKEN_ENDPOINT_ERROR'],
  ['unsupported_grant_type', 400, 'TOKEN_ENDPOINT_ERROR'],
  ['temporarily_unavailable', 503, 'TOKEN_ENDPOINT_ERROR'],
];
export const ZENDESK_SPENT_DESCRIPTION = 'Token has been expired or revoked.';

/** Answers without an OAuth error: [what, status, body]; each is HTTP_ERROR. */
export const httpErrors = [
  ['a redirect (redirect: manual)', 302, ''],
  ['rate limited', 429, 'Too Many Requests'],
  ['an HTML error page', 500, '<html><body>Internal Server Error</body></html>'],
  ['not found', 404, '{"error":{"title":"No help desk at acme.zendesk.com"}}'],
];

/**
 * RFC 6749 section 2.3.1: HTTP Basic client authentication over the
 * application/x-www-form-urlencoded id and secret: [client id, secret, Authorization].
 */
export const basicClientAuth = [
  ['demo_app', CLIENT_SECRET, `Basic ${btoa(`demo_app:${CLIENT_SECRET}`)}`],
  ['s6BhdRkqt3', 'gX1fBat3bV', 'Basic czZCaGRSa3F0MzpnWDFmQmF0M2JW'], // RFC 6749 2.3.1's own example
  ['my app:1', 'p@ss w/ré', `Basic ${btoa('my+app%3A1:p%40ss+w%2Fr%C3%A9')}`],
];

/**
 * RFC 7636 appendix B: the verifier made of the 32 octets shown there, and its S256 challenge,
 * BASE64URL(SHA256(ASCII(code_verifier))).
 */
export const RFC7636_APPENDIX_B = {
  verifier: 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk',
  challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
};

export const AUTHORIZATION_ENDPOINT = 'https://acme.zendesk.com/oauth/authorizations/new';
export const PUBLIC_CLIENT_ID = 'demo_public';
export const REDIRECT_URI = 'https://app.example/callback';

/**
 * Redirect URIs (RFC 6749 3.1.2, RFC 8252 7.3 and 8.3): [uri, accepted]. `https:` anywhere;
 * `http:` only on the loopback IP literals, any port; never `localhost`, another scheme or a
 * fragment.
 */
export const redirectUris = [
  ['https://app.example/callback', true],
  ['http://127.0.0.1:51234/callback', true],
  ['http://[::1]/callback', true],
  ['http://localhost:51234/callback', false],
  ['http://app.example/callback', false],
  ['com.example.app:/callback', false],
  ['https://app.example/callback#frag', false],
];

/**
 * Callbacks (RFC 6749 4.1.2, 4.1.2.1, 3.1), checked before any request: [what, query, code,
 * oauthError]. `STATE` stands for the sign-in's own state; a forged one has its shape.
 */
export const callbacks = [
  ['a forged state', 'code=abc&state=Zm9yZ2VkLXN0YXRlLW9mLWFub3RoZXItc2lnbi1pbiE', 'STATE_MISMATCH'],
  ['no state', 'code=abc', 'INVALID_STATE'],
  ['a state of another shape', 'code=abc&state=xyz', 'INVALID_STATE'],
  ['two codes', 'code=abc&code=def&state=STATE', 'DUPLICATE_PARAMETER'],
  ['two states', 'code=abc&state=STATE&state=STATE', 'DUPLICATE_PARAMETER'],
  ['no code', 'state=STATE', 'MISSING_CODE'],
  [
    'the user denied',
    'error=access_denied&error_description=No&state=STATE',
    'AUTHORIZATION_DENIED',
    'access_denied',
  ],
  ['an invalid scope', 'error=invalid_scope&state=STATE', 'AUTHORIZATION_ERROR', 'invalid_scope'],
  [
    'a server error',
    'error=server_error&error_uri=https%3A%2F%2Fidp.example%2F500&state=STATE',
    'AUTHORIZATION_ERROR',
    'server_error',
  ],
];
