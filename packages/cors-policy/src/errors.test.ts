import { describe, expect, it } from 'vitest';
import { expectThrows } from '../../../config/expect-error.ts';
import { CorsPolicyError, fail } from './errors.ts';

describe('CorsPolicyError', () => {
  it('carries its code, its name and the package prefix', () => {
    const error = new CorsPolicyError('AUTH_NOT_ALLOWED', 'something is wrong; fix it');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('CorsPolicyError');
    expect(error.code).toBe('AUTH_NOT_ALLOWED');
    expect(error.message).toBe('[@auth/cors-policy] something is wrong; fix it');
    expect(String(error)).toBe('CorsPolicyError: [@auth/cors-policy] something is wrong; fix it');
  });
});

describe('fail', () => {
  it('throws a CorsPolicyError with the code and message it is given', () => {
    expectThrows(
      () => fail('INVALID_MAX_AGE', 'options.maxAge is -1; fix it'),
      CorsPolicyError,
      'INVALID_MAX_AGE',
      {
        words: ['options.maxAge is -1; fix it'],
      },
    );
  });

  it('keeps the cause it is given, and sets none without one', () => {
    const cause = new TypeError('underlying');
    expect(expectThrows(() => fail('INVALID_NEXT', 'x', cause), CorsPolicyError, 'INVALID_NEXT').cause).toBe(
      cause,
    );
    expect('cause' in expectThrows(() => fail('INVALID_NEXT', 'x'), CorsPolicyError, 'INVALID_NEXT')).toBe(
      false,
    );
  });
});
