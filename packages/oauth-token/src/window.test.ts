import { describe, expect, it } from 'vitest';
import { expectThrows } from '../../../config/expect-error.ts';
import { OAuthTokenError } from './errors.ts';
import { sealTokenSet } from './token-set.ts';
import { defaultRefreshWindow, refreshTime } from './window.ts';

const set = (expiresAt: number | null, issuedAt?: number) =>
  sealTokenSet({ accessToken: 'gErypPlm4dOVgGRvA1ZzMH5MQ3nLo8bo', tokenType: 'bearer', expiresAt, issuedAt });

describe('defaultRefreshWindow', () => {
  it('is a tenth of the lifetime, clamped to 15 s .. 5 min (Zendesk: 5 min to 48 h)', () => {
    expect(defaultRefreshWindow(5 * 60_000)).toBe(30_000);
    expect(defaultRefreshWindow(30 * 60_000)).toBe(180_000);
    expect(defaultRefreshWindow(48 * 3_600_000)).toBe(300_000);
    expect(defaultRefreshWindow(2_000)).toBe(15_000);
  });
});

describe('refreshTime', () => {
  it('counts the lifetime from issuedAt', () => {
    expect(refreshTime(set(1_800_000, 0), 999_999, defaultRefreshWindow)).toBe(1_620_000);
  });

  it('without issuedAt, counts the lifetime from when the source first sees the set', () => {
    // 10 minutes left when first seen: a one-minute window.
    expect(refreshTime(set(1_800_000), 1_200_000, defaultRefreshWindow)).toBe(1_740_000);
  });

  it('takes a fixed window, or a function of the lifetime', () => {
    expect(refreshTime(set(1_800_000, 0), 0, 60_000)).toBe(1_740_000);
    expect(refreshTime(set(1_800_000, 0), 0, (lifetime) => lifetime / 2)).toBe(900_000);
  });

  it('never refreshes a set that states no expiry (used until a 401)', () => {
    expect(refreshTime(set(null, 0), 0, defaultRefreshWindow)).toBe(Infinity);
  });

  it('refuses a window function that returns no usable number', () => {
    const error = expectThrows(
      () => refreshTime(set(1_800_000, 0), 0, () => Number.NaN),
      OAuthTokenError,
      'INVALID_OPTION',
    );
    expect(error.message).toBe('[@auth/oauth-token] options.refreshWindowMs returned NaN; return 0 or more');
  });
});
