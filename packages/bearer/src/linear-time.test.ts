import { describe, expect, it } from 'vitest';
import { testLinearRegExps } from '../../../config/linear-regexps.ts';
import {
  BEARER_MAX_LENGTH,
  BearerError,
  bearerChallenge,
  bearerHeader,
  isBearerToken,
  parseBearer,
  parseBearerChallenge,
  redactBearer,
} from './index.ts';

const M = BEARER_MAX_LENGTH;

/**
 * Inputs built to make a backtracking parser quadratic, at the longest accepted length. That
 * no pattern can backtrack super-linearly is checked by `testLinearRegExps` (no clock: timing
 * on a shared machine is noise); here every function reads each input to the end and answers
 * with a value or its own error, never another exception.
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

/** What `fn` answers: its value, or the code of its own error (anything else fails the test). */
const outcome = (fn: () => unknown): unknown => {
  try {
    return fn();
  } catch (error) {
    expect(error).toBeInstanceOf(BearerError);
    return (error as BearerError).code;
  }
};

describe('hostile input', () => {
  it.each(Object.entries(HOSTILE))('%s: a value or a BearerError from every function', (_, value) => {
    expect(value.length).toBeLessThanOrEqual(M);
    for (const fn of [isBearerToken, bearerHeader, parseBearer, parseBearerChallenge, redactBearer]) {
      outcome(() => fn(value));
    }
    outcome(() => bearerChallenge({ errorDescription: value.replace(/[^ -!#-[\]-~]/g, 'a') }));
  });

  it('refuses a megabyte of spaces or "=" by its length, before reading it', () => {
    for (const value of [' '.repeat(1 << 20), '='.repeat(1 << 20), `Bearer ${'a'.repeat(1 << 20)}`]) {
      expect(outcome(() => parseBearer(value))).toBe('TOO_LONG');
      expect(outcome(() => parseBearerChallenge(value))).toBe('TOO_LONG');
      expect(outcome(() => bearerHeader(value))).toBe('TOO_LONG');
      expect(isBearerToken(value)).toBe(false);
      expect(redactBearer(value)).toBe('Bearer ****');
    }
  });
});

describe('linear time, without a clock', () => {
  testLinearRegExps(new URL('./', import.meta.url));
});
