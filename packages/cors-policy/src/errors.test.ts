import { describe, expect, it } from 'vitest';
import { CorsPolicyError } from './index.ts';

describe('CorsPolicyError', () => {
  it('carries its code, its name and the package prefix', () => {
    const error = new CorsPolicyError('AUTH_NOT_ALLOWED', 'something is wrong; fix it');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('CorsPolicyError');
    expect(error.code).toBe('AUTH_NOT_ALLOWED');
    expect(error.message).toBe('[@auth/cors-policy] something is wrong; fix it');
    expect(String(error)).toBe('CorsPolicyError: [@auth/cors-policy] something is wrong; fix it');
  });

  it('keeps the cause it was given', () => {
    const cause = new TypeError('underlying');
    expect(new CorsPolicyError('AUTH_NOT_ALLOWED', 'x', { cause }).cause).toBe(cause);
  });
});
