import { describe, expect, it } from 'vitest';
import { expectThrows } from '../../../config/expect-error.ts';
import { CorsPolicyError } from './errors.ts';
import { assertCorsAllowedAuth, isCorsAllowedAuth } from './guard.ts';

const TOKEN = '6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv';
const API_TOKEN = `Basic ${btoa(`jdoe@example.com/token:${TOKEN}`)}`;
const PASSWORD = `Basic ${btoa('jdoe@example.com:correct horse')}`;
const BEARER = 'Bearer gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo';
const TIMELINE =
  ' (Zendesk: passwords off since 2025-12-31; since 2026-07-28 an API token unused for 30 days' +
  ' is deactivated; no new API tokens since 2026-10-27; all stop on 2027-04-30)';

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

  it('refuses an API token with the fix and the Zendesk timeline, never showing the token', () => {
    const error = expectThrows(() => assertCorsAllowedAuth(API_TOKEN), CorsPolicyError, 'AUTH_NOT_ALLOWED', {
      secrets: [TOKEN, API_TOKEN.slice(6), 'jdoe'],
    });
    expect(error.message).toBe(
      '[@auth/cors-policy] Authorization carries an API token, not allowed cross-origin; ' +
        `use an OAuth access token (Bearer) instead${TIMELINE}`,
    );
  });

  it('refuses a password with the same timeline, and anything else without it', () => {
    const password = expectThrows(
      () => assertCorsAllowedAuth(PASSWORD),
      CorsPolicyError,
      'AUTH_NOT_ALLOWED',
      {
        secrets: ['correct horse', PASSWORD.slice(6)],
      },
    );
    expect(password.message).toBe(
      `[@auth/cors-policy] Authorization carries a password, not allowed cross-origin; use an OAuth access token (Bearer) instead${TIMELINE}`,
    );
    const other = expectThrows(
      () => assertCorsAllowedAuth('Negotiate abc'),
      CorsPolicyError,
      'AUTH_NOT_ALLOWED',
      {
        secrets: ['abc'],
      },
    );
    expect(other.message).toBe(
      '[@auth/cors-policy] Authorization carries an unknown scheme or malformed credentials, not allowed ' +
        'cross-origin; use an OAuth access token (Bearer) instead',
    );
  });
});
