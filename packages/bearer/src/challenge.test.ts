import { describe, expect, it } from 'vitest';
import { expectThrows } from '../../../config/expect-error.ts';
import { type BearerChallengeParams, BearerError, type BearerErrorCode, bearerChallenge } from './index.ts';

describe('bearerChallenge', () => {
  it('builds the RFC 6750 section 3 examples', () => {
    expect(bearerChallenge({ realm: 'example' })).toBe('Bearer realm="example"');
    expect(
      bearerChallenge({
        realm: 'example',
        error: 'invalid_token',
        errorDescription: 'The access token expired',
      }),
    ).toBe('Bearer realm="example", error="invalid_token", error_description="The access token expired"');
  });

  it('is the bare scheme without parameters', () => {
    expect(bearerChallenge()).toBe('Bearer');
    expect(bearerChallenge({})).toBe('Bearer');
    expect(bearerChallenge({ realm: undefined } as unknown as BearerChallengeParams)).toBe('Bearer');
    expect(bearerChallenge(null as unknown as BearerChallengeParams)).toBe('Bearer');
  });

  it('lists every parameter in the RFC order, whatever the order of the object', () => {
    expect(
      bearerChallenge({
        errorUri: 'https://developer.example.com/errors#insufficient_scope',
        errorDescription: 'This request needs tickets:write',
        error: 'insufficient_scope',
        scope: 'tickets:read tickets:write',
        realm: 'Zendesk API',
      }),
    ).toBe(
      'Bearer realm="Zendesk API", scope="tickets:read tickets:write", error="insufficient_scope", ' +
        'error_description="This request needs tickets:write", error_uri="https://developer.example.com/errors#insufficient_scope"',
    );
  });

  it('takes the scope as an array, and leaves an empty array out', () => {
    expect(bearerChallenge({ scope: ['read', 'write'] })).toBe('Bearer scope="read write"');
    expect(bearerChallenge({ scope: [] })).toBe('Bearer');
    expect(bearerChallenge({ scope: ['tickets:read'] })).toBe('Bearer scope="tickets:read"');
  });

  it('quotes a realm with a double quote or a backslash (RFC 9110 quoted-pair)', () => {
    expect(bearerChallenge({ realm: 'say "hi" \\o/' })).toBe('Bearer realm="say \\"hi\\" \\\\o/"');
    expect(bearerChallenge({ realm: '' })).toBe('Bearer realm=""');
  });

  it.each(['invalid_request', 'invalid_token', 'insufficient_scope'] as const)(
    'accepts error=%s',
    (error) => {
      expect(bearerChallenge({ error })).toBe(`Bearer error="${error}"`);
    },
  );

  it('accepts an empty error_description and error_uri (the grammar allows them)', () => {
    expect(bearerChallenge({ errorDescription: '', errorUri: '' })).toBe(
      'Bearer error_description="", error_uri=""',
    );
  });

  it.each<[string, Record<string, unknown>, BearerErrorCode]>([
    ['a realm with a newline', { realm: 'example\r\n' }, 'INVALID_REALM'],
    ['a realm with a control character', { realm: 'a\0b' }, 'INVALID_REALM'],
    ['a non-ASCII realm', { realm: 'Zürich' }, 'INVALID_REALM'],
    ['a non-string realm', { realm: 42 }, 'INVALID_REALM'],
    ['an empty scope', { scope: '' }, 'INVALID_SCOPE'],
    ['a scope with two spaces', { scope: 'a  b' }, 'INVALID_SCOPE'],
    ['a scope with a leading space', { scope: ' a' }, 'INVALID_SCOPE'],
    ['a scope with a quote', { scope: 'a"b' }, 'INVALID_SCOPE'],
    ['a scope with a backslash', { scope: 'a\\b' }, 'INVALID_SCOPE'],
    ['an empty scope token in an array', { scope: ['read', ''] }, 'INVALID_SCOPE'],
    ['a non-string scope', { scope: 7 }, 'INVALID_SCOPE'],
    ['a realm given as an array', { realm: ['a'] }, 'INVALID_REALM'],
    ['a C1 control in a realm', { realm: 'x\u009b31m' }, 'INVALID_REALM'],
    ['a symbol in the scope array', { scope: [Symbol('read')] }, 'INVALID_SCOPE'],
    ['a null-prototype object in the scope array', { scope: ['read', Object.create(null)] }, 'INVALID_SCOPE'],
    ['numbers and booleans in the scope array', { scope: [1, true] }, 'INVALID_SCOPE'],
    ['a nested array in the scope array', { scope: [['a', 'b']] }, 'INVALID_SCOPE'],
    ['two scope-tokens in one element', { scope: ['read', 'a b'] }, 'INVALID_SCOPE'],
    ['a hole in the scope array', { scope: Object.assign(['read'], { 2: 'write' }) }, 'INVALID_SCOPE'],
    ['a quote in a scope element', { scope: ['a"'] }, 'INVALID_SCOPE'],
    ['an unknown error', { error: 'expired' }, 'INVALID_ERROR'],
    ['an upper-case error', { error: 'INVALID_TOKEN' }, 'INVALID_ERROR'],
    ['a description with a quote', { errorDescription: 'say "hi"' }, 'INVALID_ERROR_DESCRIPTION'],
    ['a description with a backslash', { errorDescription: 'C:\\' }, 'INVALID_ERROR_DESCRIPTION'],
    ['a description with a newline', { errorDescription: 'a\nb' }, 'INVALID_ERROR_DESCRIPTION'],
    ['a non-ASCII description', { errorDescription: 'expiré' }, 'INVALID_ERROR_DESCRIPTION'],
    ['a URI with a space', { errorUri: 'https://example.com/a b' }, 'INVALID_ERROR_URI'],
    ['a URI with a quote', { errorUri: 'https://example.com/"' }, 'INVALID_ERROR_URI'],
  ])('refuses %s with %s, naming the parameter', (_, params, code) => {
    const error = expectThrows(() => bearerChallenge(params as BearerChallengeParams), BearerError, code);
    expect(error.message).toBe(`[@auth/bearer] ${Object.keys(params)[0]} must follow RFC 6750 section 3`);
  });

  it('refuses a key that is none of the five, naming it and the five (a misspelling is not left out)', () => {
    for (const params of [{ reallm: 'x' }, { realm: 'x', error_uri: 'https://e.example/' }, { params: {} }]) {
      const error = expectThrows(
        () => bearerChallenge(params as BearerChallengeParams),
        BearerError,
        'UNKNOWN_PARAMETER',
      );
      const key = Object.keys(params).at(-1);
      expect(error.message).toBe(
        `[@auth/bearer] ${key} is not an RFC 6750 parameter; use realm, scope, error, errorDescription, errorUri`,
      );
    }
  });

  it('refuses a scope array element that is not one scope-token', () => {
    for (const scope of [[Symbol()], [Object.create(null)], [1, true], [['a', 'b']], ['a b']]) {
      const error = expectThrows(
        () => bearerChallenge({ scope } as unknown as BearerChallengeParams),
        BearerError,
        'INVALID_SCOPE',
      );
      expect(error.message).toBe('[@auth/bearer] scope must follow RFC 6750 section 3');
    }
  });

  it('refuses a non-string parameter with its INVALID_ code, not NOT_A_STRING', () => {
    for (const key of ['realm', 'scope', 'error', 'errorDescription', 'errorUri']) {
      const error = expectThrows(
        () => bearerChallenge({ [key]: 42 } as BearerChallengeParams),
        BearerError,
        `INVALID_${key.replace(/[A-Z]/, '_$&').toUpperCase()}` as BearerErrorCode,
      );
      expect(error.message).toBe(`[@auth/bearer] ${key} must follow RFC 6750 section 3`);
    }
  });

  it('refuses a challenge over BEARER_MAX_LENGTH, which parseBearerChallenge would refuse', () => {
    expectThrows(() => bearerChallenge({ errorDescription: 'x'.repeat(16384) }), BearerError, 'TOO_LONG', {
      words: ['WWW-Authenticate value is over 16384 characters'],
    });
  });
});
