import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { expectThrows } from '../../../config/expect-error.ts';
import { misuse } from './check.ts';
import { fail } from './errors.ts';
import { OAuthTokenError, redactTokenSet } from './index.ts';
import { sameTokens, sealTokenSet, toTokenSet } from './token-set.ts';

const ACCESS = 'gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo';
const REFRESH = '31048ba2b5c5d9b1fa2b3b4f5c3d1e2f';
const SET = {
  accessToken: ACCESS,
  tokenType: 'bearer',
  expiresAt: 1_800_000,
  issuedAt: 0,
  refreshToken: REFRESH,
} as const;

describe('redactTokenSet', () => {
  it('shows at most 4 characters of each token, and the rest as it is', () => {
    expect(redactTokenSet({ ...SET, scope: 'read', refreshTokenExpiresAt: null })).toEqual({
      accessToken: 'gEry****',
      tokenType: 'bearer',
      expiresAt: 1_800_000,
      issuedAt: 0,
      refreshToken: '3104****',
      refreshTokenExpiresAt: null,
      scope: 'read',
    });
  });

  it('shows a quarter of a short token, nothing of one outside b64token, and drops unknown fields', () => {
    const odd = { ...SET, accessToken: 'abcdefgh', refreshToken: 'has space', idToken: ACCESS } as never;
    expect(redactTokenSet(odd)).toEqual({
      accessToken: 'ab****',
      tokenType: 'bearer',
      expiresAt: 1_800_000,
      issuedAt: 0,
      refreshToken: '****',
    });
  });

  it('never throws', () => {
    expect(redactTokenSet(null as never)).toEqual({ accessToken: '****' });
    expect(redactTokenSet('x' as never)).toEqual({ accessToken: '****' });
  });
});

describe('sealTokenSet', () => {
  it('makes a frozen set whose JSON and inspect output are redacted, and whose spread is real', () => {
    const set = sealTokenSet({ ...SET, scope: undefined });
    expect(Object.isFrozen(set)).toBe(true);
    expect(Object.keys(set)).toEqual(['accessToken', 'tokenType', 'expiresAt', 'issuedAt', 'refreshToken']);
    expect(JSON.stringify(set)).not.toContain(ACCESS);
    expect(inspect(set)).toBe(inspect(redactTokenSet(set)));
    expect({ ...set }).toEqual(SET);
    expect(String(JSON.stringify({ logged: set }))).toContain('gEry****');
  });
});

describe('toTokenSet', () => {
  it('seals a valid set, lenient on tokenType and a missing expiresAt', () => {
    const set = toTokenSet({ accessToken: ACCESS, tokenType: 'Bearer' }, 'options.tokens', misuse);
    expect({ ...set }).toEqual({ accessToken: ACCESS, tokenType: 'bearer', expiresAt: null });
    expect(JSON.stringify(set)).not.toContain(ACCESS);
  });

  it('takes null for an absent refresh token, scope or time, as a deserialised set may have', () => {
    const set = toTokenSet(
      { accessToken: ACCESS, expiresAt: null, refreshToken: null, refreshTokenExpiresAt: null, scope: null },
      'options.tokens',
      misuse,
    );
    expect({ ...set }).toEqual({
      accessToken: ACCESS,
      tokenType: 'bearer',
      expiresAt: null,
      refreshTokenExpiresAt: null,
    });
  });

  it.each([
    [null, 'options.tokens is missing; pass a token set { accessToken, expiresAt }'],
    [ACCESS, 'options.tokens must be an object, got string'],
    [{}, 'options.tokens.accessToken must be an RFC 6750 b64token'],
    [{ accessToken: `${ACCESS}\n` }, 'options.tokens.accessToken must be an RFC 6750 b64token'],
    [{ accessToken: `${ACCESS},x` }, 'options.tokens.accessToken must be an RFC 6750 b64token'],
    [{ ...SET, tokenType: 'mac' }, "options.tokens.tokenType must be 'bearer'"],
    [
      { ...SET, expiresAt: '2026-11-30' },
      'options.tokens.expiresAt must be epoch milliseconds or null, got string',
    ],
    [
      { ...SET, issuedAt: Number.NaN },
      'options.tokens.issuedAt must be epoch milliseconds or null, got number',
    ],
    [{ ...SET, refreshToken: '' }, 'options.tokens.refreshToken is empty; pass a refresh token'],
    [
      { ...SET, refreshTokenExpiresAt: {} },
      'options.tokens.refreshTokenExpiresAt must be epoch milliseconds or null, got object',
    ],
    [{ ...SET, scope: ['read'] }, 'options.tokens.scope must be a string, got array'],
  ])('refuses %j, naming the field', (value, message) => {
    const error = expectThrows(
      () => toTokenSet(value, 'options.tokens', misuse),
      OAuthTokenError,
      'INVALID_OPTION',
      {
        secrets: [ACCESS, REFRESH],
      },
    );
    expect(error.message).toBe(`[@auth/oauth-token] ${message}`);
  });

  it('refuses through the refusal it is given', () => {
    const junk = (message: string) => fail('STORE_ERROR', message);
    const error = expectThrows(() => toTokenSet({}, 'store.load()', junk), OAuthTokenError, 'STORE_ERROR');
    expect(error.message).toBe('[@auth/oauth-token] store.load().accessToken must be an RFC 6750 b64token');
  });
});

describe('sameTokens', () => {
  it('compares the access and refresh tokens only', () => {
    const set = sealTokenSet(SET);
    expect(sameTokens(set, { ...SET, expiresAt: 5 })).toBe(true);
    expect(sameTokens(set, { ...SET, refreshToken: 'other' })).toBe(false);
    expect(sameTokens(set, { ...SET, accessToken: 'other' })).toBe(false);
    expect(sameTokens(undefined, undefined)).toBe(true);
    expect(sameTokens(set, undefined)).toBe(false);
  });
});
