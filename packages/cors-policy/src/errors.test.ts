import { describe, expect, it } from 'vitest';
import { expectThrows } from '../../../config/expect-error.ts';
import { CorsPolicyError, fail } from './errors.ts';

// The class itself (name, code, prefix) is checked by the conformance suite in every runtime.
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
