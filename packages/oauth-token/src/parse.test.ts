import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { expectThrows } from '../../../config/expect-error.ts';
import { OAuthTokenError, parseTokenResponse } from './index.ts';

const ACCESS = '2YotnFZFEjr1zCsicMWpAA';
const REFRESH = 'tGzv3JOkF0XG5Qx2TlKWIA';
/** RFC 6749 section 5.1's example response. */
const RFC_6749 = {
  access_token: ACCESS,
  token_type: 'example',
  expires_in: 3600,
  refresh_token: REFRESH,
  example_parameter: 'example_value',
};
const BEARER = { ...RFC_6749, token_type: 'Bearer' };

describe('parseTokenResponse', () => {
  it('reads an RFC 6749 5.1 response, expiry counted from when the request was sent', () => {
    const set = parseTokenResponse(BEARER, 10_000);
    expect({ ...set }).toEqual({
      accessToken: ACCESS,
      tokenType: 'bearer',
      expiresAt: 3_610_000,
      issuedAt: 10_000,
      refreshToken: REFRESH,
    });
    expect(Object.isFrozen(set)).toBe(true);
  });

  it('reads the response Zendesk documents: lower-case bearer, scope, refresh_token_expires_in', () => {
    const set = parseTokenResponse(
      {
        access_token: 'gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo',
        token_type: 'bearer',
        scope: 'read write',
        expires_in: 1800,
        refresh_token: '31048ba2b5c5d9b1fa2b3b4f5c3d1e2f',
        refresh_token_expires_in: 2_592_000,
      },
      0,
    );
    expect(set.scope).toBe('read write');
    expect(set.expiresAt).toBe(1_800_000);
    expect(set.refreshTokenExpiresAt).toBe(2_592_000_000);
  });

  it('compares token_type case-insensitively and takes a numeric-string expires_in', () => {
    expect(parseTokenResponse({ ...BEARER, token_type: 'BEARER', expires_in: '3600' }, 0).expiresAt).toBe(
      3_600_000,
    );
    expect(parseTokenResponse({ ...BEARER, expires_in: '0.5' }, 0).expiresAt).toBe(500);
  });

  it('gives expiresAt null without expires_in, and leaves absent fields out', () => {
    const set = parseTokenResponse(
      { access_token: ACCESS, token_type: 'bearer', expires_in: null, scope: null },
      5,
    );
    expect({ ...set }).toEqual({ accessToken: ACCESS, tokenType: 'bearer', expiresAt: null, issuedAt: 5 });
    expect('refreshToken' in set).toBe(false);
  });

  it('redacts the set in JSON and inspect output; a spread copies the real values for a store', () => {
    const set = parseTokenResponse(BEARER, 0);
    expect(JSON.stringify(set)).toBe(
      '{"accessToken":"2Yot****","tokenType":"bearer","expiresAt":3600000,"issuedAt":0,"refreshToken":"tGzv****"}',
    );
    expect(inspect(set)).not.toContain(ACCESS);
    expect(inspect({ nested: [set] }, { depth: 5 })).not.toContain(REFRESH);
    expect(JSON.stringify({ ...set })).toContain(REFRESH);
    expect(structuredClone(set).accessToken).toBe(ACCESS);
  });

  it.each([
    ['not an object', 'nope', 'token response must be an object, got string'],
    ['an array', [BEARER], 'token response must be an object, got array'],
    ['null', null, 'token response is missing; pass a JSON object'],
    ['no access_token', { token_type: 'bearer' }, 'token response access_token must be an RFC 6750 b64token'],
    [
      'a numeric access_token',
      { ...BEARER, access_token: 42 },
      'token response access_token must be an RFC 6750 b64token',
    ],
    [
      'an access_token outside b64token',
      { ...BEARER, access_token: `${ACCESS} x` },
      'token response access_token must be an RFC 6750 b64token',
    ],
    ['RFC 6749 token_type "example"', RFC_6749, 'token response token_type must be "bearer", got "example"'],
    [
      'a mac token_type',
      { ...BEARER, token_type: 'mac' },
      'token response token_type must be "bearer", got "mac"',
    ],
    ['no token_type', { access_token: ACCESS }, 'token response token_type must be "bearer", got undefined'],
    [
      'a negative expires_in',
      { ...BEARER, expires_in: -1 },
      'token response expires_in must be a number of seconds, got number',
    ],
    [
      'a word as expires_in',
      { ...BEARER, expires_in: 'soon' },
      'token response expires_in must be a number of seconds, got string',
    ],
    [
      'an infinite expires_in',
      { ...BEARER, expires_in: Infinity },
      'token response expires_in must be a number of seconds, got number',
    ],
    [
      'a bad refresh_token_expires_in',
      { ...BEARER, refresh_token_expires_in: '1e9' },
      'token response refresh_token_expires_in must be a number of seconds, got string',
    ],
    ['a numeric scope', { ...BEARER, scope: 7 }, 'token response scope must be a string, got number'],
    [
      'an empty refresh_token',
      { ...BEARER, refresh_token: '' },
      'token response refresh_token is empty; pass a refresh token',
    ],
  ])('refuses %s with INVALID_RESPONSE, never showing a token', (_, body, message) => {
    const error = expectThrows(() => parseTokenResponse(body, 0), OAuthTokenError, 'INVALID_RESPONSE', {
      secrets: [ACCESS, REFRESH],
    });
    expect(error.message).toBe(`[@auth/oauth-token] ${message}`);
    expect(error.cause).toBeUndefined(); // never the body: it holds live tokens (oauth4webapi does that)
  });

  it('refuses a sentAt that is not a number as misuse', () => {
    const error = expectThrows(
      () => parseTokenResponse(BEARER, '0' as unknown as number),
      OAuthTokenError,
      'INVALID_OPTION',
    );
    expect(error.message).toBe('[@auth/oauth-token] sentAt must be epoch milliseconds, got string');
  });

  it('quotes a strange token_type sanitised', () => {
    const error = expectThrows(
      () => parseTokenResponse({ ...BEARER, token_type: 'DPoP\r\nX-Injected: 1' }, 0),
      OAuthTokenError,
      'INVALID_RESPONSE',
    );
    expect(error.message).toContain('got "DPoP X-Injected: 1"');
  });
});
