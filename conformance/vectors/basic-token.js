// Spec vectors of @auth/basic-token, as data: RFC 7617 (sections 2 and 2.1), RFC 9110
// (sections 5.6.3 and 11), RFC 4648 (section 4), the Zendesk "Security and authentication"
// page, and the grammar's edge cases. The suite in ../suites/basic-token.js runs them in every
// runtime.

/**
 * The message of each field's errors, after the `[@auth/basic-token] ` prefix: the field and what
 * it must be. The code says what is wrong (one message per field, the code per condition).
 */
export const messages = {
  email: 'email must be an address, trimmed, without ":" or "/token"',
  token: 'token must be the API token, trimmed',
  password: 'password must be the password, trimmed',
  username: 'username must be the user-id, trimmed, without ":"',
  // An unset or empty value (undefined, null or '': an environment variable not set) says so.
  missingEmail: 'email is missing; pass an address, trimmed, without ":" or "/token"',
  missingToken: 'token is missing; pass the API token, trimmed',
  missingPassword: 'password is missing; pass the password, trimmed',
  missingUsername: 'username is missing; pass the user-id, trimmed, without ":"',
  authorization: 'Authorization value must be "Basic <base64 of user-id:password>" (RFC 7617)',
  tooLong: 'Authorization value is over 8192 characters',
};

/** The Zendesk page's example: the email, the API token, and the header it documents. */
export const ZENDESK = {
  email: 'jdoe@example.com',
  token: '6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv',
  credentials: 'jdoe@example.com/token:6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv',
  header: 'Basic amRvZUBleGFtcGxlLmNvbS90b2tlbjo2d2lJQldiR2tCTW8xbVJETXVWd2t3MUVQc05rZVVqOTVQSXoyYWt2',
  // "If authenticating over HTTP, url-encode the slash character in {email_address}/token as %2F."
  userinfo: 'jdoe%40example.com%2Ftoken:6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv',
};

/** encodeBasic(username, password) -> header: [what, username, password, header]. */
export const encodings = [
  ['RFC 7617 section 2', 'Aladdin', 'open sesame', 'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=='],
  ['RFC 7617 section 2.1 (UTF-8)', 'test', '123£', 'Basic dGVzdDoxMjPCow=='],
  ['RFC 4648 section 4: a last group of one byte ("==")', 'fo', 'o', 'Basic Zm86bw=='],
  ['a last group of two bytes ("=")', 'fo', 'ob', 'Basic Zm86b2I='],
  ['no padding', 'fo', 'oba', 'Basic Zm86b2Jh'],
  ['an empty password', 'sk_test_123', '', 'Basic c2tfdGVzdF8xMjM6'],
  ['colons in the password', 'user', 'a:b', 'Basic dXNlcjphOmI='],
  ['a two-byte character (U+00E9)', 'é', 'x', 'Basic w6k6eA=='],
  ['a three-byte character (U+20AC)', 'x', '€', 'Basic eDrigqw='],
  ['a four-byte character (U+1F600)', 'x', '😀', 'Basic eDrwn5iA'],
  ['U+00FF is two bytes, never Latin-1 0xFF', 'a', 'ÿ', 'Basic YTrDvw=='],
];

