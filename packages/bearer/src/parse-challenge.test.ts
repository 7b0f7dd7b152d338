import { describe, expect, it } from 'vitest';
import { expectError } from './expect-error.test-util.ts';
import { BEARER_MAX_LENGTH, type BearerErrorCode, parseBearerChallenge } from './index.ts';

describe('parseBearerChallenge', () => {
  it('reads the RFC 6750 section 3 examples', () => {
    expect(parseBearerChallenge('Bearer realm="example"')).toEqual({ realm: 'example' });
    expect(
      parseBearerChallenge(
        'Bearer realm="example", error="invalid_token", error_description="The access token expired"',
      ),
    ).toEqual({ realm: 'example', error: 'invalid_token', errorDescription: 'The access token expired' });
  });

  it('reads every parameter and omits absent ones', () => {
    expect(parseBearerChallenge('Bearer')).toEqual({});
    expect(
      parseBearerChallenge(
        'Bearer realm="api", scope="read write", error="insufficient_scope", error_description="Needs write", error_uri="https://example.com/e#1"',
      ),
    ).toEqual({
      realm: 'api',
      scope: 'read write',
      error: 'insufficient_scope',
      errorDescription: 'Needs write',
      errorUri: 'https://example.com/e#1',
    });
  });

  it.each([
    ['other schemes first', 'Basic realm="x", Negotiate, Bearer realm="y"', { realm: 'y' }],
    [
      'a token68 scheme first',
      'Negotiate YIIJvwYGKwYBBQUCoIIJszCCCa+gJDAi==, Bearer error="invalid_token"',
      { error: 'invalid_token' },
    ],
    ['a scheme after Bearer', 'Bearer realm="a", Basic realm="b", error="x"', { realm: 'a' }],
    ['two Bearer challenges: the first wins', 'Bearer realm="a", Bearer realm="b"', { realm: 'a' }],
    ['a lower-case scheme', 'bearer realm="a"', { realm: 'a' }],
    ['upper-case names', 'BEARER REALM="a", Error="invalid_token"', { realm: 'a', error: 'invalid_token' }],
    ['unquoted values', 'Bearer realm=api, error=invalid_token', { realm: 'api', error: 'invalid_token' }],
    [
      'spaces around "="',
      'Bearer realm = "a" , error =\tinvalid_token',
      { realm: 'a', error: 'invalid_token' },
    ],
    [
      'extra parameters',
      'Bearer resource_metadata="https://r.example/.well-known/oauth-protected-resource", realm="a", foo=bar',
      { realm: 'a' },
    ],
    [
      'commas and spaces to spare',
      ' , Bearer  realm="a" ,, error="invalid_token" , ',
      { realm: 'a', error: 'invalid_token' },
    ],
    [
      'backslash escapes',
      'Bearer realm="a \\"quoted\\" \\\\ name", error_description="\\x"',
      { realm: 'a "quoted" \\ name', errorDescription: 'x' },
    ],
    [
      'a comma and "Bearer" inside a quoted string',
      'Basic realm="a, Bearer realm=b", Bearer realm="c"',
      { realm: 'c' },
    ],
    ['an empty quoted string', 'Bearer realm=""', { realm: '' }],
    [
      'an extension error code (RFC 6750 11.4)',
      'Bearer error="insufficient_user_authentication"',
      { error: 'insufficient_user_authentication' },
    ],
    ['a token68 on Bearer (ignored)', 'Bearer abc==', {}],
    ['"realm=" alone, which is a token68', 'Bearer realm=', {}],
    ['non-ASCII in a quoted string (obs-text)', 'Bearer realm="Zürich"', { realm: 'Zürich' }],
    ['HTAB inside a quoted string', 'Bearer realm="a\tb"', { realm: 'a\tb' }],
  ])('tolerates %s', (_, value, expected) => {
    expect(parseBearerChallenge(value)).toEqual(expected);
  });

  it.each<[string, string, BearerErrorCode, string[]]>([
    ['an empty value', '', 'NO_BEARER_CHALLENGE', ['WWW-Authenticate value has no Bearer challenge']],
    ['only another scheme', 'Basic realm="x"', 'NO_BEARER_CHALLENGE', ['no Bearer challenge']],
    ['Bearer as a parameter value', 'Basic realm=Bearer', 'NO_BEARER_CHALLENGE', ['no Bearer challenge']],
    ['a parameter before any scheme', 'realm="x", Bearer', 'MALFORMED_CHALLENGE', ['malformed at index 0']],
    ['an unclosed quoted string', 'Bearer realm="x', 'MALFORMED_CHALLENGE', ['malformed at index 7']],
    ['a missing comma', 'Bearer realm="x" error="y"', 'MALFORMED_CHALLENGE', ['malformed at index 7']],
    ['a parameter twice', 'Bearer realm="x", realm="y"', 'MALFORMED_CHALLENGE', ['malformed at index 17']],
    ['a missing value', 'Bearer error="x", realm=', 'MALFORMED_CHALLENGE', ['malformed at index 17']],
    [
      'a token68 after a parameter',
      'Bearer realm="x", abc==',
      'MALFORMED_CHALLENGE',
      ['malformed at index 17'],
    ],
    ['a lone quote', '"', 'MALFORMED_CHALLENGE', ['malformed at index 0']],
    [
      'a malformed challenge before Bearer',
      'Basic realm="x, Bearer realm="y"',
      'MALFORMED_CHALLENGE',
      ['malformed'],
    ],
    ['a trailing newline', 'Bearer realm="x"\n', 'WHITESPACE', ['newline', 'trim it']],
    [
      'a newline inside',
      'Bearer realm="x"\r\nSet-Cookie: a=b',
      'CONTROL_CHARACTER',
      ['control character', 'index 16'],
    ],
    ['NUL in a quoted string', 'Bearer realm="\0"', 'CONTROL_CHARACTER', ['control character']],
    [
      'a C1 control (CSI, a terminal escape) in a quoted string',
      'Bearer realm="x\u009b31m"',
      'CONTROL_CHARACTER',
      ['WWW-Authenticate value has a control character; remove it (index 15)'],
    ],
    ['NEL (U+0085)', 'Bearer realm="\u0085"', 'CONTROL_CHARACTER', ['control character', 'index 14']],
  ])('refuses %s with %s', (_, value, code, words) => {
    expectError(() => parseBearerChallenge(value), code, words);
  });

  it('reads non-ASCII text from U+00A0 on (obs-text), past the C1 controls', () => {
    expect(parseBearerChallenge('Bearer realm="Z\u00fcrich\u00a0"')).toEqual({ realm: 'Z\u00fcrich\u00a0' });
  });

  it('ignores what follows the Bearer challenge, even malformed', () => {
    expect(parseBearerChallenge('Bearer realm="a", Basic realm="unclosed')).toEqual({ realm: 'a' });
    expect(parseBearerChallenge('Bearer realm="a", Newauth foo bar "')).toEqual({ realm: 'a' });
    expect(parseBearerChallenge('Bearer foo bar')).toEqual({});
  });

  it('tolerates words where a token68 or parameters should be, before Bearer', () => {
    expect(parseBearerChallenge('Newauth foo bar, Bearer\trealm="b"')).toEqual({ realm: 'b' });
  });

  it('refuses a value over BEARER_MAX_LENGTH and a non-string', () => {
    expectError(() => parseBearerChallenge(`Bearer realm="${'a'.repeat(BEARER_MAX_LENGTH)}"`), 'TOO_LONG', [
      'WWW-Authenticate value is over 16384 characters',
    ]);
    expectError(() => parseBearerChallenge(null as unknown as string), 'NOT_A_STRING', ['must be a string']);
  });

  it('can be called again after an error (no state left in the sticky pattern)', () => {
    expectError(() => parseBearerChallenge('Bearer realm="x'), 'MALFORMED_CHALLENGE');
    expect(parseBearerChallenge('Bearer realm="x"')).toEqual({ realm: 'x' });
  });
});
