import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CorsPolicyError } from './errors.ts';
import { assertCorsAllowedAuth, isCorsAllowedAuth } from './guard.ts';

const TOKEN = '6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv';
const API_TOKEN = `Basic ${btoa(`jdoe@example.com/token:${TOKEN}`)}`;
const PASSWORD = `Basic ${btoa('jdoe@example.com:correct horse')}`;
const BEARER = 'Bearer gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo';

function thrown(value: string): CorsPolicyError {
  try {
    assertCorsAllowedAuth(value);
  } catch (error) {
    expect(error).toBeInstanceOf(CorsPolicyError);
    return error as CorsPolicyError;
  }
  throw new Error('expected a throw');
}

describe('isCorsAllowedAuth', () => {
  it('is true for none and bearer only', () => {
    expect(isCorsAllowedAuth(undefined)).toBe(true);
    expect(isCorsAllowedAuth('')).toBe(true);
    expect(isCorsAllowedAuth(BEARER)).toBe(true);
    expect(isCorsAllowedAuth(API_TOKEN)).toBe(false);
    expect(isCorsAllowedAuth(PASSWORD)).toBe(false);
    expect(isCorsAllowedAuth('Digest x')).toBe(false);
  });
});

describe('assertCorsAllowedAuth', () => {
  it('returns the allowed kind', () => {
    expect(assertCorsAllowedAuth(BEARER)).toBe('bearer');
    expect(assertCorsAllowedAuth(null)).toBe('none');
  });

  it('refuses an API token, says to use an OAuth access token, and never shows the token', () => {
    const error = thrown(API_TOKEN);
    expect(error.code).toBe('AUTH_NOT_ALLOWED');
    expect(error.message).toBe(
      '[@auth/cors-policy] Authorization carries an API token, not allowed cross-origin; ' +
        'use an OAuth access token (Bearer) instead (API tokens stop working on 2027-04-30)',
    );
    for (const text of [error.message, String(error), JSON.stringify(error)]) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(API_TOKEN.slice(6));
      expect(text).not.toContain('jdoe');
    }
  });

  it('refuses a password and anything else, with what it carries', () => {
    const password = thrown(PASSWORD);
    expect(password.message).toContain(
      'carries a password, not allowed cross-origin; use an OAuth access token (Bearer)',
    );
    expect(password.message).not.toContain('correct horse');
    expect(password.message).not.toContain('2027');
    expect(thrown('Negotiate abc').message).toContain('an unknown scheme or malformed credentials');
  });

  it('never leaks the credentials, whatever they are', () => {
    const secret = fc
      .string({ minLength: 8, maxLength: 30 })
      .filter((s) => /^[!-~]+$/.test(s) && !s.includes(':'));
    fc.assert(
      fc.property(secret, (s) => {
        for (const value of [
          `Basic ${btoa(`jdoe@example.com/token:${s}`)}`,
          `Basic ${btoa(`${s}:${s}`)}`,
          `Token ${s}`,
        ]) {
          const error = thrown(value);
          expect(error.code).toBe('AUTH_NOT_ALLOWED');
          const text = `${error.message} ${String(error)} ${JSON.stringify(error)}`;
          expect(text).not.toContain(s);
          expect(text).not.toContain(value.slice(6));
        }
      }),
      { seed: 6, numRuns: 300 },
    );
  });
});