/** decodeBasic(value) -> { username, password }: [what, value, username, password]. */
export const decodings = [
  ['RFC 7617 section 2', 'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==', 'Aladdin', 'open sesame'],
  ['RFC 7617 section 2.1 (UTF-8)', 'Basic dGVzdDoxMjPCow==', 'test', '123£'],
  ['the Zendesk header', ZENDESK.header, `${ZENDESK.email}/token`, ZENDESK.token],
  [
    'RFC 9110 11.1: the scheme is case-insensitive',
    'bAsIc QWxhZGRpbjpvcGVuIHNlc2FtZQ==',
    'Aladdin',
    'open sesame',
  ],
  ['BASIC', 'BASIC QWxhZGRpbjpvcGVuIHNlc2FtZQ==', 'Aladdin', 'open sesame'],
  ['RFC 9110 11.4: 1*SP after the scheme', 'Basic    QWxhZGRpbjpvcGVuIHNlc2FtZQ==', 'Aladdin', 'open sesame'],
  [
    'RFC 9110 5.6.3: OWS around the value',
    ' \tBasic QWxhZGRpbjpvcGVuIHNlc2FtZQ==\t ',
    'Aladdin',
    'open sesame',
  ],
  ['the first colon splits', 'Basic dXNlcjphOmI=', 'user', 'a:b'],
  ['an empty password', 'Basic c2tfdGVzdF8xMjM6', 'sk_test_123', ''],
  ['a leading BOM stays a character', 'Basic 77u/dXNlcjpwdw==', '\ufeffuser', 'pw'],
  ['a four-byte character', 'Basic eDrwn5iA', 'x', '😀'],
];

/** decodeBasic(value) refused: [what, value, code]. */
export const invalidDecodings = [
  ['another scheme', 'Bearer gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo', 'WRONG_SCHEME'],
  ['no space after the scheme', 'BasicQWxhZGRpbjpvcGVuIHNlc2FtZQ==', 'WRONG_SCHEME'],
  ['empty', '', 'WRONG_SCHEME'],
  ['blank', '  \t ', 'WRONG_SCHEME'],
  ['the scheme alone', 'Basic', 'INVALID_BASE64'],
  ['the scheme and a space', 'Basic ', 'INVALID_BASE64'],
  ['RFC 9110 11.4: a tab is not SP', 'Basic\tQWxhZGRpbjpvcGVuIHNlc2FtZQ==', 'WRONG_SCHEME'],
  ['a tab after the scheme, then SP', 'bAsIc\t QWxhZGRpbjpvcGVuIHNlc2FtZQ==', 'WRONG_SCHEME'],
  ['SP, then a tab', 'Basic \tQWxhZGRpbjpvcGVuIHNlc2FtZQ==', 'INVALID_BASE64'],
  ['RFC 9110 5.5: a tab inside (a field may hold one, base64 not)', 'Basic QWxh\tZGRp', 'INVALID_BASE64'],
  ['RFC 4648 3.2: padding missing', 'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ', 'INVALID_BASE64'],
  ['padding short', 'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=', 'INVALID_BASE64'],
  ['three "="', 'Basic QQ===', 'INVALID_BASE64'],
  ['"=" inside', 'Basic QWxh=ZGRp', 'INVALID_BASE64'],
  ['RFC 4648 3.3: a space inside', 'Basic QWxh ZGRpbjpvcGVuIHNlc2FtZQ==', 'INVALID_BASE64'],
  ['a line feed inside (atob would skip it)', 'Basic QWxh\nZGRpbjpvcGVuIHNlc2FtZQ==', 'CONTROL_CHARACTER'],
  ['RFC 4648 5: base64url is not base64', 'Basic QW-hZGRp', 'INVALID_BASE64'],
  ['a non-ASCII character', 'Basic QWxhZGRpé===', 'INVALID_BASE64'],
  ['a second token', 'Basic Og== Og==', 'INVALID_BASE64'],
  ['RFC 7617 2.1: 0xFF is not UTF-8', 'Basic dXNlcjr/', 'INVALID_UTF8'],
  ['RFC 3629: Latin-1 0xA3 alone is not UTF-8', 'Basic dXNlcjoxMjOj', 'INVALID_UTF8'],
  ['RFC 3629: an encoded surrogate is not UTF-8', 'Basic dXNlcjrtoIA=', 'INVALID_UTF8'],
  ['RFC 7617 2: no colon', 'Basic QWxhZGRpbg==', 'MISSING_COLON'],
  ['RFC 7617 2: CR LF in the password', 'Basic dXNlcjpwdw0K', 'CONTROL_CHARACTER'],
  ['RFC 7617 2: NUL in the user-id', 'Basic dQB1OnB3', 'CONTROL_CHARACTER'],
  ['a C1 control (U+0085)', 'Basic dXNlcjrChQ==', 'CONTROL_CHARACTER'],
  // RFC 9110 5.5: no CTL but HTAB in a field value. Header injection, not bad base64.
  ['CR LF after the value', 'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==\r\n', 'CONTROL_CHARACTER'],
  ['NUL inside the value', 'Basic QWxh\u0000ZGRp', 'CONTROL_CHARACTER'],
  ['CR and a second header', 'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==\rX-Admin: 1', 'CONTROL_CHARACTER'],
  ['a form feed inside', 'Basic QWxhZGRp\fbjpvcGVuIHNlc2FtZQ==', 'CONTROL_CHARACTER'],
  ['DEL after the value', 'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==\x7f', 'CONTROL_CHARACTER'],
  ['a C1 control in the value', 'Basic QWxh\u0085ZGRp', 'CONTROL_CHARACTER'],
  ['LF before the scheme', '\nBasic QWxhZGRpbjpvcGVuIHNlc2FtZQ==', 'CONTROL_CHARACTER'],
  ['CR LF as the separator', 'Basic\r\nQWxhZGRpbjpvcGVuIHNlc2FtZQ==', 'CONTROL_CHARACTER'],
];

