import { describe, expect, it } from 'vitest';
import { expectThrows } from '../../../config/expect-error.ts';
import { messages } from '../../../conformance/vectors/bearer.js';
import { BEARER_MAX_LENGTH, BearerError, type BearerErrorCode, parseBearerChallenge } from './index.ts';

/** A header value as fetch() gives it: each UTF-8 byte one character U+0000-00FF. */
const bytes = (text: string) => String.fromCharCode(...new TextEncoder().encode(text));

describe('parseBearerChallenge', () => {
  it('reads the RFC 6750 section 3 examples', () => {
    expect(parseBearerChallenge('Bearer realm="example"')).toStrictEqual({ realm: 'example' });
    expect(
      parseBearerChallenge(
        'Bearer realm="example", error="invalid_token", error_description="The access token expired"',
      ),
    ).toStrictEqual({
      realm: 'example',
      error: 'invalid_token',
      errorDescription: 'The access token expired',
    });
  });

  it('reads every parameter and omits absent ones', () => {
    expect(parseBearerChallenge('Bearer')).toStrictEqual({});
    expect(
      parseBearerChallenge(
        'Bearer realm="api", scope="read write", error="insufficient_scope", error_description="Needs write", error_uri="https://example.com/e#1"',
      ),
    ).toStrictEqual({
      realm: 'api',
      scope: 'read write',
      error: 'insufficient_scope',
      errorDescription: 'Needs write',
      errorUri: 'https://example.com/e#1',
    });
  });

  it('gives the other parameters in params, by lower-cased name (RFC 9728 resource_metadata)', () => {
    const url = 'https://api.example.com/.well-known/oauth-protected-resource';
    expect(parseBearerChallenge(`Bearer resource_metadata="${url}"`)).toStrictEqual({
      params: { resource_metadata: url },
    });
    expect(
      parseBearerChallenge(`Bearer error="invalid_token", Resource_Metadata="${url}", scope="a", max_age=0`),
    ).toStrictEqual({ error: 'invalid_token', scope: 'a', params: { resource_metadata: url, max_age: '0' } });
    // A parameter named like an Object.prototype key stays an own, plain value.
    const odd = parseBearerChallenge('Bearer __proto__="x", constructor=y');
    expect(Object.getPrototypeOf(odd.params)).toBe(Object.prototype);
    expect(Object.entries(odd.params ?? {})).toStrictEqual([
      ['__proto__', 'x'],
      ['constructor', 'y'],
    ]);
  });

  it('reads the first of several Bearer challenges; what follows it is not read', () => {
    expect(parseBearerChallenge('Bearer realm="a", Bearer realm="b", error="invalid_token"')).toStrictEqual({
      realm: 'a',
    });
    expect(parseBearerChallenge('Bearer realm="a", Basic realm="unclosed')).toStrictEqual({ realm: 'a' });
    expect(parseBearerChallenge('Bearer realm="a", Newauth foo bar "')).toStrictEqual({ realm: 'a' });
  });

  it.each([
    ['other schemes first', 'Basic realm="x", Negotiate, Bearer realm="y"', { realm: 'y' }],
    [
      'a token68 scheme first',
      'Negotiate YIIJvwYGKwYBBQUCoIIJszCCCa+gJDAi==, Bearer error="invalid_token"',
      { error: 'invalid_token' },
    ],
    ['a scheme after Bearer', 'Bearer realm="a", Basic realm="b", error="x"', { realm: 'a' }],
    ['a lower-case scheme', 'bearer realm="a"', { realm: 'a' }],
    ['upper-case names', 'BEARER REALM="a", Error="invalid_token"', { realm: 'a', error: 'invalid_token' }],
    ['unquoted values', 'Bearer realm=api, error=invalid_token', { realm: 'api', error: 'invalid_token' }],
    [
      'spaces around "=" (RFC 9110 11.2: BWS)',
      'Bearer realm = "a" , error =\tinvalid_token',
      { realm: 'a', error: 'invalid_token' },
    ],
    ['a tab after the scheme, read as a space', 'Bearer\trealm="a"', { realm: 'a' }],
    [
      'commas and spaces to spare',
      ' , Bearer  realm="a" ,, error="invalid_token" , ',
      { realm: 'a', error: 'invalid_token' },
    ],
    ['a comma after the scheme and its space', 'Bearer , realm="a"', { realm: 'a' }],
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
    ['HTAB inside a quoted string', 'Bearer realm="a\tb"', { realm: 'a\tb' }],
  ])('tolerates %s', (_, value, expected) => {
    expect(parseBearerChallenge(value)).toStrictEqual(expected);
  });

  describe('non-ASCII text (RFC 9110 5.5 obs-text, %x80-FF)', () => {
    it('decodes UTF-8 bytes, as fetch() gives them, in every quoted value', () => {
      for (const text of [
        'The token isn’t valid',
        'Zugriffstoken ungültig',
        'アクセストークンの有効期限切れ',
        '✓ 🔑',
      ]) {
        const value = `Basic realm="${bytes('Zürich')}", Bearer error="invalid_token", error_description="${bytes(text)}"`;
        expect(parseBearerChallenge(value), text).toStrictEqual({
          error: 'invalid_token',
          errorDescription: text,
        });
      }
      // '’' is E2 80 99 and 'ě' C4 9B: bytes in the C1 range, which are not control characters here.
      expect(parseBearerChallenge(`Bearer realm="${bytes('Plzeň ’ě’')}"`)).toStrictEqual({
        realm: 'Plzeň ’ě’',
      });
    });

    it('keeps text that is not UTF-8 as received (Latin-1), and text already decoded', () => {
      expect(parseBearerChallenge('Bearer realm="Z\xfcrich"')).toStrictEqual({ realm: 'Zürich' });
      expect(parseBearerChallenge('Bearer realm="Zürich – 東京"')).toStrictEqual({ realm: 'Zürich – 東京' });
    });

    it('shows a C1 control left in the text as U+FFFD: no terminal escape reaches a log', () => {
      // CSI (U+009B) raw, encoded as UTF-8 (C2 9B), and windows-1252's apostrophe (0x92) raw.
      expect(
        parseBearerChallenge('Bearer error="invalid_token", error_description="x\x9b31m"'),
      ).toStrictEqual({
        error: 'invalid_token',
        errorDescription: 'x\ufffd31m',
      });
      expect(parseBearerChallenge(`Bearer realm="${bytes('x\u009b31m')}"`)).toStrictEqual({
        realm: 'x\ufffd31m',
      });
      expect(parseBearerChallenge('Bearer realm="isn\x92t"')).toStrictEqual({ realm: 'isn\ufffdt' });
    });

    it('refuses obs-text outside a quoted string, as the grammar does', () => {
      expectThrows(() => parseBearerChallenge('Bearer realm=Z\xfcrich'), BearerError, 'MALFORMED_CHALLENGE');
    });
  });

  it.each<[string, unknown, BearerErrorCode]>([
    ['an empty value', '', 'NO_BEARER_CHALLENGE'],
    ['a missing value (no WWW-Authenticate header)', null, 'NO_BEARER_CHALLENGE'],
    ['only another scheme', 'Basic realm="x"', 'NO_BEARER_CHALLENGE'],
    ['Bearer as a parameter value', 'Basic realm=Bearer', 'NO_BEARER_CHALLENGE'],
    ['a parameter before any scheme', 'realm="x", Bearer', 'MALFORMED_CHALLENGE'],
    ['an unclosed quoted string', 'Bearer realm="x', 'MALFORMED_CHALLENGE'],
    ['a missing comma', 'Bearer realm="x" error="y"', 'MALFORMED_CHALLENGE'],
    ['a parameter twice', 'Bearer realm="x", realm="y"', 'MALFORMED_CHALLENGE'],
    ['a parameter twice, in another case', 'Bearer realm="x", REALM="y"', 'MALFORMED_CHALLENGE'],
    ['a missing value', 'Bearer error="x", realm=', 'MALFORMED_CHALLENGE'],
    ['a token68 after a parameter', 'Bearer realm="x", abc==', 'MALFORMED_CHALLENGE'],
    ['a parameter after a token68', 'Bearer abc, realm="x"', 'MALFORMED_CHALLENGE'],
    ['a parameter after a scheme and a comma', 'Bearer, realm="x"', 'MALFORMED_CHALLENGE'],
    ['words where parameters should be', 'Bearer foo bar', 'MALFORMED_CHALLENGE'],
    ['words before Bearer', 'Newauth foo bar, Bearer realm="b"', 'MALFORMED_CHALLENGE'],
    ['a lone quote', '"', 'MALFORMED_CHALLENGE'],
    ['a malformed challenge before Bearer', 'Basic realm="x, Bearer realm="y"', 'MALFORMED_CHALLENGE'],
    ['a trailing newline', 'Bearer realm="x"\n', 'WHITESPACE'],
    ['a newline inside (header injection)', 'Bearer realm="x"\r\nSet-Cookie: a=b', 'CONTROL_CHARACTER'],
    ['NUL in a quoted string', 'Bearer realm="\0"', 'CONTROL_CHARACTER'],
    ['DEL in a quoted string', 'Bearer realm="\x7f"', 'CONTROL_CHARACTER'],
    ['a non-string', 42, 'NOT_A_STRING'],
  ])('refuses %s with %s', (_, value, code) => {
    expectThrows(() => parseBearerChallenge(value as string), BearerError, code, {
      words: [messages.challenge],
    });
  });

  it('refuses a value over BEARER_MAX_LENGTH before reading it', () => {
    expectThrows(
      () => parseBearerChallenge(`Bearer realm="${'a'.repeat(BEARER_MAX_LENGTH)}"`),
      BearerError,
      'TOO_LONG',
      { words: [messages.challenge] },
    );
  });

  it('can be called again after an error (no state left in the sticky patterns)', () => {
    expectThrows(() => parseBearerChallenge('Bearer realm="x'), BearerError, 'MALFORMED_CHALLENGE');
    expect(parseBearerChallenge('Bearer realm="x"')).toStrictEqual({ realm: 'x' });
  });
});
