import { describe, expect, it } from 'vitest';
import { expectError } from './expect-error.test-util.ts';
import { type BearerChallengeParams, type BearerErrorCode, bearerChallenge } from './index.ts';

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
    // The array is joined with single spaces: an element may hold several scope tokens.
    expect(bearerChallenge({ scope: ['read write', 'admin'] })).toBe('Bearer scope="read write admin"');
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

  it.each<[string, Record<string, unknown>, BearerErrorCode, string[]]>([
    [
      'a realm with a newline',
      { realm: 'example\r\n' },
      'INVALID_REALM',
      ['realm must match', 'RFC 6750 section 3'],
    ],
    ['a realm with a control character', { realm: 'a\0b' }, 'INVALID_REALM', ['realm']],
    ['a non-ASCII realm', { realm: 'Zürich' }, 'INVALID_REALM', ['realm']],
    ['a non-string realm', { realm: 42 }, 'INVALID_REALM', ['realm']],
    ['an empty scope', { scope: '' }, 'INVALID_SCOPE', ['scope must match']],
    ['a scope with two spaces', { scope: 'a  b' }, 'INVALID_SCOPE', ['scope']],
    ['a scope with a leading space', { scope: ' a' }, 'INVALID_SCOPE', ['scope']],
    ['a scope with a quote', { scope: 'a"b' }, 'INVALID_SCOPE', ['scope']],
    ['a scope with a backslash', { scope: 'a\\b' }, 'INVALID_SCOPE', ['scope']],
    ['an empty scope token in an array', { scope: ['read', ''] }, 'INVALID_SCOPE', ['scope']],
    ['a non-string scope', { scope: 7 }, 'INVALID_SCOPE', ['scope']],
    [
      'an unknown error',
      { error: 'expired' },
      'INVALID_ERROR',
      ['invalid_request|invalid_token|insufficient_scope'],
    ],
    ['an upper-case error', { error: 'INVALID_TOKEN' }, 'INVALID_ERROR', ['error must match']],
    [
      'a description with a quote',
      { errorDescription: 'say "hi"' },
      'INVALID_ERROR_DESCRIPTION',
      ['errorDescription'],
    ],
    [
      'a description with a backslash',
      { errorDescription: 'C:\\' },
      'INVALID_ERROR_DESCRIPTION',
      ['errorDescription'],
    ],
    [
      'a description with a newline',
      { errorDescription: 'a\nb' },
      'INVALID_ERROR_DESCRIPTION',
      ['errorDescription'],
    ],
    [
      'a non-ASCII description',
      { errorDescription: 'expiré' },
      'INVALID_ERROR_DESCRIPTION',
      ['errorDescription'],
    ],
    ['a URI with a space', { errorUri: 'https://example.com/a b' }, 'INVALID_ERROR_URI', ['errorUri']],
    ['a URI with a quote', { errorUri: 'https://example.com/"' }, 'INVALID_ERROR_URI', ['errorUri']],
  ])('refuses %s with %s', (_, params, code, words) => {
    expectError(() => bearerChallenge(params as BearerChallengeParams), code, words);
  });

  it('refuses a challenge over BEARER_MAX_LENGTH, which parseBearerChallenge would refuse', () => {
    expectError(() => bearerChallenge({ errorDescription: 'x'.repeat(16384) }), 'TOO_LONG', [
      'the challenge is over 16384 characters',
    ]);
  });
});