/** decodeBasic(value, { maxLength }) refused with INVALID_OPTION: not a positive safe integer. */
export const invalidMaxLengths = [
  Number.NaN,
  -1,
  0,
  1.5,
  Number.POSITIVE_INFINITY,
  2 ** 53,
  '8192',
  8192n,
  Symbol('8192'),
  {},
];

/** parseBasicToken(value): [what, value, expected result or error code]. */
export const parsings = [
  ['the Zendesk header', ZENDESK.header, { kind: 'api-token', email: ZENDESK.email, token: ZENDESK.token }],
  [
    'a legacy password',
    'Basic amRvZUBleGFtcGxlLmNvbTpodW50ZXIy',
    {
      kind: 'password',
      email: 'jdoe@example.com',
      password: 'hunter2',
    },
  ],
  [
    '"/TOKEN" is not "/token"',
    'Basic YUBiLmMvVE9LRU46eA==',
    { kind: 'password', email: 'a@b.c/TOKEN', password: 'x' },
  ],
  ['a colon in the token', 'Basic YUBiLmMvdG9rZW46eDp5', { kind: 'api-token', email: 'a@b.c', token: 'x:y' }],
  ['"/token" and no email', 'Basic L3Rva2VuOmFiYw==', 'EMPTY_EMAIL'],
  ['no user-id', 'Basic OmFiYw==', 'EMPTY_EMAIL'],
  ['an empty token', 'Basic YUBiLmMvdG9rZW46', 'EMPTY_TOKEN'],
  ['an empty password', 'Basic YUBiLmM6', 'EMPTY_PASSWORD'],
  ['"/token/token"', 'Basic YUBiLmMvdG9rZW4vdG9rZW46YWJj', 'EMAIL_ENDS_WITH_TOKEN'],
  ['another scheme', 'Bearer gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo', 'WRONG_SCHEME'],
];

