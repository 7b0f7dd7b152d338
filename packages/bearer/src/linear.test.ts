import { describe, expect, it } from 'vitest';
import {
  BEARER_MAX_LENGTH,
  bearerChallenge,
  bearerHeader,
  isBearerToken,
  parseBearer,
  parseBearerChallenge,
  redactBearer,
} from './index.ts';

const M = BEARER_MAX_LENGTH;

/**
 * Inputs built to make a backtracking parser quadratic, at the longest accepted length. A linear
 * parser reads each in well under a millisecond; a quadratic one needs 100 ms or more here.
 */
const HOSTILE: Record<string, string> = {
  spaces: `${' '.repeat(M - 1)}!`,
  equals: `${'='.repeat(M - 1)}a`,
  'spaces after the scheme': `Bearer${' '.repeat(M - 10)}x y`,
  'padding then a letter': `Bearer a${'='.repeat(M - 10)}a`,
  'OWS runs': `Bearer ${' \t'.repeat(M / 2 - 8)}!`,
  'list separators': `${', '.repeat(M / 2 - 1)}"`,
  'an unclosed quoted string of escapes': `Bearer realm="${'\\a'.repeat(M / 2 - 10)}`,
  'a long token then a quote': `Bearer ${'a'.repeat(M - 10)}"`,
  'names without values': `Bearer ${'a = '.repeat(M / 4 - 4)}`,
  'many parameters then junk': `Bearer ${'a=b,'.repeat(M / 4 - 4)}"`,
  'many schemes then "="': `${'a '.repeat(M / 2 - 1)}=`,
  'a token68 then junk': `Bearer ${'a'.repeat(M - 20)}=== x`,
  'spaces between words': `${'a'.padEnd(100, ' ')}`.repeat(Math.floor(M / 100)),
};

const time = (fn: () => unknown): number => {
  const start = performance.now();
  try {
    fn();
  } catch {
    // Refusing is fine; taking long is not.
  }
  return performance.now() - start;
};

describe('linear time on hostile input', () => {
  it.each(Object.entries(HOSTILE))('%s', (_, value) => {
    expect(value.length).toBeLessThanOrEqual(M);
    for (const fn of [isBearerToken, bearerHeader, parseBearer, parseBearerChallenge, redactBearer]) {
      time(() => fn(value.slice(0, 10))); // warm up
      expect(time(() => fn(value))).toBeLessThan(50);
    }
    expect(
      time(() => bearerChallenge({ errorDescription: value.replace(/[^ -!#-[\]-~]/g, 'a') })),
    ).toBeLessThan(50);
  });

  it('refuses a megabyte of spaces or "=" at once, by its length', () => {
    for (const value of [' '.repeat(1 << 20), '='.repeat(1 << 20), `Bearer ${'a'.repeat(1 << 20)}`]) {
      expect(time(() => parseBearer(value))).toBeLessThan(50);
      expect(time(() => parseBearerChallenge(value))).toBeLessThan(50);
      expect(time(() => bearerHeader(value))).toBeLessThan(50);
      expect(isBearerToken(value)).toBe(false);
      expect(redactBearer(value)).toBe('Bearer ****');
    }
  });
});