/** Inputs every token encoder refuses: [what, { email, token }, code, the field the message names]. */
export const invalidTokenInputs = [
  ['an empty email', { email: '', token: ZENDESK.token }, 'EMPTY_EMAIL', 'missingEmail'],
  ['no email', { token: ZENDESK.token }, 'EMPTY_EMAIL', 'missingEmail'],
  ['an empty token', { email: ZENDESK.email, token: '' }, 'EMPTY_TOKEN', 'missingToken'],
  ['a number as the token', { email: ZENDESK.email, token: 42 }, 'NOT_A_STRING', 'token'],
  ['the pasted newline', { email: ZENDESK.email, token: `${ZENDESK.token}\n` }, 'WHITESPACE', 'token'],
  ['a pasted CRLF', { email: ZENDESK.email, token: `${ZENDESK.token}\r\n` }, 'WHITESPACE', 'token'],
  ['a leading space', { email: ZENDESK.email, token: ` ${ZENDESK.token}` }, 'WHITESPACE', 'token'],
  [
    'a no-break space after the email',
    { email: `${ZENDESK.email}\u00a0`, token: ZENDESK.token },
    'WHITESPACE',
    'email',
  ],
  [
    'CRLF inside (header injection)',
    { email: ZENDESK.email, token: `${ZENDESK.token}\r\nX-Admin: 1` },
    'CONTROL_CHARACTER',
    'token',
  ],
  ['NUL in the email', { email: 'jdoe\0@example.com', token: ZENDESK.token }, 'CONTROL_CHARACTER', 'email'],
  [
    'DEL in the token',
    { email: ZENDESK.email, token: `${ZENDESK.token}\x7fx` },
    'CONTROL_CHARACTER',
    'token',
  ],
  [
    'a lone surrogate',
    { email: ZENDESK.email, token: `${ZENDESK.token}\ud800x` },
    'INVALID_UNICODE',
    'token',
  ],
  [
    'a colon in the email',
    { email: 'jdoe:x@example.com', token: ZENDESK.token },
    'COLON_IN_USERNAME',
    'email',
  ],
  [
    'an email ending in /token',
    { email: `${ZENDESK.email}/token`, token: ZENDESK.token },
    'EMAIL_ENDS_WITH_TOKEN',
    'email',
  ],
];

/** redactBasic(value) -> text for logs: [what, value, expected]. */
export const redactions = [
  ['an API token', ZENDESK.header, 'Basic jdoe@example.com/token:****'],
  ['a password', 'Basic amRvZUBleGFtcGxlLmNvbTpodW50ZXIy', 'Basic jdoe@example.com:****'],
  ['another scheme', 'Bearer gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo', 'Basic [unparseable]'],
  ['bad base64', `${ZENDESK.header}!`, 'Basic [unparseable]'],
  ['no colon', 'Basic QWxhZGRpbg==', 'Basic [unparseable]'],
  ['not a string', undefined, 'Basic [unparseable]'],
  ['U+2028 in the user-id: not an email address, masked', 'Basic YeKAqGJAYy5kOng=', 'Basic ****:****'],
  ['U+202E in the user-id', 'Basic YeKArmJAYy5kL3Rva2VuOng=', 'Basic ****/token:****'],
  ['U+2066 in the user-id', 'Basic YeKBpmJAYy5kOng=', 'Basic ****:****'],
];

/**
 * redactBasic shows the user-id only when it is an email address (RFC 5322 dot-atom, RFC 6531
 * UTF-8): [user-id, what it shows]. An API key or a token as the user-id is masked.
 */
export const redactedUserIds = [
  ['jdoe@example.com', 'jdoe@example.com'],
  ['first.last+tag@mail.example.co.uk', 'first.last+tag@mail.example.co.uk'],
  ['zoë@exämple.com', 'zoë@exämple.com'],
  ['sk_live_51HqLyjWDarjtT1zdp7dc', '****'],
  [ZENDESK.token, '****'],
  ['p@ssw0rd', '****'],
  ['user@localhost', '****'],
  ['jdoe@example.c0m', '****'],
  ['jd..oe@example.com', '****'],
  ['"jdoe"@example.com', '****'],
  ['admin\u202e@example.com', '****'],
];

/** RFC 4648 3.5: base64 whose bits after the last byte are not zero (atob takes them all). */
export const nonCanonical = [
  'Basic Oh==',
  'Basic Ov==',
  'Basic QWxhZGRpbjpvcGVuIHNlc2FtZR==',
  'Basic YTpiYz1=',
];
